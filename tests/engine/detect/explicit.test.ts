/** A caller's explicit mapping instead of detection. */
import { makeGrid } from "../../support/grid";
import { detectTables, readTableRows } from "../../../src/engine/detect";
import { outline } from "./fixtures";

// Headers no synonym knows: detection fails, a mapping rescues the table.
const grid = makeGrid([
  ["Bảng theo dõi"],
  ["Số", "Hạng mục", "Đo bằng", "Giao", "Làm được", "Phần trăm", "Nhận xét"],
  ["1", "2", "3", "4", "5", "6", "7"],
  [1, "Thu ngân sách", "Tỷ đồng", 10, 12, 120, "Vượt"],
  [undefined, "Trong đó: thu nội địa", "Tỷ đồng", 8, 9, 112.5, "Vượt"],
  [2, "Tỷ lệ che phủ rừng", "%", 70, 72, 102.9, "Vượt"],
  ["Tổng số: 2 chỉ tiêu; vượt: 02"],
]);

const columns = { code: "A", name: "B", unit: "c", target: "D", actual: "E", percent: "F", status: "G" };

describe("explicit mapping", () => {
  test("detection alone finds no table here", () => {
    expect(detectTables(grid).tables).toEqual([]);
  });

  test("header row and columns given: the end is still detected, the column-number row skipped", () => {
    const detection = detectTables(grid, { headerRows: [2], columns });
    expect(detection).toEqual({
      tables: [
        {
          headerRows: [2],
          firstRow: 4,
          lastRow: 6,
          columns: { code: 0, name: 1, unit: 2, target: 3, actual: 4, percent: 5, status: 6 },
          targetOnly: false,
          endedBy: "statement",
          statements: [{ row: 7, column: 0, text: "Tổng số: 2 chỉ tiêu; vượt: 02" }],
        },
      ],
    });
    expect(outline(readTableRows(grid, detection.tables[0]))).toEqual([
      "I 4 1 g=- | Thu ngân sách",
      "S 5 1 g=- | Trong đó: thu nội địa",
      "I 6 2 g=- | Tỷ lệ che phủ rừng",
    ]);
  });

  test("a last row given: endedBy explicit, statements below still collected", () => {
    const detection = detectTables(grid, {
      headerRows: [2],
      columns: { name: "B", target: "D" },
      lastRow: 5,
    });
    expect(detection.tables).toEqual([
      {
        headerRows: [2],
        firstRow: 4,
        lastRow: 5,
        columns: { name: 1, target: 3 },
        targetOnly: true,
        endedBy: "explicit",
        statements: [{ row: 7, column: 0, text: "Tổng số: 2 chỉ tiêu; vượt: 02" }],
      },
    ]);
  });

  test("invalid mappings say why", () => {
    expect(detectTables(grid, { headerRows: [2], columns: { ...columns, target: "D1" } }).reason).toEqual({
      id: "detect/bad-column-letter",
      data: { role: "target", letters: "D1" },
    });
    expect(detectTables(grid, { headerRows: [2], columns: { code: "A", target: "D" } }).reason).toEqual({
      id: "detect/missing-name-column",
      data: {},
    });
    expect(detectTables(grid, { headerRows: [0], columns }).reason).toEqual({
      id: "detect/bad-header-rows",
      data: { rows: [0], rowCount: 7 },
    });
    expect(detectTables(grid, { headerRows: [], columns }).tables).toEqual([]);
    expect(detectTables(grid, { headerRows: [2], columns, lastRow: 3 }).reason).toEqual({
      id: "detect/bad-last-row",
      data: { lastRow: 3, firstRow: 4 },
    });
  });

  test("a mapping whose header has nothing below says so", () => {
    expect(detectTables(grid, { headerRows: [7], columns }).reason).toEqual({
      id: "detect/no-data-below-given-header",
      data: { headerRow: 7 },
    });
  });
});
