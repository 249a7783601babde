/** Several tables side by side on one sheet (one per former commune): each read on its own columns. */
import { checkSheet, toContractJson, type SheetReport } from "../../../src/engine";
import { render } from "../../../src/i18n";
import { makeGrid, type TestCell } from "../../support/grid";

const HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"];
const _ = undefined;

/** Two commune tables, A–G and I–O, with a blank column H between them. */
function sideBySide(left: TestCell[][], right: TestCell[][], below: TestCell[][] = []): TestCell[][] {
  const rows: TestCell[][] = [
    ["Xã Quang Thuận (cũ)", _, _, _, _, _, _, _, "Xã Dương Phong (cũ)"],
    [...HEADER, _, ...HEADER],
  ];
  for (let k = 0; k < Math.max(left.length, right.length); k++) {
    const l = left[k] ?? [];
    rows.push([...l, ...new Array<TestCell>(8 - l.length).fill(_), ...(right[k] ?? [])]);
  }
  return [...rows, ...below];
}

const LEFT: TestCell[][] = [
  ["I", "Chỉ tiêu về kinh tế"],
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", 1150, 1207.5, 105, "Vượt"],
  [2, "Thu nhập bình quân đầu người", "Triệu đồng", 45, 47, 104.4, "Vượt"],
  [3, "Tỷ lệ hộ sử dụng nước sạch", "%", 90, 85, 94.4, "Không đạt"],
];

const RIGHT: TestCell[][] = [
  ["Các chỉ tiêu về kinh tế"],
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", 1000, 1020, 102, "Vượt"],
  [2, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 5%", 4.1, _, "Vượt"],
];

function check(rows: TestCell[][], merges: string[] = []): SheetReport {
  return checkSheet(makeGrid(rows, { merges }));
}

function errorCells(report: SheetReport, index: number): string[] {
  return report.tables[index].findings.filter((f) => f.severity === "error").map((f) => f.cell);
}

describe("two tables side by side", () => {
  const report = check(sideBySide(LEFT, RIGHT), ["I3:O3"]);

  test("each table is found on its own columns and rows", () => {
    expect(report.tables.map((t) => [t.table.headerRows, t.table.firstRow, t.table.lastRow])).toEqual([
      [[2], 3, 6],
      [[2], 3, 5],
    ]);
    expect(report.tables[0].table.columns).toEqual({
      code: 0,
      name: 1,
      unit: 2,
      target: 3,
      actual: 4,
      percent: 5,
      status: 6,
    });
    expect(report.tables[1].table.columns).toEqual({
      code: 8,
      name: 9,
      unit: 10,
      target: 11,
      actual: 12,
      percent: 13,
      status: 14,
    });
  });

  test("names, numbers and polarity come from the table's own side", () => {
    const right = report.tables[1].indicators;
    expect(right.map((i) => [i.row, i.name, i.actual.value, i.polarity.polarity, i.status])).toEqual([
      [4, "Tổng sản lượng lương thực có hạt", 1020, "higher", "exceeded"],
      [5, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 4.1, "lower", "exceeded"],
    ]);
    expect(report.tables[0].indicators.map((i) => i.name)).toEqual([
      "Tổng sản lượng lương thực có hạt",
      "Thu nhập bình quân đầu người",
      "Tỷ lệ hộ sử dụng nước sạch",
    ]);
    expect(report.tables[0].groups.map((g) => g.code)).toEqual(["I"]);
    expect(report.tables[1].groups.map((g) => g.title)).toEqual(["Các chỉ tiêu về kinh tế"]);
  });

  test("correct tables side by side give no error", () => {
    expect([errorCells(report, 0), errorCells(report, 1)]).toEqual([[], []]);
  });

  test("a fault is reported once, in the table it belongs to", () => {
    const right = RIGHT.map((row) => [...row]);
    right[1][5] = 120; // typo for 102
    const faulty = check(sideBySide(LEFT, right), ["I3:O3"]);
    expect([errorCells(faulty, 0), errorCells(faulty, 1)]).toEqual([[], ["N4"]]);
  });

  test("the statement below a table is checked against that table only", () => {
    const rows = sideBySide(LEFT, RIGHT, [[], ["Tổng số: 03 chỉ tiêu; vượt: 02; đạt: 00; không đạt: 01"]]);
    const withStatement = check(rows, ["I3:O3"]);
    expect(withStatement.tables[0].table.statements.map((s) => s.row)).toEqual([8]);
    expect(withStatement.tables[1].table.statements).toEqual([]);
    expect([errorCells(withStatement, 0), errorCells(withStatement, 1)]).toEqual([[], []]);
  });

  test("in the JSON each table appears once, with its tableIndex", () => {
    const json = toContractJson([{ file: "x.xlsx", sheets: [report] }], (m) => render(m, "vi"));
    const sheets = json.files[0].sheets;
    expect(sheets.map((s) => [s.name, s.tableIndex, s.table?.columns.name, s.indicators.length])).toEqual([
      ["Biểu 01", 0, "B", 3],
      ["Biểu 01", 1, "J", 2],
    ]);
  });
});

test("tables with different headers and no blank column between them split where TT comes again", () => {
  const rows: TestCell[][] = [
    [
      "TT",
      "Chỉ tiêu",
      "Chỉ tiêu NQ",
      "Thực hiện",
      "Đánh giá",
      "STT",
      "Nội dung",
      "ĐVT",
      "NQ",
      "TH",
      "Tỷ lệ (%)",
    ],
    [1, "Diện tích lúa", 132, 119, "Không đạt", 1, "Số trường đạt chuẩn", "Trường", 2, 2, 100],
    [2, "Tổng đàn trâu, bò", 600, 600, "Đạt", 2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9],
  ];
  const report = check(rows);
  expect(report.tables.map((t) => t.table.columns)).toEqual([
    { code: 0, name: 1, target: 2, actual: 3, status: 4 },
    { code: 5, name: 6, unit: 7, target: 8, actual: 9, percent: 10 },
  ]);
  expect(report.tables.map((t) => t.indicators.map((i) => i.name))).toEqual([
    ["Diện tích lúa", "Tổng đàn trâu, bò"],
    ["Số trường đạt chuẩn", "Tỷ lệ che phủ rừng"],
  ]);
  expect([errorCells(report, 0), errorCells(report, 1)]).toEqual([[], []]);
});

test("one table with a blank column inside its header stays one table", () => {
  const rows: TestCell[][] = [
    ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", _, "Đánh giá"],
    [1, "Diện tích lúa", "ha", 132, 119, 90.2, _, "Không đạt"],
  ];
  const report = check(rows);
  expect(report.tables).toHaveLength(1);
  expect(report.tables[0].table.columnSpan).toBeUndefined();
});
