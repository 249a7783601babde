/**
 * A fixture table laid out as a Word table (guide §2, as reports attach them): a two-row header
 * whose "Kết quả thực hiện" spans three columns (gridSpan) over columns merged down (vMerge), a
 * column-number row, group rows merged across, TT cells merged down over their sub-rows. It also
 * gives the Word row of each indicator, which the truth files cite instead of the sheet's rows.
 */
import { AlignmentType, LevelFormat, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { LABELS, plainNumber, vn, type IndicatorRow, type RowSpec, type V, type WorkbookSpec } from "./build";
import { tableRows, type TableRow as FixtureRow } from "./prose";

/** Word list definitions the generated reports use: "(1)" items and the TT column's "1". */
export const WORD_NUMBERING = [
  {
    reference: "items",
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "(%1)", alignment: AlignmentType.LEFT }],
  },
  {
    reference: "tt",
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1", alignment: AlignmentType.LEFT }],
  },
];

const COLUMNS = 7;
export const HEADER_ROWS = [1, 2];
const NUMBER_ROW = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"];
export const FIRST_DATA_ROW = 4;

export interface WordTable {
  caption: string;
  table: Table;
  /** The indicator rows with `sheet` = caption and `row` = 1-based Word row (header included). */
  rows: FixtureRow[];
  firstRow: number;
  lastRow: number;
  /** The number cells as typed (targets in D, actuals in E), for the findings text allows. */
  cells: Array<{ cell: string; text: string }>;
}

function cell(text: string, options: { columnSpan?: number; rowSpan?: number; autoTT?: boolean } = {}) {
  const { autoTT, ...span } = options;
  const paragraph = autoTT
    ? new Paragraph({ text: "", numbering: { reference: "tt", level: 0 } })
    : new Paragraph(text);
  return new TableCell({ children: [paragraph], ...span });
}

function shown(v: V | undefined, level: number | undefined): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return vn(v);
  return level === undefined ? "" : vn(level);
}

function isGroup(r: RowSpec): r is Extract<RowSpec, { group: string }> {
  return "group" in r;
}

/**
 * `spec`'s table on sheet `sheetName` as a Word table under `caption`. `autoTT` numbers the TT
 * cells with Word's list numbering instead of typing them (the TTs must then run 1, 2, 3 …).
 */
export function wordTable(spec: WorkbookSpec, sheetName: string, caption: string, autoTT = false): WordTable {
  const sheet = spec.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`${spec.file} has no sheet ${sheetName}`);
  const fixtureRows = tableRows(spec, sheetName);
  const out: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: [
        cell("TT", { rowSpan: 2 }),
        cell("Chỉ tiêu", { rowSpan: 2 }),
        cell("ĐVT", { rowSpan: 2 }),
        cell("Chỉ tiêu NQ", { rowSpan: 2 }),
        cell("Kết quả thực hiện", { columnSpan: 3 }),
      ],
    }),
    new TableRow({ tableHeader: true, children: [cell("Thực hiện"), cell("Tỷ lệ (%)"), cell("Đánh giá")] }),
    new TableRow({ children: NUMBER_ROW.map((n) => cell(n)) }),
  ];
  const rows: FixtureRow[] = [];
  const cells: WordTable["cells"] = [];
  let covered = 0; // rows still under a TT cell merged down from above
  let k = 0;
  for (const r of sheet.tables[0].rows) {
    const wordRow = FIRST_DATA_ROW + out.length - 3;
    if (isGroup(r)) {
      // As on the sheet: a group without a TT has its title in the name column, merged to the
      // right edge (from the TT column only when the sheet merges it across the whole table).
      const title =
        r.tt === undefined && r.across
          ? [cell(r.group, { columnSpan: COLUMNS })]
          : [cell(r.tt === undefined ? "" : String(r.tt)), cell(r.group, { columnSpan: COLUMNS - 1 })];
      out.push(new TableRow({ children: title }));
      continue;
    }
    const ind = r as IndicatorRow;
    const fixture = ind.heading ? undefined : fixtureRows[k++];
    if (fixture) rows.push({ ...fixture, sheet: caption, row: wordRow });
    const percent = fixture?.percent === undefined ? "" : vn(Math.round(fixture.percent * 10) / 10);
    const label = !fixture || fixture.status === "unassessed" ? "" : LABELS[fixture.status];
    const target = shown(ind.target, ind.T ?? plainNumber(ind.target));
    const actual = shown(ind.actual, ind.A ?? plainNumber(ind.actual));
    cells.push({ cell: `D${wordRow}`, text: target }, { cell: `E${wordRow}`, text: actual });
    const values = [
      cell(ind.name),
      cell(ind.unit ?? ""),
      cell(target),
      cell(actual),
      cell(percent),
      cell(label),
    ];
    if (covered > 0) {
      covered--;
      out.push(new TableRow({ children: values }));
      continue;
    }
    const tt = ind.tt === undefined || ind.tt === null ? "" : String(ind.tt);
    const span = ind.mergeTT && ind.mergeTT > 1 ? { rowSpan: ind.mergeTT } : {};
    covered = (ind.mergeTT ?? 1) - 1;
    out.push(new TableRow({ children: [cell(tt, { ...span, autoTT: autoTT && tt !== "" }), ...values] }));
  }
  return {
    caption,
    table: new Table({ rows: out, width: { size: 100, type: WidthType.PERCENTAGE } }),
    rows,
    firstRow: FIRST_DATA_ROW,
    lastRow: FIRST_DATA_ROW + out.length - 4,
    cells,
  };
}
