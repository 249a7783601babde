/** The new-term target table written with ExcelJS: title, header, group rows bold, widths set. */
import ExcelJS from "exceljs";
import { TARGET_TABLE_HEADER, TARGET_TABLE_WIDTHS, type TargetTableRow } from "../../app/target-table-layout";

export function targetTableWorkbook(
  rows: readonly TargetTableRow[],
  sheetName: string,
  title: string,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, TARGET_TABLE_HEADER.length);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { horizontal: "center" };
  ws.addRow([]);
  const header = ws.addRow([...TARGET_TABLE_HEADER]);
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  for (const row of rows) {
    // A copy: ExcelJS tells a row's values by `instanceof Array`, which an array cloned in
    // from another realm (a worker message in the tests' in-process worker) fails.
    const added = ws.addRow([...row.cells]);
    added.alignment = { vertical: "top", wrapText: true };
    if (row.kind === "group") added.font = { bold: true };
  }
  TARGET_TABLE_WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  return wb;
}
