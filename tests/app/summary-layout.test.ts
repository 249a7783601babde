/** The summary sheet's missed list: a sub-row that failed is named under its TT, at its own row. */
import { checkSheet } from "../../src/engine";
import { summaryLayout } from "../../src/app/summary-layout";
import { makeGrid, type TestCell } from "../support/grid";

const HEADER: TestCell[] = ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"];

const grid = makeGrid([
  HEADER,
  [1, "Tổng đàn gia súc", undefined, undefined, undefined, undefined, undefined],
  ["-", "Đàn trâu", "Con", 1200, 1250, 104.2, "Vượt"],
  ["-", "Đàn bò", "Con", 800, 760, 95, "Không đạt"],
]);

function missedRows(lang: "vi" | "en"): string[][] {
  const layout = summaryLayout([checkSheet(grid)], lang);
  return layout.rows
    .filter((row) => row[0]?.value === "1" && row.length === 3)
    .map((row) => row.map((c) => String(c?.value ?? "")));
}

test.each([
  ["vi", "Dòng 4"],
  ["en", "Row 4"],
] as const)(
  "in %s, the missed sub-row is listed by its own name under its TT, linking to its row",
  (lang, row) => {
    expect(missedRows(lang)).toEqual([["1", "Tổng đàn gia súc › Đàn bò", row]]);
  },
);
