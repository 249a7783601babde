/** The missed list names the row that failed: a sub-row with its own row and name, under its TT. */
import { checkSheet } from "../../../src/engine";
import { makeGrid, type TestCell } from "../../support/grid";

const HEADER: TestCell[] = ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"];

function missedOf(body: TestCell[][]) {
  const report = checkSheet(makeGrid([HEADER, ...body]));
  return report.tables[0].summary.missed;
}

test("a TT heading with a met and a missed sub-row is listed at the missed sub-row", () => {
  const missed = missedOf([
    [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3050, 101.7, "Vượt"],
    [2, "Tổng đàn gia súc", undefined, undefined, undefined, undefined, undefined],
    ["-", "Đàn trâu", "Con", 1200, 1250, 104.2, "Vượt"],
    ["-", "Đàn bò", "Con", 800, 760, 95, "Không đạt"],
    [3, "Tỷ lệ hộ nghèo", "%", "Dưới 3%", 2.5, 120, "Vượt"],
  ]);
  expect(missed).toEqual([{ code: "2", name: "Đàn bò", row: 5, indicator: "Tổng đàn gia súc" }]);
});

test("a TT whose own first row is met but whose numbered sub-row missed names the sub-row", () => {
  const missed = missedOf([
    [1, "Tỷ lệ trường đạt chuẩn quốc gia", "%", 80, 85, 106.3, "Vượt"],
    ["1.1", "Trường mầm non đạt chuẩn", "Trường", 3, 2, 66.7, "Không đạt"],
    ["1.2", "Trường tiểu học đạt chuẩn", "Trường", 2, 2, 100, "Đạt"],
  ]);
  expect(missed).toEqual([
    { code: "1", name: "Trường mầm non đạt chuẩn", row: 3, indicator: "Tỷ lệ trường đạt chuẩn quốc gia" },
  ]);
});

test("every missed sub-row of one TT is listed; a plain missed TT keeps its own row and name", () => {
  const missed = missedOf([
    [1, "Thu nhập bình quân đầu người", "Triệu đồng", 60, 55, 91.7, "Không đạt"],
    [2, "Chất lượng giáo dục", undefined, undefined, undefined, undefined, undefined],
    ["a)", "Tỷ lệ học sinh tốt nghiệp THCS", "%", 99, 97, 98, "Không đạt"],
    ["b)", "Tỷ lệ trẻ em đi học đúng độ tuổi", "%", 98, 96, 98, "Không đạt"],
  ]);
  expect(missed).toEqual([
    { code: "1", name: "Thu nhập bình quân đầu người", row: 2 },
    { code: "2", name: "Tỷ lệ học sinh tốt nghiệp THCS", row: 4, indicator: "Chất lượng giáo dục" },
    { code: "2", name: "Tỷ lệ trẻ em đi học đúng độ tuổi", row: 5, indicator: "Chất lượng giáo dục" },
  ]);
});
