/** Layout of the "Phát hiện" sheet: one row per finding, its cell a link to the place. Browser-safe. */
import type * as ExcelJS from "exceljs";
import { columnIndex } from "../../engine/grid";
import type { Finding, Lang, SheetReport } from "../../engine/types";
import { render } from "../../i18n";
import { sheetLabels } from "./labels";
import { linkValue, SEVERITY_FILL, solidFill } from "./style";

const COLUMN_WIDTHS = [18, 8, 7, 20, 11, 100];

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
    for (const finding of sortFindings(r.tables.flatMap((t) => t.findings)))
      out.push({ sheet: r.name, finding });
  }
  return out;
}

export function writeFindingsSheet(ws: ExcelJS.Worksheet, reports: SheetReport[], lang: Lang): void {
  const L = sheetLabels(lang);
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addRow([L.findingsTitle]).getCell(1).font = { bold: true, size: 14 };
  const head = ws.addRow(L.findingsHeader);
  head.eachCell((c) => {
    c.font = { bold: true };
    c.fill = solidFill("FFD9E1F2");
  });
  ws.views = [{ state: "frozen", ySplit: 2 }];

  const findings = allFindings(reports);
  if (findings.length === 0) {
    ws.addRow([L.noFindings]);
    return;
  }
  for (const { sheet, finding } of findings) {
    const row = ws.addRow([
      sheet,
      "",
      finding.row,
      finding.rule,
      L.severities[finding.severity],
      render(finding.message, lang),
    ]);
    row.getCell(2).value = linkValue(finding.cell, sheet, finding.cell);
    row.getCell(2).font = { color: { argb: "FF1F4E79" }, underline: true };
    row.getCell(6).alignment = { wrapText: true, vertical: "top" };
    const fill = SEVERITY_FILL[finding.severity];
    if (fill) row.getCell(5).fill = solidFill(fill);
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + findings.length, column: 6 } };
}
