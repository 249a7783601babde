/**
 * Layout of the "Tổng hợp" sheet: for each checked sheet and table, where the table is,
 * counts per group and in total (computed vs reported, per indicator), the findings count,
 * the ready summary sentence and the missed indicators. Browser-safe.
 */
import type * as ExcelJS from "exceljs";
import { cellAddress, columnLetter } from "../../engine/grid";
import type { Counts, Lang, SheetReport, Status, TableReport } from "../../engine/types";
import { COLUMN_ROLES } from "../../engine/types";
import { render } from "../../i18n";
import { sheetLabels, type SheetLabels } from "./labels";
import { linkValue, solidFill } from "./style";

const STATUS_ORDER: Status[] = ["exceeded", "achieved", "missed", "unassessed"];
const HEADER_FILL = "FFD9E1F2";
const TOTAL_FILL = "FFF2F2F2";
/** Columns: group, title, computed total + 4 statuses, reported total + 4 statuses. */
const COLUMN_WIDTHS = [8, 48, 10, 8, 8, 10, 12, 10, 8, 8, 10, 12];

function countCells(c: Counts): number[] {
  return [c.total, ...STATUS_ORDER.map((s) => c[s])];
}

function describeTable(t: TableReport, L: SheetLabels): string {
  const d = t.table;
  const header =
    d.headerRows.length > 1
      ? `${L.headerRows} ${d.headerRows[0]}–${d.headerRows[d.headerRows.length - 1]}`
      : `${L.headerRows} ${d.headerRows[0]}`;
  const cols = COLUMN_ROLES.filter((r) => d.columns[r] !== undefined)
    .map((r) => `${L.roles[r]} ${columnLetter(d.columns[r] as number)}`)
    .join(", ");
  const parts = [header, `${L.dataRows} ${d.firstRow}–${d.lastRow}`, `${L.columns}: ${cols}`];
  if (d.targetOnly) parts.push(L.targetOnly);
  return parts.join("; ");
}

function styleRow(row: ExcelJS.Row, from: number, to: number, fill: string, bold: boolean): void {
  for (let c = from; c <= to; c++) {
    const cell = row.getCell(c);
    cell.fill = solidFill(fill);
    if (bold) cell.font = { bold: true };
    cell.border = {
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    };
  }
}

function writeTable(
  ws: ExcelJS.Worksheet,
  sheetName: string,
  t: TableReport,
  index: number,
  L: SheetLabels,
  lang: Lang,
): void {
  const nameColumn = t.table.columns.name ?? 0;
  const where = ws.addRow([`${L.table(index)}: ${describeTable(t, L)}`]);
  where.getCell(1).value = linkValue(
    `${L.table(index)}: ${describeTable(t, L)}`,
    sheetName,
    cellAddress(t.table.headerRows[0] - 1, nameColumn),
  );
  where.getCell(1).font = { italic: true, color: { argb: "FF1F4E79" }, underline: true };

  if (t.table.targetOnly) {
    // Nothing to assess yet in a new-term table: the number of indicators per group is what counts.
    styleRow(ws.addRow([L.group, L.groupTitle, L.indicatorCount]), 1, 3, HEADER_FILL, true);
    for (const g of t.summary.groups) {
      styleRow(
        ws.addRow([g.code ?? "", g.title || L.noGroup, g.computed.indicators.total]),
        1,
        3,
        "FFFFFFFF",
        false,
      );
    }
    styleRow(ws.addRow(["", L.allGroups, t.summary.computed.indicators.total]), 1, 3, TOTAL_FILL, true);
  } else {
    const statusNames = STATUS_ORDER.map((s) => L.statuses[s]);
    const top = ws.addRow(["", "", L.computed, "", "", "", "", L.reported]);
    const head = ws.addRow([L.group, L.groupTitle, L.total, ...statusNames, L.total, ...statusNames]);
    styleRow(top, 1, 12, HEADER_FILL, true);
    styleRow(head, 1, 12, HEADER_FILL, true);
    for (const g of t.summary.groups) {
      const row = ws.addRow([
        g.code ?? "",
        g.title || L.noGroup,
        ...countCells(g.computed.indicators),
        ...countCells(g.reported.indicators),
      ]);
      row.getCell(2).alignment = { wrapText: true, vertical: "top" };
      styleRow(row, 1, 12, "FFFFFFFF", false);
    }
    const total = ws.addRow([
      "",
      L.allGroups,
      ...countCells(t.summary.computed.indicators),
      ...countCells(t.summary.reported.indicators),
    ]);
    styleRow(total, 1, 12, TOTAL_FILL, true);
  }

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of t.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  ws.addRow([L.findingCounts(errors, warnings, infos)]);

  if (t.table.targetOnly) {
    // A new-term table has nothing to assess yet: no sentence, no missed list.
    ws.addRow([]);
    return;
  }
  const sentence = ws.addRow([`${L.sentence}:`, render(t.summary.sentence, lang)]);
  sentence.getCell(1).font = { bold: true };

  if (t.summary.missed.length === 0) {
    ws.addRow([L.noneMissed]);
  } else {
    ws.addRow([`${L.missed}:`]).getCell(1).font = { bold: true };
    for (const m of t.summary.missed) {
      const row = ws.addRow([m.code, m.name]);
      row.getCell(3).value = linkValue(`${L.row} ${m.row}`, sheetName, cellAddress(m.row - 1, nameColumn));
      row.getCell(3).font = { color: { argb: "FF1F4E79" }, underline: true };
    }
  }
  ws.addRow([]);
}

/** Fill an empty worksheet with the summary of every checked sheet. */
export function writeSummarySheet(ws: ExcelJS.Worksheet, reports: SheetReport[], lang: Lang): void {
  const L = sheetLabels(lang);
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addRow([L.summaryTitle]).getCell(1).font = { bold: true, size: 14 };
  ws.addRow([L.explanation]).getCell(1).font = { italic: true };
  ws.addRow([]);

  for (const report of reports) {
    const title = ws.addRow([`${L.sheet}: ${report.name}`]);
    title.getCell(1).font = { bold: true, size: 12 };
    if (report.tables.length === 0) {
      const reason = report.reason ? `: ${render(report.reason, lang)}` : "";
      ws.addRow([`${L.noTable}${reason}`]);
      ws.addRow([]);
      continue;
    }
    report.tables.forEach((t, i) => writeTable(ws, report.name, t, i + 1, L, lang));
  }
}
