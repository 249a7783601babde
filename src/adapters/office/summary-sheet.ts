import { cellAddress, columnLetter } from "../../engine/grid";
import type { Counts, Lang, SheetReport, TableReport } from "../../engine/types";
import { render } from "../../i18n";
import { localAddress, qualifiedAddress } from "./address";
import { BatchWriter, SYNC_BUDGET_BYTES, jsonBytes } from "./payload";

/** The summary sheet's name; running the summary again replaces it. */
export const SUMMARY_SHEET = "Tổng hợp";
/** Row 3 of "Tổng hợp" is kept for messages of the ribbon commands. */
export const STATUS_CELL = "A3";

type Value = string | number;

const T = {
  title: { vi: "TỔNG HỢP KẾT QUẢ SOÁT BẢNG CHỈ TIÊU", en: "TARGET TABLE CHECK SUMMARY" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  table: { vi: "Bảng", en: "Table" },
  rows: { vi: "dòng", en: "rows" },
  countsHeader: {
    vi: [
      "Nhóm",
      "Vượt (tính)",
      "Đạt (tính)",
      "Không đạt (tính)",
      "Chưa đánh giá (tính)",
      "Tổng (tính)",
      "Vượt (báo cáo)",
      "Đạt (báo cáo)",
      "Không đạt (báo cáo)",
      "Tổng (báo cáo)",
      "Đối chiếu",
    ],
    en: [
      "Group",
      "Exceeded (computed)",
      "Achieved (computed)",
      "Missed (computed)",
      "Unassessed (computed)",
      "Total (computed)",
      "Exceeded (reported)",
      "Achieved (reported)",
      "Missed (reported)",
      "Total (reported)",
      "Comparison",
    ],
  },
  total: { vi: "Tổng cộng", en: "Total" },
  noGroup: { vi: "(không có nhóm)", en: "(no group)" },
  same: { vi: "Khớp", en: "Matches" },
  differs: { vi: "Lệch", en: "Differs" },
  sentence: { vi: "Câu tổng hợp", en: "Summary sentence" },
  missed: { vi: "Các chỉ tiêu không đạt", en: "Missed targets" },
  missedHeader: { vi: ["TT", "Chỉ tiêu", "Ô"], en: ["No.", "Target", "Cell"] },
  noMissed: { vi: "Không có chỉ tiêu nào không đạt.", en: "No target was missed." },
  findings: { vi: "Các sai sót phát hiện", en: "Findings" },
  findingsHeader: { vi: ["Mức độ", "Quy tắc", "Ô", "Nội dung"], en: ["Severity", "Rule", "Cell", "Message"] },
  noFindings: { vi: "Không phát hiện sai sót.", en: "No problems found." },
  severity: {
    error: { vi: "Lỗi", en: "Error" },
    warning: { vi: "Cảnh báo", en: "Warning" },
    info: { vi: "Lưu ý", en: "Note" },
  },
  chart: { vi: "Số chỉ tiêu theo nhóm (tính lại)", en: "Targets per group (computed)" },
  noTable: { vi: "Không tìm thấy bảng chỉ tiêu", en: "No target table found" },
} as const;

interface Link {
  row: number;
  column: number;
  target: string;
  text: string;
}

interface Layout {
  rows: Value[][];
  bold: number[];
  links: Link[];
  /** Chart sources: 0-based first/last row of a counts block's group rows (columns A–D). */
  charts: Array<{ first: number; last: number; title: string }>;
}

function countsRow(label: string, computed: Counts, reported: Counts, lang: Lang): Value[] {
  const same =
    computed.exceeded === reported.exceeded &&
    computed.achieved === reported.achieved &&
    computed.missed === reported.missed &&
    computed.total === reported.total;
  return [
    label,
    computed.exceeded,
    computed.achieved,
    computed.missed,
    computed.unassessed,
    computed.total,
    reported.exceeded,
    reported.achieved,
    reported.missed,
    reported.total,
    same ? T.same[lang] : T.differs[lang],
  ];
}

function tableBlock(layout: Layout, sheetName: string, table: TableReport, index: number, lang: Lang): void {
  const { rows, bold, links } = layout;
  const t = table.table;
  rows.push([]);
  bold.push(rows.length);
  rows.push([`${T.table[lang]} ${index + 1} (${T.rows[lang]} ${t.firstRow}–${t.lastRow})`]);
  bold.push(rows.length);
  rows.push([...T.countsHeader[lang]]);
  const firstGroup = rows.length;
  for (const g of table.summary.groups) {
    const label = g.code ? `${g.code}. ${g.title}` : g.title || T.noGroup[lang];
    rows.push(countsRow(label, g.computed.indicators, g.reported.indicators, lang));
  }
  const lastGroup = rows.length - 1;
  bold.push(rows.length);
  rows.push(
    countsRow(T.total[lang], table.summary.computed.indicators, table.summary.reported.indicators, lang),
  );
  layout.charts.push(
    lastGroup >= firstGroup
      ? { first: firstGroup, last: lastGroup, title: `${T.chart[lang]} · ${T.table[lang]} ${index + 1}` }
      : {
          first: rows.length - 1,
          last: rows.length - 1,
          title: `${T.chart[lang]} · ${T.table[lang]} ${index + 1}`,
        },
  );

  rows.push([]);
  rows.push([T.sentence[lang], render(table.summary.sentence, lang)]);

  rows.push([]);
  bold.push(rows.length);
  rows.push([T.missed[lang]]);
  if (table.summary.missed.length === 0) rows.push([T.noMissed[lang]]);
  else {
    bold.push(rows.length);
    rows.push([...T.missedHeader[lang]]);
    const nameColumn = t.columns.name ?? 1;
    for (const m of table.summary.missed) {
      const cell = cellAddress(m.row - 1, nameColumn);
      links.push({ row: rows.length, column: 2, target: qualifiedAddress(sheetName, cell), text: cell });
      rows.push([m.code, m.name, cell]);
    }
  }

  rows.push([]);
  bold.push(rows.length);
  rows.push([T.findings[lang]]);
  if (table.findings.length === 0) rows.push([T.noFindings[lang]]);
  else {
    bold.push(rows.length);
    rows.push([...T.findingsHeader[lang]]);
    for (const f of table.findings) {
      const cell = localAddress(f.cell);
      links.push({ row: rows.length, column: 2, target: qualifiedAddress(sheetName, cell), text: cell });
      rows.push([T.severity[f.severity][lang], f.rule, cell, render(f.message, lang)]);
    }
  }
}

/** The whole sheet as rows of values (row 0 = sheet row 1), with what to bold, link and chart. */
export function summaryLayout(report: SheetReport, lang: Lang): Layout {
  const layout: Layout = { rows: [], bold: [0], links: [], charts: [] };
  layout.rows.push([T.title[lang]]);
  layout.rows.push([`${T.sheet[lang]}: ${report.name}`]);
  layout.rows.push([""]); // STATUS_CELL
  if (report.tables.length === 0) {
    layout.rows[2] = [report.reason ? render(report.reason, lang) : T.noTable[lang]];
    return layout;
  }
  report.tables.forEach((table, i) => tableBlock(layout, report.name, table, i, lang));
  return layout;
}

const WIDTH = 11;

function padded(rows: Value[][]): Value[][] {
  return rows.map((r) => {
    const out = r.slice(0, WIDTH);
    while (out.length < WIDTH) out.push("");
    return out;
  });
}

/** Get the summary sheet, replacing an existing one so a re-run leaves exactly one. */
async function freshSummarySheet(context: Excel.RequestContext): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  existing.load("name");
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  return context.workbook.worksheets.add(SUMMARY_SHEET);
}

/**
 * Writes "Tổng hợp": counts per group and in total (computed beside reported), the report
 * sentence, the missed targets and the findings with links to their cells, and a native chart
 * of the counts per group. Values go in blocks of rows (one 2-D array each) under the payload
 * budget, with calculation suspended while writing.
 */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  report: SheetReport,
  lang: Lang,
  budget = SYNC_BUDGET_BYTES,
): Promise<void> {
  const layout = summaryLayout(report, lang);
  const sheet = await freshSummarySheet(context);
  const rows = padded(layout.rows);
  const writer = new BatchWriter(context, budget);

  // Blocks of rows whose request stays under a quarter of the budget: text format first so
  // that "01" or "=…" in a name stays text, then values.
  const perRow = Math.max(1, jsonBytes(rows) / Math.max(1, rows.length)) * 2;
  const rowsPerBlock = Math.max(1, Math.floor(budget / 4 / perRow));
  for (let top = 0; top < rows.length; top += rowsPerBlock) {
    const block = rows.slice(top, top + rowsPerBlock);
    const formats = block.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@")));
    await writer.add(jsonBytes(block) + jsonBytes(formats), () => {
      const range = sheet.getRangeByIndexes(top, 0, block.length, WIDTH);
      range.numberFormat = formats;
      range.values = block;
    });
  }
  await writer.add(256, () => {
    sheet.getRange("A1").format.font.size = 14;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 220;
    sheet.getRangeByIndexes(0, 1, 1, WIDTH - 1).format.columnWidth = 80;
    sheet.getRangeByIndexes(0, 3, 1, 1).format.columnWidth = 320;
    if (report.tables.length === 0) sheet.getRange(STATUS_CELL).format.font.color = "#C00000";
  });
  for (const row of layout.bold.slice(1)) {
    await writer.add(96, () => {
      sheet.getRangeByIndexes(row, 0, 1, WIDTH).format.font.bold = true;
    });
  }
  for (const link of layout.links) {
    const hyperlink = { documentReference: link.target, textToDisplay: link.text, screenTip: link.target };
    await writer.add(jsonBytes(hyperlink) + 64, () => {
      sheet.getRangeByIndexes(link.row, link.column, 1, 1).hyperlink = hyperlink;
    });
  }
  for (const [i, c] of layout.charts.entries()) {
    await writer.add(256, () => {
      // Group names and the computed exceeded / achieved / missed counts (columns A–D).
      const source = sheet.getRangeByIndexes(c.first, 0, c.last - c.first + 1, 4);
      const chart = sheet.charts.add("ColumnClustered", source, "Columns");
      chart.title.text = c.title;
      const top = 3 + i * 18;
      chart.setPosition(`${columnLetter(WIDTH + 1)}${top + 1}`, `${columnLetter(WIDTH + 8)}${top + 16}`);
    });
  }
  await writer.add(64, () => sheet.activate());
  await writer.flush();
}

/**
 * Puts a message where the user sees it after a ribbon command: the status row of "Tổng hợp"
 * (created when missing), activated and selected. Errors are written in red.
 */
export async function writeStatusMessage(
  context: Excel.RequestContext,
  message: string,
  isError: boolean,
): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
  const cell = sheet.getRange(STATUS_CELL);
  cell.numberFormat = [["@"]];
  cell.values = [[message]];
  cell.format.font.color = isError ? "#C00000" : "#1F4E79";
  cell.format.font.bold = true;
  sheet.activate();
  cell.select();
  await context.sync();
}
