/** A group is named once: a heading without a numeral is keyed by its title and not doubled. */
import { groupLabel, shownGroupCode } from "../../src/app/group-label";
import { summaryLayout } from "../../src/app/summary-layout";
import { checkSheet } from "../../src/engine";
import { makeGrid } from "../support/grid";

test("a numbered group shows its code and title; a heading without a numeral its title once", () => {
  expect(groupLabel({ code: "II", title: "Nhóm chỉ tiêu về xã hội" })).toBe("II. Nhóm chỉ tiêu về xã hội");
  expect(groupLabel({ code: "Nhóm chỉ tiêu về kinh tế", title: "Nhóm chỉ tiêu về kinh tế" })).toBe(
    "Nhóm chỉ tiêu về kinh tế",
  );
  expect(shownGroupCode({ code: "Nhóm chỉ tiêu về kinh tế", title: "Nhóm chỉ tiêu về kinh tế" })).toBe("");
  expect(groupLabel({ code: null, title: "" })).toBe("");
});

test("the summary sheet names a heading without a numeral once, in the title column", () => {
  const grid = makeGrid(
    [
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"],
      ["Nhóm chỉ tiêu về kinh tế"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", 1200, 1260, 105, "Vượt"],
    ],
    { merges: ["A2:G2"] },
  );
  const rows = summaryLayout([checkSheet(grid)], "vi").rows;
  const groupRows = rows.filter((row) => row.some((c) => c?.value === "Nhóm chỉ tiêu về kinh tế"));
  expect(groupRows).toHaveLength(1);
  expect(groupRows[0].slice(0, 2).map((c) => c?.value)).toEqual(["", "Nhóm chỉ tiêu về kinh tế"]);
});
