/**
 * The "Tổng hợp" sheet as data, for every checked sheet and table: where the table is, counts
 * per group and in total (computed beside reported, per indicator; a reported count that
 * differs is marked), the findings count, the summary sentence and the missed indicators with
 * links to their rows, and a chart of the computed counts per group. Pure: the ExcelJS and
 * the Office writers render it.
 */
import { shownGroupCode } from "./group-label";
import { cellAddress, columnLetter } from "../engine/grid";
import type { Counts, Lang, SheetReport, Status, TableReport } from "../engine/types";
import { COLUMN_ROLES } from "../engine/types";
import { render, t } from "../i18n";
import { markedTitle } from "./own-sheets";
import { type ChartLayout, type LayoutRow, type SheetLayout, cell } from "./sheet-layout";

const STATUS_ORDER: Status[] = ["exceeded", "achieved", "missed", "unassessed"];
/** Columns: group, title, computed total + 4 statuses, reported total + 4 statuses. */
const COLUMN_WIDTHS = [8, 48, 10, 8, 8, 10, 12, 10, 8, 8, 10, 12];
/** The third row stays empty: the ribbon commands write their messages there (A3). */
export const STATUS_ROW = 2;

function countValues(c: Counts): number[] {
  return [c.total, ...STATUS_ORDER.map((s) => c[s])];
}

/** "Số TT A, Tên chỉ tiêu B, …": the columns the table was read with. */
export function describeColumns(table: TableReport, lang: Lang): string {
  const columns = table.table.columns;
  return COLUMN_ROLES.filter((r) => columns[r] !== undefined)
    .map((r) => `${t(lang, `role/${r}`)} ${columnLetter(columns[r] as number)}`)
    .join(", ");
}

/** Where a table is, in one line: header rows, data rows, columns, and whether it has results. */
export function describeTable(table: TableReport, lang: Lang): string {
  const d = table.table;
  const where = t(lang, "table/where", {
    headerRows: d.headerRows,
    firstRow: d.firstRow,
    lastRow: d.lastRow,
    columns: describeColumns(table, lang),
  });
  return d.targetOnly ? `${where}; ${t(lang, "table/target-only")}` : where;
}

function findingCounts(table: TableReport, lang: Lang): string {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of table.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return t(lang, "findings/count", { errors, warnings, infos });
}

/** A counts row: computed numbers, then reported ones, each marked when it differs. */
function countsRow(
  code: string,
  title: string,
  computed: Counts,
  reported: Counts,
  total: boolean,
): LayoutRow {
  const plain = total ? "total" : "cell";
  const differs = total ? "total-mismatch" : "mismatch";
  const c = countValues(computed);
  const r = countValues(reported);
  return [
    cell(code, plain),
    cell(title, total ? "total" : "cell-text"),
    ...c.map((n) => cell(n, plain)),
    ...r.map((n, i) => cell(n, n === c[i] ? plain : differs)),
  ];
}

function tableRows(
  out: { rows: LayoutRow[]; charts: ChartLayout[] },
  sheetName: string,
  table: TableReport,
  index: number,
  lang: Lang,
): void {
  const { rows } = out;
  const nameColumn = table.table.columns.name ?? 0;
  const where = t(lang, "summary-sheet/table", { index, where: describeTable(table, lang) });
  rows.push([
    cell(where, "link", { sheet: sheetName, cell: cellAddress(table.table.headerRows[0] - 1, nameColumn) }),
  ]);
  const groupName = (title: string) => title || t(lang, "group/none");

  if (table.table.targetOnly) {
    // Nothing to assess yet in a new-term table: the number of indicators per group is what counts.
    rows.push([
      cell(t(lang, "count/group"), "header"),
      cell(t(lang, "count/group-title"), "header"),
      cell(t(lang, "count/indicators"), "header"),
    ]);
    for (const g of table.summary.groups) {
      rows.push([
        cell(shownGroupCode(g), "cell"),
        cell(groupName(g.title), "cell-text"),
        cell(g.computed.indicators.total, "cell"),
      ]);
    }
    rows.push([
      cell("", "total"),
      cell(t(lang, "count/all-groups"), "total"),
      cell(table.summary.computed.indicators.total, "total"),
    ]);
    rows.push([cell(findingCounts(table, lang))]);
    rows.push([]);
    return;
  }

  const statusNames = STATUS_ORDER.map((s) => t(lang, `status/${s}`));
  const header = (text: string) => cell(text, "header");
  const blank = () => cell("", "header");
  rows.push([
    blank(),
    blank(),
    header(t(lang, "count/computed")),
    ...STATUS_ORDER.map(blank),
    header(t(lang, "count/reported")),
    ...STATUS_ORDER.map(blank),
  ]);
  const headerRow = rows.length;
  const total = t(lang, "status/total");
  rows.push(
    [t(lang, "count/group"), t(lang, "count/group-title"), total, ...statusNames, total, ...statusNames].map(
      header,
    ),
  );
  for (const g of table.summary.groups) {
    rows.push(
      countsRow(shownGroupCode(g), groupName(g.title), g.computed.indicators, g.reported.indicators, false),
    );
  }
  const lastGroup = rows.length - 1;
  rows.push(
    countsRow(
      "",
      t(lang, "count/all-groups"),
      table.summary.computed.indicators,
      table.summary.reported.indicators,
      true,
    ),
  );
  if (lastGroup > headerRow) {
    // Group names, then the computed total and the exceeded / achieved / missed counts.
    out.charts.push({
      title: t(lang, "summary-sheet/chart", { index }),
      top: headerRow,
      bottom: lastGroup,
      left: 1,
      right: 5,
    });
  }

  rows.push([cell(findingCounts(table, lang))]);
  rows.push([cell(`${t(lang, "sentence/label")}:`, "label"), cell(render(table.summary.sentence, lang))]);
  if (table.summary.missed.length === 0) {
    rows.push([cell(t(lang, "missed/none"))]);
  } else {
    rows.push([cell(`${t(lang, "missed/heading")}:`, "label")]);
    for (const m of table.summary.missed) {
      const link = { sheet: sheetName, cell: cellAddress(m.row - 1, nameColumn) };
      const name =
        m.indicator === undefined
          ? m.name
          : t(lang, "missed/sub-row-name", { indicator: m.indicator, name: m.name });
      rows.push([cell(m.code), cell(name), cell(t(lang, "place/row", { row: m.row }), "link", link)]);
    }
  }
  rows.push([]);
}

/** The summary sheet of every checked sheet, in `lang`. */
export function summaryLayout(reports: SheetReport[], lang: Lang): SheetLayout {
  const out: { rows: LayoutRow[]; charts: ChartLayout[] } = { rows: [], charts: [] };
  out.rows.push([cell(markedTitle(t(lang, "summary-sheet/title")), "title")]);
  out.rows.push([cell(t(lang, "summary-sheet/explanation"), "explanation")]);
  out.rows.push([]); // STATUS_ROW

  for (const report of reports) {
    out.rows.push([cell(t(lang, "summary-sheet/sheet", { sheet: report.name }), "heading")]);
    if (report.tables.length === 0) {
      const reason = report.reason ? `: ${render(report.reason, lang)}` : "";
      out.rows.push([cell(`${t(lang, "table/none")}${reason}`)]);
      out.rows.push([]);
      continue;
    }
    report.tables.forEach((table, i) => tableRows(out, report.name, table, i + 1, lang));
  }
  return {
    name: t(lang, "summary-sheet/name"),
    columnWidths: COLUMN_WIDTHS,
    rows: out.rows,
    charts: out.charts,
    frozenRows: 0,
  };
}
