/** Choosing the header row and the column of each role. */
import { makeGrid, type TestCell } from "../../support/grid";
import { detectTables } from "../../../src/engine/detect";
import { HEADER } from "./fixtures";

const DATA: TestCell[] = [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"];

function columnsOf(header: TestCell[], data: TestCell[] = DATA) {
  const { tables } = detectTables(makeGrid([header, data]));
  expect(tables).toHaveLength(1);
  return tables[0].columns;
}

describe("column roles", () => {
  test("'Chỉ tiêu' beside 'Nội dung' is the target column", () => {
    expect(columnsOf(["STT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"])).toEqual({
      code: 0,
      name: 1,
      unit: 2,
      target: 3,
      actual: 4,
      percent: 5,
      status: 6,
    });
  });

  test("short forms NQ / TH / Đạt (%)", () => {
    expect(columnsOf(["TT", "Chỉ tiêu", "ĐVT", "NQ", "TH", "Đạt (%)", "Kết quả đánh giá"])).toEqual({
      code: 0,
      name: 1,
      unit: 2,
      target: 3,
      actual: 4,
      percent: 5,
      status: 6,
    });
  });

  test("'Mục tiêu đến 2030' and 'Ước TH 2025'", () => {
    expect(
      columnsOf(["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu đến 2030", "Ước TH 2025"], DATA.slice(0, 5)),
    ).toEqual({
      code: 0,
      name: 1,
      unit: 2,
      target: 3,
      actual: 4,
    });
  });

  test("of several result columns, the one just left of the % column", () => {
    const grid = makeGrid(
      [
        ["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Kết quả thực hiện", undefined, undefined, "Tỷ lệ (%)"],
        [undefined, undefined, undefined, "Năm 2021", "Năm 2023", "Ước TH 2025", undefined],
        [1, "Thu ngân sách", 10, 8, 9, 12, 120],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"] },
    );
    expect(detectTables(grid).tables[0].columns).toEqual({
      code: 0,
      name: 1,
      target: 2,
      actual: 5,
      percent: 6,
    });
  });

  test("an agency column ('Đơn vị chủ trì') is not the unit", () => {
    expect(
      columnsOf(["TT", "Chỉ tiêu", "Đơn vị chủ trì", "Chỉ tiêu NQ"], [1, "Thu ngân sách", "UBND xã", 10]),
    ).toEqual({
      code: 0,
      name: 1,
      target: 3,
    });
  });

  test("a status-only table is still a table; a name with no assessable column is not", () => {
    expect(columnsOf(["TT", "Chỉ tiêu", "Đánh giá"], [1, "Xã đạt chuẩn nông thôn mới", "Đạt"])).toEqual({
      code: 0,
      name: 1,
      status: 2,
    });
    expect(
      detectTables(
        makeGrid([
          ["TT", "Chỉ tiêu", "ĐVT", "Ghi chú"],
          [1, "Thu", "Tỷ đồng", ""],
        ]),
      ).tables,
    ).toEqual([]);
  });
});

describe("choosing the header row", () => {
  test("a title block of six rows, some with header-like words, is skipped", () => {
    const grid = makeGrid([
      ["ĐẢNG BỘ XÃ A", undefined, undefined, undefined, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      ["Ghi chú: kèm theo Báo cáo chính trị"],
      ["Biểu 01"],
      ["KẾT QUẢ THỰC HIỆN"],
      ["CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025"],
      [undefined, undefined, undefined, undefined, undefined, "Đơn vị: %"],
      HEADER,
      DATA,
    ]);
    const table = detectTables(grid).tables[0];
    expect([table.headerRows, table.firstRow, table.lastRow]).toEqual([[7], 8, 8]);
  });

  test("text-only data under a header with a merged label is not taken for a second header row", () => {
    const grid = makeGrid(
      [
        ["TT", "Chỉ tiêu", undefined, "Chỉ tiêu NQ", "Thực hiện"],
        ["1", "Thu ngân sách", "Tỷ đồng", "10", "12"],
        ["2", "Chi ngân sách", "Tỷ đồng", "9", "9"],
      ],
      { merges: ["B1:C1"] },
    );
    const table = detectTables(grid).tables[0];
    expect([table.headerRows, table.firstRow, table.lastRow]).toEqual([[1], 2, 3]);
    expect(table.columns).toEqual({ code: 0, name: 1, target: 3, actual: 4 });
  });

  test("a previous table's signature block is not the next table's title", () => {
    const grid = makeGrid([
      HEADER,
      DATA,
      [undefined, "NGƯỜI LẬP BIỂU", undefined, undefined, "T/M ĐẢNG ỦY"],
      [],
      ["CHỈ TIÊU NHIỆM KỲ 2025-2030"],
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ"],
      [1, "Thu ngân sách", "Tỷ đồng", 15],
    ]);
    const { tables } = detectTables(grid);
    expect(tables.map((t) => [t.headerRows, t.lastRow, t.endedBy, t.title, t.targetOnly])).toEqual([
      [[1], 2, "signature", undefined, false],
      [[6], 7, "sheetEnd", "CHỈ TIÊU NHIỆM KỲ 2025-2030", true],
    ]);
  });
});

test("a title line merged across the table is never a header row, even when it reads 'Các chỉ tiêu …'", () => {
  const grid = makeGrid(
    [
      ["CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2025-2030"],
      ["(Kèm theo Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030)"],
      ["STT", "Nội dung chỉ tiêu", "Đơn vị", "Chỉ tiêu đến năm 2030", "Cơ quan chủ trì", "Ghi chú"],
      ["a)", "Các chỉ tiêu về kinh tế (01 chỉ tiêu)"],
      ["(1)", "Tổng thu ngân sách trên địa bàn", "Triệu đồng", 925, "Phòng Kinh tế"],
    ],
    { merges: ["A1:F1", "A2:F2"] },
  );
  const { tables } = detectTables(grid);
  expect(tables.map((t) => [t.headerRows, t.firstRow])).toEqual([[[3], 4]]);
  expect(tables[0].title).toContain("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2025-2030");
});
