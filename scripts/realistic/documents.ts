/**
 * Scores the narrative check on the report documents (npx tsx scripts/realistic/documents.ts):
 * each `tests/fixtures/documents/*.truth.json` whose document is .txt is read with the document
 * reader, its workbook (in tests/fixtures/realistic/) with the ExcelJS adapter and checkSheet, as
 * the command line does, and `checkNarrative`'s findings are compared with the truth:
 *   documents files=N claims=C planted=P found=F false_errors=E missed=M
 * A planted claim is found when an error of its kind (claim-count for counts, another claim rule
 * for items) is on its paragraph; any other error is a false error. Other documents are skipped
 * with a note. It measures and never fails.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readDocument } from "../../src/adapters/documents";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import {
  checkNarrative,
  checkSheet,
  fold,
  type Claim,
  type NarrativeParagraph,
  type ResultClaim,
  type SubmissionSheet,
} from "../../src/engine";

export const DOCUMENT_DIR = path.resolve(__dirname, "../../tests/fixtures/documents");
const WORKBOOK_DIR = path.resolve(__dirname, "../../tests/fixtures/realistic");

interface TruthClaim {
  line: number;
  kind: "count" | "item" | "unmatched" | "prose";
  text?: string;
  parts?: Array<{ table: { sheet: string; row: number } }>;
  agrees: boolean | null;
}

interface DocumentTruth {
  document: string;
  workbook: string;
  claims: TruthClaim[];
}

export interface DocumentScore {
  document: string;
  claims: number;
  planted: number;
  found: number;
  falseErrors: Array<{ paragraph: number; rule: string; text: string }>;
  missedLines: number[];
  /**
   * Lines of prose figures (no item number) the check tied elsewhere than their truth's row,
   * or tied at all when the truth says unmatched.
   */
  wrongTies: number[];
}

export interface DocumentsTotals {
  files: number;
  claims: number;
  planted: number;
  found: number;
  falseErrors: number;
  missed: number;
  skipped: string[];
}

async function sheetsOf(workbook: string): Promise<SubmissionSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(WORKBOOK_DIR, workbook));
  return wb.worksheets.map((ws) => ({
    file: workbook,
    sheet: ws.name,
    report: checkSheet(worksheetToGrid(ws)),
  }));
}

const squash = (s: string) => fold(s).replace(/[^a-z0-9%/.,]+/g, "");

/** The paragraph each truth line starts in: its text (numbering and footnote marks left off) found in order. */
function paragraphOfLine(
  lines: string[],
  paragraphs: readonly NarrativeParagraph[],
  line: number,
): number | null {
  const words = squash(lines[line - 1].replace(/^\s*\(\d+\)\s*/, "")).slice(0, 20);
  if (words === "") return null;
  const hit = paragraphs.find((p) => !p.footnote && squash(p.text).includes(words));
  return hit ? hit.index : null;
}

/** Prose truth claims (and unmatched ones the check reads as prose) against the check's ties. */
function wrongProseTies(truth: DocumentTruth, claims: readonly Claim[]): number[] {
  const prose = claims.filter((c): c is ResultClaim => c.kind === "result" && c.code === undefined);
  // The check quotes from the clause's start to its verdict; the truth, the claim as written.
  const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
  const read = (text: string) => prose.find((c) => overlaps(squash(c.text), squash(text)));
  return truth.claims
    .filter((t) => {
      if (t.kind === "prose") {
        const claim = read(t.text ?? "");
        const want = t.parts?.[0].table;
        return !claim?.match || claim.match.sheet !== want?.sheet || claim.match.row !== want.row;
      }
      return t.kind === "unmatched" && Boolean(read(t.text ?? "")?.match);
    })
    .map((t) => t.line);
}

export async function scoreDocument(truth: DocumentTruth): Promise<DocumentScore> {
  const file = path.join(DOCUMENT_DIR, truth.document);
  const bytes = await fs.readFile(file);
  const { paragraphs } = await readDocument(new Uint8Array(bytes), truth.document);
  const lines = bytes.toString("utf8").split(/\r?\n/);
  const report = checkNarrative(paragraphs, await sheetsOf(truth.workbook));
  const errors = report.findings.filter((f) => f.severity === "error");
  const kindOfRule = (rule: string) => (rule === "claim-count" ? "count" : "item");
  // A prose figure is checked by the item rules.
  const kindOf = (c: TruthClaim) => (c.kind === "prose" ? "item" : c.kind);
  const planted = truth.claims
    .filter((c) => c.agrees === false)
    .map((c) => ({ claim: c, paragraph: paragraphOfLine(lines, paragraphs, c.line) }));
  const found = planted.filter(({ claim, paragraph }) =>
    errors.some((f) => f.paragraph === paragraph && kindOfRule(f.rule) === kindOf(claim)),
  );
  const falseErrors = errors
    .filter(
      (f) => !planted.some((p) => p.paragraph === f.paragraph && kindOf(p.claim) === kindOfRule(f.rule)),
    )
    .map((f) => ({ paragraph: f.paragraph, rule: f.rule, text: f.text }));
  return {
    document: truth.document,
    claims: truth.claims.length,
    planted: planted.length,
    found: found.length,
    falseErrors,
    missedLines: planted.filter((p) => !found.includes(p)).map((p) => p.claim.line),
    wrongTies: wrongProseTies(truth, report.claims),
  };
}

export async function scoreDocuments(): Promise<{ scores: DocumentScore[]; totals: DocumentsTotals }> {
  const names = (await fs.readdir(DOCUMENT_DIR)).filter((n) => n.endsWith(".truth.json")).sort();
  const scores: DocumentScore[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const truth = JSON.parse(await fs.readFile(path.join(DOCUMENT_DIR, name), "utf8")) as DocumentTruth;
    if (!truth.document.endsWith(".txt")) {
      skipped.push(truth.document);
      continue;
    }
    scores.push(await scoreDocument(truth));
  }
  const sum = (pick: (s: DocumentScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const totals: DocumentsTotals = {
    files: scores.length,
    claims: sum((s) => s.claims),
    planted: sum((s) => s.planted),
    found: sum((s) => s.found),
    falseErrors: sum((s) => s.falseErrors.length),
    missed: sum((s) => s.missedLines.length),
    skipped,
  };
  return { scores, totals };
}

export function documentsLine(t: DocumentsTotals): string {
  return (
    `documents files=${t.files} claims=${t.claims} planted=${t.planted} found=${t.found} ` +
    `false_errors=${t.falseErrors} missed=${t.missed}`
  );
}

async function main(): Promise<void> {
  const { scores, totals } = await scoreDocuments();
  for (const s of scores) {
    for (const e of s.falseErrors) console.log(`  ${s.document} ¶${e.paragraph} false ${e.rule}: ${e.text}`);
    for (const line of s.missedLines) console.log(`  ${s.document} line ${line}: missed`);
    for (const line of s.wrongTies) console.log(`  ${s.document} line ${line}: prose figure tied wrong`);
  }
  for (const name of totals.skipped) console.log(`  skipped ${name}: only .txt documents are scored here`);
  console.log(documentsLine(totals));
}

if (require.main === module) void main();
