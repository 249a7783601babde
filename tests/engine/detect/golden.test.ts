/** Golden tests: whole sheets built in code, the full detection and row classification asserted. */
import { makeGrid } from "../../support/grid";
import { detectTables, readTableRows } from "../../../src/engine/detect";
import { COLUMNS, HEADER, TITLE_BLOCK, outline } from "./fixtures";

describe("the guide's layout: title block, one-row header, groups, sub-row, statement, signature", () => {
  const grid = makeGrid(
    [
      ...TITLE_BLOCK,
      HEADER, // row 4
      ["I", "Nhóm chỉ tiêu về kinh tế (2 chỉ tiêu)"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
      [2, "Diện tích cây ăn quả", "ha", 700, 650, 92.9, "Không đạt"],
      [undefined, "Tổng đàn lợn", "Con", 5000, 5000, 100, "Đạt"],
      ["II", "Nhóm chỉ tiêu về xã hội"],
      [3, "Tỷ lệ hộ nghèo", "%", "Dưới 3%", "2,5%", undefined, "Vượt"],
      ["Tổng số: 3 chỉ tiêu; vượt: 02; đạt: 0; không đạt: 01"], // row 11
      [],
      [undefined, "NGƯỜI LẬP BIỂU", undefined, undefined, "T/M ĐẢNG ỦY"],
      [undefined, undefined, undefined, undefined, "BÍ THƯ"],
    ],
    { merges: ["A2:G2", "B5:G5", "B9:G9", "A11:G11"] },
  );

  test("detects one table with its columns, end and statement", () => {
    expect(detectTables(grid)).toEqual({
      tables: [
        {
          headerRows: [4],
          firstRow: 5,
          lastRow: 10,
          columns: COLUMNS,
          targetOnly: false,
          endedBy: "statement",
          statements: [{ row: 11, column: 0, text: "Tổng số: 3 chỉ tiêu; vượt: 02; đạt: 0; không đạt: 01" }],
          title: "Biểu 01 — BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ A, NHIỆM KỲ 2020-2025",
        },
      ],
    });
  });

  test("reads groups, indicators and the blank-TT sub-row", () => {
    const table = detectTables(grid).tables[0];
    const rows = readTableRows(grid, table);
    expect(outline(rows)).toEqual([
      "G 5 I | Nhóm chỉ tiêu về kinh tế (2 chỉ tiêu) [2]",
      "I 6 1 g=I | Tổng sản lượng lương thực có hạt",
      "I 7 2 g=I | Diện tích cây ăn quả",
      "S 8 2 g=I | Tổng đàn lợn",
      "G 9 II | Nhóm chỉ tiêu về xã hội",
      "I 10 3 g=II | Tỷ lệ hộ nghèo",
    ]);
    const subRow = rows[3];
    expect(subRow).toEqual({
      kind: "indicator",
      row: 8,
      code: "2",
      isSubRow: true,
      group: "I",
      name: "Tổng đàn lợn",
      unit: "Con",
      cells: {
        code: undefined,
        name: { value: "Tổng đàn lợn" },
        unit: { value: "Con" },
        target: { value: 5000 },
        actual: { value: 5000 },
        percent: { value: 100 },
        status: { value: "Đạt" },
      },
      hidden: false,
    });
  });
});

describe("two-row header with a merged parent, column-number row, merged TT", () => {
  const grid = makeGrid(
    [
      ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT"],
      [
        "TT",
        "Tên chỉ tiêu",
        "ĐVT",
        "Chỉ tiêu Nghị quyết",
        "Kết quả",
        undefined,
        "Kết quả đánh giá",
        "Ghi chú",
      ],
      [undefined, undefined, undefined, undefined, "Thực hiện", "Tỷ lệ %", undefined, undefined],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)", "(7)", "(8)"],
      [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"], // row 5
      [2, "Trường đạt chuẩn quốc gia", "Trường", "05/07", "05/07", 100, "Đạt"],
      [undefined, "Trong đó: mức độ 2", "Trường", 2, 1, 50, "Không đạt"],
      [undefined, "Mức độ 1", "Trường", 3, 3, 100, "Đạt"],
      [3, "Số vụ tai nạn giao thông", "Vụ", "Giảm", 4, undefined, "Đạt"],
    ],
    { merges: ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "A6:A8"] },
  );

  test("both header rows, child labels win, the column-number row is skipped", () => {
    expect(detectTables(grid)).toEqual({
      tables: [
        {
          headerRows: [2, 3],
          firstRow: 5,
          lastRow: 9,
          columns: { code: 0, name: 1, unit: 2, target: 3, actual: 4, percent: 5, status: 6, note: 7 },
          targetOnly: false,
          endedBy: "sheetEnd",
          statements: [],
          title: "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT",
        },
      ],
    });
  });

  test("rows covered by the vertical TT merge are sub-rows of that TT", () => {
    const rows = readTableRows(grid, detectTables(grid).tables[0]);
    expect(outline(rows)).toEqual([
      "I 5 1 g=- | Thu ngân sách",
      "I 6 2 g=- | Trường đạt chuẩn quốc gia",
      "S 7 2 g=- | Trong đó: mức độ 2",
      "S 8 2 g=- | Mức độ 1",
      "I 9 3 g=- | Số vụ tai nạn giao thông",
    ]);
  });
});

describe("two-row header variants", () => {
  test("a parent merged over children it does not name does not claim a column", () => {
    const grid = makeGrid(
      [
        ["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Kết quả", undefined, "Đánh giá"],
        [undefined, undefined, undefined, "Thực hiện", undefined, undefined],
        [1, "Thu ngân sách", 10, 12, "x", "Vượt"],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"] },
    );
    const table = detectTables(grid).tables[0];
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns).toEqual({ code: 0, name: 1, target: 2, actual: 3, status: 5 });
  });

  test("children name the columns under a parent that names none: 'Năm 2025' over 'KH | TH'", () => {
    const grid = makeGrid(
      [
        ["STT", "Nội dung chỉ tiêu", "Năm 2025", undefined, "So sánh (%)", "Ghi chú"],
        [undefined, undefined, "KH", "TH", undefined, "(ghi rõ)"],
        [1, "Thu ngân sách", 10, 12, 120, ""],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] },
    );
    const table = detectTables(grid).tables[0];
    expect(table.headerRows).toEqual([1, 2]);
    // "Ghi chú" over an unlabelled "(ghi rõ)" in one column: the parent's label stands.
    expect(table.columns).toEqual({ code: 0, name: 1, target: 2, actual: 3, percent: 4, note: 5 });
    expect(table.firstRow).toBe(3);
  });

  test("a parent merged over an unlabelled child is read together with it: 'Kết quả' over 'Năm 2025'", () => {
    const grid = makeGrid(
      [
        ["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Kết quả", undefined],
        [undefined, undefined, undefined, "Năm 2025", "Tỷ lệ (%)"],
        [1, "Thu ngân sách", 10, 12, 120],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
    );
    expect(detectTables(grid).tables[0].columns).toEqual({
      code: 0,
      name: 1,
      target: 2,
      actual: 3,
      percent: 4,
    });
  });

  test("a two-row header without merges (pasted from Word)", () => {
    const grid = makeGrid([
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả", undefined, "Đánh giá"],
      [undefined, undefined, undefined, undefined, "Thực hiện", "Tỷ lệ (%)", undefined],
      [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"],
    ]);
    const table = detectTables(grid).tables[0];
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns).toEqual(COLUMNS);
  });

  test("a title line merged across the header is not a header row", () => {
    const grid = makeGrid(
      [
        ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT"],
        HEADER,
        [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"],
      ],
      { merges: ["A1:G1"] },
    );
    const table = detectTables(grid).tables[0];
    expect(table.headerRows).toEqual([2]);
    expect(table.title).toBe("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT");
    expect(table.firstRow).toBe(3);
  });
});

describe("three-row header", () => {
  test("'Kết quả' over 'Năm 2025' over 'TH | Tỷ lệ (%)', with TT and names merged down", () => {
    const grid = makeGrid(
      [
        ["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Kết quả", undefined],
        [undefined, undefined, undefined, "Năm 2025", undefined],
        [undefined, undefined, undefined, "TH", "Tỷ lệ (%)"],
        ["1", "2", "3", "4", "5"],
        [1, "Thu ngân sách", 10, 12, 120],
      ],
      { merges: ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "D2:E2"] },
    );
    expect(detectTables(grid).tables).toEqual([
      {
        headerRows: [1, 2, 3],
        firstRow: 5,
        lastRow: 5,
        columns: { code: 0, name: 1, target: 2, actual: 3, percent: 4 },
        targetOnly: false,
        endedBy: "sheetEnd",
        statements: [],
      },
    ]);
  });
});

describe("two tables in one sheet, one per former commune", () => {
  const commune = (name: string, first: number): Array<Array<string | number | undefined>> => [
    [`BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ ${name}`],
    HEADER as Array<string | number | undefined>,
    [1, "Thu ngân sách", "Tỷ đồng", 10, first, 100, "Đạt"],
    [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
  ];

  test("separated by a blank run: both tables, each with its title", () => {
    const grid = makeGrid([
      ...commune("ĐỒNG THẮNG", 10), // rows 1-4
      ["Tổng số: 2 chỉ tiêu; vượt: 01; đạt: 01"], // row 5
      [],
      [],
      ...commune("DƯƠNG PHONG", 11), // rows 8-11
    ]);
    expect(detectTables(grid)).toEqual({
      tables: [
        {
          headerRows: [2],
          firstRow: 3,
          lastRow: 4,
          columns: COLUMNS,
          targetOnly: false,
          endedBy: "statement",
          statements: [{ row: 5, column: 0, text: "Tổng số: 2 chỉ tiêu; vượt: 01; đạt: 01" }],
          title: "BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ ĐỒNG THẮNG",
        },
        {
          headerRows: [9],
          firstRow: 10,
          lastRow: 11,
          columns: COLUMNS,
          targetOnly: false,
          endedBy: "sheetEnd",
          statements: [],
          title: "BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ DƯƠNG PHONG",
        },
      ],
    });
  });

  test("with a single blank row between them, the second title is not read into the first table", () => {
    const grid = makeGrid([...commune("A", 10), [], ...commune("B", 11)]);
    const { tables } = detectTables(grid);
    expect(tables.map((t) => [t.headerRows, t.firstRow, t.lastRow, t.endedBy, t.title])).toEqual([
      [[2], 3, 4, "blank", "BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ A"],
      [[7], 8, 9, "sheetEnd", "BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ B"],
    ]);
    expect(outline(readTableRows(grid, tables[0]))).toEqual([
      "I 3 1 g=- | Thu ngân sách",
      "I 4 2 g=- | Tỷ lệ che phủ rừng",
    ]);
  });

  test("with no blank row at all, the next title and header still start a new table", () => {
    const grid = makeGrid([...commune("A", 10), ...commune("B", 11)]);
    expect(detectTables(grid).tables.map((t) => [t.headerRows, t.firstRow, t.lastRow, t.title])).toEqual([
      [[2], 3, 4, "BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ A"],
      [[6], 7, 8, "BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU XÃ B"],
    ]);
  });

  test("a results table followed by a target-only table for the new term", () => {
    const grid = makeGrid([
      ...commune("A", 10),
      [],
      [],
      ["CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030"],
      ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến 2030"],
      [1, "Thu ngân sách", "Tỷ đồng", 15],
      [2, "Tỷ lệ che phủ rừng", "%", "Trên 76%"],
    ]);
    const { tables } = detectTables(grid);
    expect(tables).toHaveLength(2);
    expect(tables[1]).toEqual({
      headerRows: [8],
      firstRow: 9,
      lastRow: 10,
      columns: { code: 0, name: 1, unit: 2, target: 3 },
      targetOnly: true,
      endedBy: "sheetEnd",
      statements: [],
      title: "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030",
    });
    expect(tables[0].targetOnly).toBe(false);
  });
});

describe("target-only table", () => {
  test("no actual column: recognised, targetOnly", () => {
    const grid = makeGrid([
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ Đại hội lần thứ I"],
      ["a)", "Các chỉ tiêu về kinh tế (2 chỉ tiêu)"],
      ["01", "Tốc độ tăng trưởng kinh tế bình quân", "%/năm", "8-9"],
      ["02", "Thu nhập bình quân đầu người", "triệu đồng", "≥ 70"],
    ]);
    const { tables } = detectTables(grid);
    expect(tables).toEqual([
      {
        headerRows: [1],
        firstRow: 2,
        lastRow: 4,
        columns: { code: 0, name: 1, unit: 2, target: 3 },
        targetOnly: true,
        endedBy: "sheetEnd",
        statements: [],
      },
    ]);
    expect(outline(readTableRows(grid, tables[0]))).toEqual([
      "G 2 a | Các chỉ tiêu về kinh tế (2 chỉ tiêu) [2]",
      "I 3 01 g=a | Tốc độ tăng trưởng kinh tế bình quân",
      "I 4 02 g=a | Thu nhập bình quân đầu người",
    ]);
  });
});

describe("sheets without a table say why", () => {
  test("an empty sheet", () => {
    expect(detectTables(makeGrid([]))).toEqual({
      tables: [],
      reason: { id: "detect/empty-sheet", data: {} },
    });
    expect(detectTables(makeGrid([[], [undefined, "  "]])).tables).toEqual([]);
  });

  test("a narrative sheet with no header", () => {
    const detection = detectTables(
      makeGrid([["BÁO CÁO CHÍNH TRỊ"], ["Nhiệm kỳ qua, có 18/23 chỉ tiêu đạt và vượt (chiếm 78%)."]]),
    );
    expect(detection.tables).toEqual([]);
    expect(detection.reason).toEqual({ id: "detect/no-header", data: {} });
  });

  test("a header without a name column names the row and its labels", () => {
    const detection = detectTables(
      makeGrid([
        ["TT", "Nhiệm vụ", "Kết quả thực hiện", "Đánh giá"],
        [1, "Sửa đường", 10, "Đạt"],
      ]),
    );
    expect(detection.tables).toEqual([]);
    expect(detection.reason).toEqual({
      id: "detect/partial-header",
      data: { row: 1, labels: ["TT", "Kết quả thực hiện", "Đánh giá"] },
    });
  });

  test("a header with no data rows below it", () => {
    const detection = detectTables(makeGrid([["Biểu 01"], HEADER, [], [], ["Ghi chú: chưa có số liệu"]]));
    expect(detection).toEqual({
      tables: [],
      reason: { id: "detect/no-data-rows", data: { headerRow: 2 } },
    });
  });
});
