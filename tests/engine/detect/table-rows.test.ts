/** Row classification: group rows, indicator rows, sub-rows (merged, blank, numbered), hidden rows. */
import { makeGrid, type TestCell } from "../../support/grid";
import { checkSheet } from "../../../src/engine";
import { detectTables, readTableRows } from "../../../src/engine/detect";
import { HEADER, outline } from "./fixtures";

function read(body: TestCell[][], options: { merges?: string[]; hidden?: number[] } = {}) {
  const grid = makeGrid([HEADER, ...body], options);
  const { tables } = detectTables(grid);
  expect(tables).toHaveLength(1);
  return outline(readTableRows(grid, tables[0]));
}

describe("group rows", () => {
  test("Roman numerals, letters and stated counts", () => {
    expect(
      read([
        ["A", "CÁC CHỈ TIÊU KINH TẾ"],
        ["I", "Nhóm chỉ tiêu về nông nghiệp (14 chỉ tiêu)"],
        [1, "Sản lượng lương thực", "Tấn", 3000, 3150, 105, "Vượt"],
        ["b)", "Các chỉ tiêu về xã hội, môi trường (gồm 2 chỉ tiêu)"],
        [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
        ["II.", "Quốc phòng – an ninh"],
        [3, "Xã đạt vững mạnh", undefined, "Đạt", "Đạt", undefined, "Đạt"],
      ]),
    ).toEqual([
      "G 2 A | CÁC CHỈ TIÊU KINH TẾ",
      "G 3 I | Nhóm chỉ tiêu về nông nghiệp (14 chỉ tiêu) [14]",
      "I 4 1 g=I | Sản lượng lương thực",
      "G 5 b | Các chỉ tiêu về xã hội, môi trường (gồm 2 chỉ tiêu) [2]",
      "I 6 2 g=b | Tỷ lệ che phủ rừng",
      "G 7 II | Quốc phòng – an ninh",
      "I 8 3 g=II | Xã đạt vững mạnh",
    ]);
  });

  test("code and title in one cell merged across the table", () => {
    expect(
      read(
        [
          ["I. CÁC CHỈ TIÊU VỀ KINH TẾ (1 chỉ tiêu)"],
          [1, "Sản lượng lương thực", "Tấn", 3000, 3150, 105, "Vượt"],
          ["b) Các chỉ tiêu về xã hội"],
          [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
        ],
        { merges: ["A2:G2", "A4:G4"] },
      ),
    ).toEqual([
      "G 2 I | CÁC CHỈ TIÊU VỀ KINH TẾ (1 chỉ tiêu) [1]",
      "I 3 1 g=I | Sản lượng lương thực",
      "G 4 b | Các chỉ tiêu về xã hội",
      "I 5 2 g=b | Tỷ lệ che phủ rừng",
    ]);
  });

  test("a group heading without a code is known by its title", () => {
    expect(
      read([
        [undefined, "Nhóm chỉ tiêu về môi trường"],
        [1, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
      ]),
    ).toEqual([
      "G 2 Nhóm chỉ tiêu về môi trường | Nhóm chỉ tiêu về môi trường",
      "I 3 1 g=Nhóm chỉ tiêu về môi trường | Tỷ lệ che phủ rừng",
    ]);
  });

  test("a letter or Roman code with numbers is an indicator, not a group", () => {
    expect(read([["a", "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"]])).toEqual([
      "I 2 a g=- | Thu ngân sách",
    ]);
  });
});

describe("indicator rows and sub-rows", () => {
  test("TT forms: 1, 01, 1., text or number", () => {
    expect(
      read([
        [1, "A", "ha", 1, 1, 100, "Đạt"],
        ["02", "B", "ha", 1, 1, 100, "Đạt"],
        ["3.", "C", "ha", 1, 1, 100, "Đạt"],
        [" 4 ", "D", "ha", 1, 1, 100, "Đạt"],
      ]),
    ).toEqual(["I 2 1 g=- | A", "I 3 02 g=- | B", "I 4 3 g=- | C", "I 5 4 g=- | D"]);
  });

  test("a TT merged down over its sub-rows; the unit merged down is read from the top cell", () => {
    const grid = makeGrid(
      [
        HEADER,
        [1, "Trường đạt chuẩn", "Trường", 7, 7, 100, "Đạt"],
        [undefined, "Mầm non", undefined, 2, 2, 100, "Đạt"],
        [undefined, "Tiểu học", undefined, 5, 4, 80, "Không đạt"],
        [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
      ],
      { merges: ["A2:A4", "C2:C4"] },
    );
    const rows = readTableRows(grid, detectTables(grid).tables[0]);
    expect(outline(rows)).toEqual([
      "I 2 1 g=- | Trường đạt chuẩn",
      "S 3 1 g=- | Mầm non",
      "S 4 1 g=- | Tiểu học",
      "I 5 2 g=- | Tỷ lệ che phủ rừng",
    ]);
    expect(rows.map((r) => (r.kind === "indicator" ? r.unit : ""))).toEqual([
      "Trường",
      "Trường",
      "Trường",
      "%",
    ]);
  });

  test("numbered sub-rows 2.1, 2.2 belong to TT 2 and keep their own code", () => {
    expect(
      read([
        [2, "Trường đạt chuẩn", "Trường", undefined, undefined, undefined, undefined],
        ["2.1", "Mầm non", "Trường", 2, 2, 100, "Đạt"],
        ["2.2", "Tiểu học", "Trường", 5, 4, 80, "Không đạt"],
        ["3.1", "Không có TT 3 phía trên", "ha", 1, 1, 100, "Đạt"],
      ]),
    ).toEqual([
      "I 2 2 g=- | Trường đạt chuẩn",
      "S 3 2(2.1) g=- | Mầm non",
      "S 4 2(2.2) g=- | Tiểu học",
      "I 5 3.1 g=- | Không có TT 3 phía trên",
    ]);
  });

  test("a blank TT right after a group row is not a sub-row of the previous group's indicator", () => {
    expect(
      read([
        [1, "A", "ha", 1, 1, 100, "Đạt"],
        ["II", "Nhóm chỉ tiêu về xã hội"],
        [undefined, "B", "ha", 1, 1, 100, "Đạt"],
      ]),
    ).toEqual(["I 2 1 g=- | A", "G 3 II | Nhóm chỉ tiêu về xã hội", "I 4  g=II | B"]);
  });

  test("without a TT column every row is its own indicator, numbered in order", () => {
    const grid = makeGrid([
      ["Chỉ tiêu", "Chỉ tiêu NQ", "Thực hiện"],
      ["Thu ngân sách", 10, 12],
      ["Che phủ rừng", 70, 72],
    ]);
    const table = detectTables(grid).tables[0];
    expect(table.columns).toEqual({ name: 0, target: 1, actual: 2 });
    expect(outline(readTableRows(grid, table))).toEqual([
      "I 2 1 g=- | Thu ngân sách",
      "I 3 2 g=- | Che phủ rừng",
    ]);
  });
});

describe("hidden and blank rows inside the table", () => {
  test("hidden rows are kept and flagged; a single blank row is skipped", () => {
    const grid = makeGrid(
      [
        HEADER,
        [1, "A", "ha", 1, 1, 100, "Đạt"],
        [2, "B (ẩn)", "ha", 1, 1, 100, "Đạt"],
        [],
        [3, "C", "ha", 1, 1, 100, "Đạt"],
        [undefined, "C1 (ẩn)", "ha", 1, 1, 100, "Đạt"],
      ],
      { hidden: [3, 6] },
    );
    const table = detectTables(grid).tables[0];
    expect([table.firstRow, table.lastRow, table.endedBy]).toEqual([2, 6, "sheetEnd"]);
    const rows = readTableRows(grid, table);
    expect(outline(rows)).toEqual([
      "I 2 1 g=- | A",
      "I 3 2 g=- | B (ẩn) (hidden)",
      "I 5 3 g=- | C",
      "S 6 3 g=- | C1 (ẩn) (hidden)",
    ]);
  });

  test("a statement inside the table (followed by more numbered rows) is recorded and not read as a row", () => {
    const grid = makeGrid([
      HEADER,
      ["I", "Kinh tế"],
      [1, "A", "ha", 1, 1, 100, "Đạt"],
      ["Cộng nhóm I: 1 chỉ tiêu, đạt 1"],
      ["II", "Xã hội"],
      [2, "B", "ha", 1, 2, 200, "Vượt"],
    ]);
    const table = detectTables(grid).tables[0];
    expect([table.lastRow, table.endedBy, table.statements]).toEqual([
      6,
      "sheetEnd",
      [{ row: 4, column: 0, text: "Cộng nhóm I: 1 chỉ tiêu, đạt 1" }],
    ]);
    expect(outline(readTableRows(grid, table))).toEqual([
      "G 2 I | Kinh tế",
      "I 3 1 g=I | A",
      "G 5 II | Xã hội",
      "I 6 2 g=II | B",
    ]);
  });
});

describe("bullets and letters under a TT", () => {
  test("'-' / '+' in the TT column and lettered items with numbers are sub-rows", () => {
    expect(
      read([
        [1, "Trường đạt chuẩn", "Trường", 7, 7, 100, "Đạt"],
        ["-", "Mầm non", "Trường", 2, 2, 100, "Đạt"],
        ["+", "Tiểu học", "Trường", 5, 5, 100, "Đạt"],
        [2, "Cơ sở hạ tầng", undefined, undefined, undefined, undefined, undefined],
        ["a)", "Đường giao thông", "km", 10, 12, 120, "Vượt"],
        ["b", "Kênh mương", "km", 5, 4, 80, "Không đạt"],
        ["c)", "Nhóm không có số liệu"],
      ]),
    ).toEqual([
      "I 2 1 g=- | Trường đạt chuẩn",
      "S 3 1 g=- | Mầm non",
      "S 4 1 g=- | Tiểu học",
      "I 5 2 g=- | Cơ sở hạ tầng",
      "S 6 2(a) g=- | Đường giao thông",
      "S 7 2(b) g=- | Kênh mương",
      "G 8 c | Nhóm không có số liệu",
    ]);
  });
});

describe("a header repeated inside the table (pasted page by page)", () => {
  test("the repeated header and column-number rows are not read as indicators", () => {
    expect(
      read([
        ["1", "2", "3", "4", "5", "6", "7"],
        [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"],
        HEADER,
        ["1", "2", "3", "4", "5", "6", "7"],
        [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
      ]),
    ).toEqual(["I 3 1 g=- | Thu ngân sách", "I 6 2 g=- | Tỷ lệ che phủ rừng"]);
  });
});

describe("code-less rows with a name only", () => {
  test("before any TT of its group it is a heading; under a TT it is a sub-row ('Trong đó:')", () => {
    expect(
      read([
        [undefined, "Kinh tế"],
        [1, "Trường đạt chuẩn", "Trường", 7, 7, 100, "Đạt"],
        [undefined, "Trong đó:"],
        [undefined, "Mầm non", "Trường", 2, 2, 100, "Đạt"],
        [undefined, "Nhóm chỉ tiêu về xã hội"],
        [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
      ]),
    ).toEqual([
      "G 2 Kinh tế | Kinh tế",
      "I 3 1 g=Kinh tế | Trường đạt chuẩn",
      "S 4 1 g=Kinh tế | Trong đó:",
      "S 5 1 g=Kinh tế | Mầm non",
      "G 6 Nhóm chỉ tiêu về xã hội | Nhóm chỉ tiêu về xã hội",
      "I 7 2 g=Nhóm chỉ tiêu về xã hội | Tỷ lệ che phủ rừng",
    ]);
  });

  test("a row merged into the TT above is a sub-row even when it reads like a heading", () => {
    expect(
      read(
        [
          [1, "Trường đạt chuẩn", "Trường", 7, 7, 100, "Đạt"],
          [undefined, "Nhóm trường mầm non"],
        ],
        { merges: ["A2:A3"] },
      ),
    ).toEqual(["I 2 1 g=- | Trường đạt chuẩn", "S 3 1 g=- | Nhóm trường mầm non"]);
  });
});

describe("group headings that are not where the TT column says", () => {
  test("a heading typed into the TT column and merged across the table is a group row", () => {
    expect(
      read(
        [
          ["Các chỉ tiêu về kinh tế"],
          [1, "Tổng sản lượng lương thực có hạt", "Tấn", 1000, 1020, 102, "Vượt"],
          ["Phát triển văn hóa - xã hội"],
          [2, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 95, 100, "Đạt"],
        ],
        { merges: ["A2:G2", "A4:G4"] },
      ),
    ).toEqual([
      "G 2 Các chỉ tiêu về kinh tế | Các chỉ tiêu về kinh tế",
      "I 3 1 g=Các chỉ tiêu về kinh tế | Tổng sản lượng lương thực có hạt",
      "G 4 Phát triển văn hóa - xã hội | Phát triển văn hóa - xã hội",
      "I 5 2 g=Phát triển văn hóa - xã hội | Tỷ lệ dân số tham gia bảo hiểm y tế",
    ]);
  });

  test("a heading's words in the TT column make a group row without a merge", () => {
    expect(
      read([["Nhóm chỉ tiêu về môi trường"], [1, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"]]),
    ).toEqual([
      "G 2 Nhóm chỉ tiêu về môi trường | Nhóm chỉ tiêu về môi trường",
      "I 3 1 g=Nhóm chỉ tiêu về môi trường | Tỷ lệ che phủ rừng",
    ]);
  });

  test("a TT merged down into the next group heading does not swallow the heading", () => {
    expect(
      read(
        [
          [1, "Tổng đàn gia súc", "Con", 1500, 1620, 108, "Vượt"],
          [undefined, "Chỉ tiêu về văn hóa - xã hội"],
          [2, "Số trường đạt chuẩn quốc gia", "Trường", 2, 2, 100, "Đạt"],
        ],
        { merges: ["A2:A3"] },
      ),
    ).toEqual([
      "I 2 1 g=- | Tổng đàn gia súc",
      "G 3 Chỉ tiêu về văn hóa - xã hội | Chỉ tiêu về văn hóa - xã hội",
      "I 4 2 g=Chỉ tiêu về văn hóa - xã hội | Số trường đạt chuẩn quốc gia",
    ]);
  });

  test("per-group counts add up to the totals when the headings have no numeral", () => {
    const grid = makeGrid(
      [
        HEADER,
        ["Nhóm chỉ tiêu về kinh tế"],
        [1, "Tổng sản lượng lương thực có hạt", "Tấn", 1200, 1260, 105, "Vượt"],
        [2, "Diện tích trồng rừng mới", "ha", 20, 18, 90, "Không đạt"],
        ["Nhóm chỉ tiêu về xã hội"],
        [3, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 95, 100, "Đạt"],
      ],
      { merges: ["A2:G2", "A5:G5"] },
    );
    const summary = checkSheet(grid).tables[0].summary;
    expect(summary.groups.map((g) => [g.title, g.computed.indicators.total])).toEqual([
      ["Nhóm chỉ tiêu về kinh tế", 2],
      ["Nhóm chỉ tiêu về xã hội", 1],
    ]);
    expect(summary.computed.indicators).toEqual({
      total: 3,
      exceeded: 1,
      achieved: 1,
      missed: 1,
      unassessed: 0,
    });
  });
});

describe('TT written "(1)", "(2)" as resolutions number them', () => {
  const body: TestCell[][] = [
    ["(1)", "Sản lượng lương thực", "Tấn", 3000, 3150, 105, "Vượt"],
    ["(2)", "Tổng đàn gia súc"],
    ["2.1", "Đàn trâu", "Con", 1200, 1250, 104.2, "Vượt"],
    ["2.2", "Đàn bò", "Con", 800, 760, 95, "Không đạt"],
    ["(3)", "Chất lượng giáo dục"],
    ["a)", "Trường mầm non đạt chuẩn", "Trường", 3, 3, 100, "Đạt"],
    ["-", "Trường tiểu học đạt chuẩn", "Trường", 2, 2, 100, "Đạt"],
    ["+", "Điểm trường lẻ được kiên cố hóa", "Điểm", 4, 3, 75, "Không đạt"],
    ["(4)", "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
  ];

  test('sub-rows "2.1", "a)", "-", "+" stay under their TT', () => {
    expect(read(body)).toEqual([
      "I 2 1 g=- | Sản lượng lương thực",
      "I 3 2 g=- | Tổng đàn gia súc",
      "S 4 2(2.1) g=- | Đàn trâu",
      "S 5 2(2.2) g=- | Đàn bò",
      "I 6 3 g=- | Chất lượng giáo dục",
      "S 7 3(a) g=- | Trường mầm non đạt chuẩn",
      "S 8 3 g=- | Trường tiểu học đạt chuẩn",
      "S 9 3 g=- | Điểm trường lẻ được kiên cố hóa",
      "I 10 4 g=- | Tỷ lệ che phủ rừng",
    ]);
  });

  test("counts per TT take the worst of each TT's sub-rows", () => {
    const summary = checkSheet(makeGrid([HEADER, ...body])).tables[0].summary;
    expect(summary.computed.indicators).toEqual({
      total: 4,
      exceeded: 2,
      achieved: 0,
      missed: 2,
      unassessed: 0,
    });
    expect(summary.missed.map((m) => [m.code, m.row])).toEqual([
      ["2", 5],
      ["3", 9],
    ]);
  });
});
