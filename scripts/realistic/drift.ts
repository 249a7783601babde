/**
 * Scores the drift check (npx tsx scripts/realistic/drift.ts): each resolution of
 * tests/fixtures/drift beside each of its target tables, as the truth files pair them, and each
 * seed text (tests/fixtures/resolutions) beside every realistic workbook that is not its own
 * target table, where nothing may be an error or a warning:
 *   drift pairs=N targets=T compared=C planted=P found=F false_errors=E false_warnings=W missed=M
 * A planted drift is found when its expected rule reports its cell (its text, for a missing
 * target); any other error or warning is false. It measures and never fails.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readDocument } from "../../src/adapters/documents";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { checkNarrative, checkSheet, type NarrativeReport, type SubmissionSheet } from "../../src/engine";

const ROOT = path.resolve(__dirname, "../../tests/fixtures");
const DRIFT_DIR = path.join(ROOT, "drift");

interface DriftTruth {
  table: string;
  text: string;
  drifts: Array<{ cell: string | null; expected: string; text: { wording: string } | null }>;
}

async function sheetsOf(file: string): Promise<SubmissionSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({ file, sheet: ws.name, report: checkSheet(worksheetToGrid(ws)) }));
}

async function check(text: string, workbook: string): Promise<NarrativeReport> {
  const content = await readDocument(await fs.readFile(text), text);
  return checkNarrative(content.paragraphs, await sheetsOf(workbook));
}

interface Score {
  pair: string;
  targets: number;
  compared: number;
  planted: number;
  found: number;
  falseErrors: string[];
  falseWarnings: string[];
}

function score(pair: string, report: NarrativeReport, truth: DriftTruth | null): Score {
  const drifts = truth?.drifts ?? [];
  const isPlanted = (f: NarrativeReport["findings"][number]) =>
    drifts.some(
      (d) =>
        d.expected === f.rule &&
        (d.cell !== null ? f.table?.cell === d.cell : f.text.includes(d.text?.wording ?? "\u0000")),
    );
  const loud = report.findings.filter((f) => f.severity !== "info" && f.rule.startsWith("target-"));
  return {
    pair,
    targets: report.targets.length,
    compared: report.targets.filter((t) => t.match !== null).length,
    planted: drifts.length,
    found: drifts.filter((d) =>
      report.findings.some(
        (f) =>
          f.rule === d.expected &&
          (d.cell !== null ? f.table?.cell === d.cell : f.text.includes(d.text?.wording ?? "\u0000")),
      ),
    ).length,
    falseErrors: loud
      .filter((f) => f.severity === "error" && !isPlanted(f))
      .map((f) => `${f.rule} ${f.text}`),
    falseWarnings: loud
      .filter((f) => f.severity === "warning" && !isPlanted(f))
      .map((f) => `${f.rule} ${f.text}`),
  };
}

async function main(): Promise<void> {
  const scores: Score[] = [];
  const own = new Set<string>();
  for (const name of (await fs.readdir(DRIFT_DIR)).filter((f) => f.endsWith(".truth.json")).sort()) {
    const truth = JSON.parse(await fs.readFile(path.join(DRIFT_DIR, name), "utf8")) as DriftTruth;
    own.add(truth.table);
    const report = await check(path.join(DRIFT_DIR, truth.text), path.join(DRIFT_DIR, truth.table));
    scores.push(score(`${truth.text} + ${truth.table}`, report, truth));
  }
  // Seed texts beside workbooks typed from other texts or of another term: no table is theirs.
  const seeds = (await fs.readdir(path.join(ROOT, "resolutions"))).filter((f) => f.endsWith(".txt")).sort();
  const workbooks = (await fs.readdir(path.join(ROOT, "realistic")))
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const theirs: Record<string, string[]> = {
    "000": ["08-sap-nhap-bach-thong.xlsx"],
    "001": ["08-sap-nhap-bach-thong.xlsx"],
    "004": ["11-nhiem-ky-moi-phieng-khoai.xlsx"],
  };
  for (const seed of seeds) {
    for (const wb of workbooks) {
      if (theirs[seed.slice(0, 3)]?.includes(wb)) continue;
      const report = await check(path.join(ROOT, "resolutions", seed), path.join(ROOT, "realistic", wb));
      scores.push(score(`${seed} + ${wb}`, report, null));
    }
  }
  const sum = (f: (s: Score) => number) => scores.reduce((a, s) => a + f(s), 0);
  const planted = sum((s) => s.planted);
  const found = sum((s) => s.found);
  console.log(
    `drift pairs=${scores.length} targets=${sum((s) => s.targets)} compared=${sum((s) => s.compared)} ` +
      `planted=${planted} found=${found} false_errors=${sum((s) => s.falseErrors.length)} ` +
      `false_warnings=${sum((s) => s.falseWarnings.length)} missed=${planted - found}`,
  );
  for (const s of scores) {
    for (const e of s.falseErrors) console.log(`  ${s.pair} false error ${e}`);
    for (const w of s.falseWarnings) console.log(`  ${s.pair} false warning ${w}`);
  }
}

void main();
