/**
 * A 50,000-row sheet: every row read, merged TT sub-rows and groups classified, the footer
 * found. Not a timing test (speed is measured by `npm run bench`); detection is linear by
 * construction (one merge index per sheet, each row looked at a bounded number of times).
 */
import type { Cell, Grid, MergedArea } from "../../../src/engine/grid";
import { detectTables, readTableRows } from "../../../src/engine/detect";

function largeSheet(rows: number): Grid {
  const cells: Array<Array<Cell | undefined>> = [
    [{ value: "BIỂU CÁC CHỈ TIÊU" }],
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"].map(
      (value) => ({
        value,
      }),
    ),
  ];
  const merges: MergedArea[] = [];
  let code = 0;
  for (let i = 0; i < rows; i++) {
    const r = cells.length;
    if (i % 100 === 0) {
      cells.push([{ value: "I" }, { value: "Nhóm chỉ tiêu (79 chỉ tiêu)" }]);
      continue;
    }
    const subRow = i % 5 === 0;
    if (subRow) merges.push({ top: r - 1, left: 0, bottom: r, right: 0 });
    else code++;
    cells.push([
      subRow ? undefined : { value: code },
      { value: `Chỉ tiêu ${i}` },
      { value: "ha" },
      { value: 100 },
      { value: "105" },
      { value: 105 },
      { value: "Vượt" },
    ]);
  }
  cells.push([{ value: "Tổng số: 40.000 chỉ tiêu" }]);
  return { name: "Lớn", cells, merges, hiddenRows: [10, 20] };
}

test("50,000 rows with merged sub-rows and groups", () => {
  const grid = largeSheet(50_000);
  const { tables } = detectTables(grid);
  expect(tables).toHaveLength(1);
  expect(tables[0]).toMatchObject({ headerRows: [2], firstRow: 3, lastRow: 50_002, endedBy: "statement" });
  const rows = readTableRows(grid, tables[0]);
  expect(rows).toHaveLength(50_000);
  const groups = rows.filter((r) => r.kind === "group").length;
  const subRows = rows.filter((r) => r.kind === "indicator" && r.isSubRow).length;
  const hidden = rows.filter((r) => r.kind === "indicator" && r.hidden).length;
  expect([groups, subRows, hidden]).toEqual([500, 9_500, 2]);
  const last = rows[rows.length - 1];
  expect(last).toMatchObject({ kind: "indicator", row: 50_002, code: "40000", isSubRow: false });
});
