/** The new-term target table's rows: group rows, an item's TT row, its sub-rows, the note. */
import { targetTableRows } from "../../src/app/target-table-layout";
import { extractTargets, type ResolutionParagraph } from "../../src/engine/resolution";

const paragraphs: ResolutionParagraph[] = [
  { index: 1, numbering: "2.2.", text: "Các chỉ tiêu chủ yếu giai đoạn 2025-2030 (3 chỉ tiêu)" },
  { index: 2, numbering: "a)", text: "Các chỉ tiêu về kinh tế (02 chỉ tiêu)" },
  { index: 3, numbering: "(1)", text: "Tổng đàn lợn đạt 5.000 con; đàn gia cầm đạt 80.000 con trở lên." },
  { index: 4, numbering: "(2)", text: "Tỷ lệ hộ nghèo dưới 5%." },
  { index: 5, numbering: "b)", text: "Các chỉ tiêu về xã hội (01 chỉ tiêu)" },
  { index: 6, numbering: "(3)", text: "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%." },
];

describe("targetTableRows", () => {
  const rows = targetTableRows(extractTargets(paragraphs), (t) => (t.code === "2" ? "ghi chú" : ""));

  it("numbers groups I, II …, gives each item its TT and leaves its next targets' TT empty", () => {
    expect(rows.map((r) => [r.kind, r.cells[0], r.cells[1]])).toEqual([
      ["group", "I", "Các chỉ tiêu về kinh tế"],
      ["item", "1", "Tổng đàn lợn"],
      ["sub", "", "Đàn gia cầm"],
      ["item", "2", "Tỷ lệ hộ nghèo"],
      ["group", "II", "Các chỉ tiêu về xã hội"],
      ["item", "3", "Tỷ lệ dân số tham gia bảo hiểm y tế"],
    ]);
  });

  it("writes unit and target, leaves the result columns empty and puts the note on the item row", () => {
    expect(rows[3].cells).toEqual(["2", "Tỷ lệ hộ nghèo", "%", "dưới 5%", "", "", "", "ghi chú"]);
    expect(rows[2].cells.slice(2, 4)).toEqual(["con", "đạt 80.000 con trở lên"]);
  });
});
