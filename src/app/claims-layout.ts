/**
 * What a workbook's annotated copy shows of the reports beside it, as data: the cells a claim
 * contradicts (with a note quoting the clause and its paragraph) and the "Đối chiếu với báo cáo"
 * section of the summary sheet (each claim tied to the workbook, its row, agrees or not). Pure:
 * the ExcelJS and the Office writers render it.
 */
import { cellAddress } from "../engine/grid";
import type { Claim, NarrativeFinding, NarrativeReport } from "../engine/claims/types";
import type { Lang, Severity } from "../engine/types";
import { render, t } from "../i18n";
import { type LayoutRow, cell } from "./sheet-layout";

/** A report and its narrative check. */
export interface CheckedReport {
  file: string;
  narrative: NarrativeReport;
}

/** One cell of the workbook that a claim contradicts. */
export interface ClaimFlag {
  sheet: string;
  cell: string;
  severity: Severity;
  note: string;
}

export interface Reconciliation {
  flags: ClaimFlag[];
  /** Rows to append to the summary sheet. */
  summaryRows: LayoutRow[];
}

/** The note on a flagged cell: the document, the paragraph, and the clause unless the message quotes it. */
function findingNote(report: string, f: NarrativeFinding, lang: Lang): string {
  const message = render(f.message, lang);
  return t(lang, "reconcile/note", {
    report,
    paragraph: f.paragraph,
    text: message.includes(f.text) ? "" : f.text,
    rule: f.rule,
    message,
  });
}

/** How many of the text's targets were compared, and with which sheet (null: none is its table). */
export function targetsCompared(report: NarrativeReport): {
  targets: number;
  matched: number;
  sheet: string | null;
} {
  const matched = report.targets.filter((x) => x.match !== null);
  return { targets: report.targets.length, matched: matched.length, sheet: matched[0]?.match?.sheet ?? null };
}

/** A claim disagrees when a warning or an error was found on its clause. */
export function claimDisagrees(claim: Claim, findings: readonly NarrativeFinding[]): boolean {
  return findings.some(
    (f) => f.severity !== "info" && f.paragraph === claim.paragraph && f.text === claim.text,
  );
}

function claimRows(file: string, reports: readonly CheckedReport[], lang: Lang): LayoutRow[] {
  const rows: LayoutRow[] = [];
  for (const { file: report, narrative } of reports) {
    for (const claim of narrative.claims) {
      if (claim.match === null || claim.match.file !== file) continue;
      const row = "row" in claim.match ? claim.match.row : undefined;
      const bad = claimDisagrees(claim, narrative.findings);
      rows.push([
        cell(claim.paragraph, "cell"),
        cell(claim.text, "cell-text"),
        cell(claim.match.sheet, "cell-text"),
        row === undefined
          ? cell("", "cell")
          : cell(t(lang, "place/row", { row }), "link", {
              sheet: claim.match.sheet,
              cell: cellAddress(row - 1, 0),
            }),
        cell(t(lang, bad ? "reconcile/disagrees" : "reconcile/agrees"), bad ? "error" : "cell"),
        cell(report, "cell-text"),
      ]);
    }
  }
  return rows;
}

function flagsOf(file: string, reports: readonly CheckedReport[], lang: Lang): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  for (const { file: report, narrative } of reports) {
    for (const f of narrative.findings) {
      if (f.table === null || f.table.file !== file) continue;
      flags.push({
        sheet: f.table.sheet,
        cell: f.table.cell,
        severity: f.severity,
        note: findingNote(report, f, lang),
      });
    }
  }
  return flags;
}

/**
 * The cells of workbook `file` the add-in flags in place after a report check: those an
 * error-level claim finding points at, each with the note the annotated copy gives it.
 */
export function errorClaimFlags(file: string, reports: readonly CheckedReport[], lang: Lang): ClaimFlag[] {
  return flagsOf(file, reports, lang).filter((flag) => flag.severity === "error");
}

/** What the annotated copy of workbook `file` shows of the submission's reports. */
export function reconciliationFor(
  file: string,
  reports: readonly CheckedReport[],
  lang: Lang,
): Reconciliation {
  const flags = flagsOf(file, reports, lang);
  if (reports.length === 0) return { flags, summaryRows: [] };
  const header = [
    t(lang, "reconcile/paragraph"),
    t(lang, "reconcile/claim"),
    t(lang, "place/sheet"),
    t(lang, "place/row-heading"),
    t(lang, "reconcile/verdict"),
    t(lang, "reconcile/report"),
  ].map((h) => cell(h, "header"));
  const claims = claimRows(file, reports, lang);
  const summaryRows: LayoutRow[] = [
    [cell(t(lang, "reconcile/heading"), "heading")],
    ...(claims.length === 0 ? [[cell(t(lang, "reconcile/none"))]] : [header, ...claims]),
    [],
  ];
  return { flags, summaryRows };
}
