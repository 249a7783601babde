/** The "Phát hiện" sheet as data: one row per finding, its cell a link to the place. Pure. */
import { columnIndex } from "../engine/grid";
import type { Finding, Lang, SheetReport } from "../engine/types";
import { render, t } from "../i18n";
import { markedTitle } from "./own-sheets";
import { type LayoutRow, type SheetLayout, cell } from "./sheet-layout";

const COLUMN_WIDTHS = [18, 8, 7, 20, 11, 100];
const HEADER_ROWS = 2;

/** Sheet order: by row, then by column; the engine's order otherwise. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i, col: columnIndex(f.cell.replace(/\d+$/, "")) }))
    .sort((a, b) => a.f.row - b.f.row || a.col - b.col || a.i - b.i)
    .map((x) => x.f);
}

/** Every finding of every table, in sheet order then row and column order. */
export function allFindings(reports: SheetReport[]): Array<{ sheet: string; finding: Finding }> {
  const out: Array<{ sheet: string; finding: Finding }> = [];
  for (const r of reports) {
    for (const finding of sortFindings(r.tables.flatMap((table) => table.findings)))
      out.push({ sheet: r.name, finding });
  }
  return out;
}

/** The cell part of an address, without a sheet ("'Biểu 01'!F8" → "F8"). */
function localCell(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

export function findingsLayout(reports: SheetReport[], lang: Lang): SheetLayout {
  const headings = [
    t(lang, "place/sheet"),
    t(lang, "place/cell"),
    t(lang, "place/row-heading"),
    t(lang, "finding/rule"),
    t(lang, "finding/severity"),
    t(lang, "finding/message"),
  ];
  const rows: LayoutRow[] = [
    [cell(markedTitle(t(lang, "findings-sheet/title")), "title")],
    headings.map((h) => cell(h, "header")),
  ];
  const findings = allFindings(reports);
  const layout: SheetLayout = {
    name: t(lang, "findings-sheet/name"),
    columnWidths: COLUMN_WIDTHS,
    rows,
    charts: [],
    frozenRows: HEADER_ROWS,
  };
  if (findings.length === 0) {
    rows.push([cell(t(lang, "findings/none"))]);
    return layout;
  }
  for (const { sheet, finding } of findings) {
    const address = localCell(finding.cell);
    const severity = finding.severity === "info" ? undefined : finding.severity;
    rows.push([
      cell(sheet),
      cell(address, "link", { sheet, cell: address }),
      cell(finding.row),
      cell(finding.rule),
      cell(t(lang, `severity/${finding.severity}`), severity),
      cell(render(finding.message, lang), "wrap"),
    ]);
  }
  layout.filter = { top: HEADER_ROWS - 1, bottom: rows.length - 1, left: 0, right: headings.length - 1 };
  return layout;
}
