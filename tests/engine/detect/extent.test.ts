/** Where a table ends: blank runs, statements, notes, signature blocks, the sheet end. */
import { makeGrid, type TestCell } from "../../support/grid";
import { detectTables, BLANK_RUN_END, MAX_BRIDGED_BLANK_RUN } from "../../../src/engine/detect";
import { HEADER } from "./fixtures";

const ROW1: TestCell[] = [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"];
const ROW2: TestCell[] = [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"];
const ROW3: TestCell[] = [3, "Số trường đạt chuẩn", "Trường", 7, 7, 100, "Đạt"];

function detectOne(rows: TestCell[][], options: { merges?: string[]; hidden?: number[] } = {}) {
  const { tables } = detectTables(makeGrid([HEADER, ...rows], options));
  expect(tables).toHaveLength(1);
  const { lastRow, endedBy, statements } = tables[0];
  return { lastRow, endedBy, statements };
}

describe("blank rows", () => {
  test("the policy: two visible blank rows end a table, a gap of up to three is bridged by a numbered row", () => {
    expect(BLANK_RUN_END).toBe(2);
    expect(MAX_BRIDGED_BLANK_RUN).toBe(3);
  });

  test("a single blank row inside does not end the table", () => {
    expect(detectOne([ROW1, [], ROW2])).toEqual({ lastRow: 4, endedBy: "sheetEnd", statements: [] });
  });

  test("two blank rows end it; text further down is not read", () => {
    expect(detectOne([ROW1, ROW2, [], [], [undefined, "Một dòng chữ bên dưới"]])).toEqual({
      lastRow: 3,
      endedBy: "blank",
      statements: [],
    });
  });

  test("a gap of two or three blank rows followed by the next TT carries on", () => {
    expect(detectOne([ROW1, [], [], ROW2, [], [], [], ROW3])).toEqual({
      lastRow: 9,
      endedBy: "sheetEnd",
      statements: [],
    });
  });

  test("a gap of four blank rows ends it even before a numbered row", () => {
    expect(detectOne([ROW1, [], [], [], [], ROW2]).lastRow).toBe(2);
  });

  test("hidden blank rows do not count toward the run", () => {
    expect(detectOne([ROW1, [], [], ROW2], { hidden: [3, 4] }).endedBy).toBe("sheetEnd");
    expect(detectOne([ROW1, [], [], [], [], [], [undefined, "Chữ"], ROW2], { hidden: [3, 4, 5, 6] })).toEqual(
      {
        lastRow: 9,
        endedBy: "sheetEnd",
        statements: [],
      },
    );
  });
});

describe("statements", () => {
  test("a 'Tổng số' statement ends the table and is recorded with its cell", () => {
    expect(
      detectOne([ROW1, ROW2, [undefined, "Tổng số: 2 chỉ tiêu; vượt: 02; đạt: 0; không đạt: 0"]]),
    ).toEqual({
      lastRow: 3,
      endedBy: "statement",
      statements: [{ row: 4, column: 1, text: "Tổng số: 2 chỉ tiêu; vượt: 02; đạt: 0; không đạt: 0" }],
    });
  });

  test("'Tổng cộng' and '… có 18/23 chỉ tiêu đạt và vượt …' are statements", () => {
    expect(detectOne([ROW1, ["Tổng cộng 1 chỉ tiêu"]]).endedBy).toBe("statement");
    const text = "Nhiệm kỳ 2020-2025 có 18/23 chỉ tiêu đạt và vượt (chiếm 78%)";
    expect(detectOne([ROW1, [text]]).statements).toEqual([{ row: 3, column: 0, text }]);
  });

  test("statements a few rows below the table belong to it", () => {
    expect(
      detectOne([
        ROW1,
        ROW2,
        [],
        [],
        ["Tổng số: 2 chỉ tiêu"],
        ["Trong đó: vượt 02, đạt 0, không đạt 0"],
        [],
        [undefined, "NGƯỜI LẬP BIỂU"],
      ]),
    ).toEqual({
      lastRow: 3,
      endedBy: "blank",
      statements: [
        { row: 6, column: 0, text: "Tổng số: 2 chỉ tiêu" },
        { row: 7, column: 0, text: "Trong đó: vượt 02, đạt 0, không đạt 0" },
      ],
    });
  });

  test("a statement in the note that ends the table is recorded too", () => {
    expect(detectOne([ROW1, ["Ghi chú: Tổng số 1 chỉ tiêu, vượt 1"]])).toEqual({
      lastRow: 2,
      endedBy: "note",
      statements: [{ row: 3, column: 0, text: "Ghi chú: Tổng số 1 chỉ tiêu, vượt 1" }],
    });
  });

  test("an indicator named 'Tổng …' with numbers is data, not a statement", () => {
    expect(detectOne([ROW1, [undefined, "Tổng số hộ nghèo", "Hộ", 100, 90, undefined, "Đạt"]]).endedBy).toBe(
      "sheetEnd",
    );
  });
});

describe("notes and signature blocks", () => {
  test.each([
    ["Ghi chú: số liệu ước đến 30/6", "note"],
    ["* Ghi chú: chỉ tiêu 5 tính theo năm", "note"],
    ["NGƯỜI LẬP BIỂU", "signature"],
    ["Người lập", "signature"],
    ["T/M ĐẢNG ỦY", "signature"],
    ["TM. BAN THƯỜNG VỤ", "signature"],
    ["BÍ THƯ", "signature"],
    ["KT. CHỦ TỊCH", "signature"],
    ["CHỦ TỊCH", "signature"],
    ["XÁC NHẬN CỦA UBND XÃ", "signature"],
    ["Bạch Thông, ngày 15 tháng 6 năm 2025", "signature"],
    ["…, ngày … tháng … năm 2025", "signature"],
  ])("%j ends the table (%s)", (text, endedBy) => {
    expect(detectOne([ROW1, ROW2, [undefined, undefined, undefined, undefined, text]])).toEqual({
      lastRow: 3,
      endedBy,
      statements: [],
    });
  });

  test("a signature block after a single blank row", () => {
    expect(
      detectOne([
        ROW1,
        [],
        [undefined, "NGƯỜI LẬP BIỂU", undefined, undefined, "T/M ĐẢNG ỦY"],
        [undefined, "(Ký, ghi rõ họ tên)"],
      ]),
    ).toEqual({ lastRow: 2, endedBy: "signature", statements: [] });
  });
});

test("a qualitative sub-row with a remark in its note column does not end the table", () => {
  const grid = makeGrid([
    [...HEADER, "Ghi chú"],
    [1, "Xã đạt chuẩn nông thôn mới", undefined, "Đạt", "Đạt", undefined, "Đạt"],
    [undefined, "Thôn đạt chuẩn", undefined, "Đạt", "Đạt", undefined, "Đạt", "Lưu ý: đạt năm 2023"],
    [2, "Xã đạt chuẩn an toàn", undefined, "Đạt", "Đạt", undefined, "Đạt"],
  ]);
  expect(detectTables(grid).tables.map((t) => [t.lastRow, t.endedBy])).toEqual([[4, "sheetEnd"]]);
});
