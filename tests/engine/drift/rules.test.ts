/**
 * The drift rules on small submissions: a resolution's list beside a target table typed from
 * it. Each rule's finding, where it points, and the cases that must stay quiet: a renumbered or
 * renamed row (weak evidence, info only) and a table of another term (not compared at all).
 */
import { plainTextParagraphs } from "../../../src/adapters/documents/text/plain";
import { checkNarrative, checkSheet, type SubmissionSheet } from "../../../src/engine";
import { checkDrift } from "../../../src/engine/drift";
import { render } from "../../../src/i18n";
import { makeGrid, type TestCell } from "../../support/grid";

const RESOLUTION = `NGHỊ QUYẾT
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ AN LẠC LẦN THỨ I, NHIỆM KỲ 2025 - 2030

2. Các chỉ tiêu chủ yếu
(1) Tổng sản lượng lương thực có hạt đạt 3.000 tấn/năm.
(2) Duy trì độ che phủ rừng đạt 76%.
(3) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 3%.
(4) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên.
(5) Tỷ lệ thôn văn hóa đạt 100%.
`;

const HEADER: TestCell[] = [
  "TT",
  "Chỉ tiêu",
  "ĐVT",
  "Chỉ tiêu NQ",
  "Kết quả thực hiện",
  "Tỷ lệ (%)",
  "Đánh giá",
];

const FAITHFUL: TestCell[][] = [
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000],
  [2, "Độ che phủ rừng", "%", 76],
  [3, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 3%"],
  [4, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "95% trở lên"],
  [5, "Tỷ lệ thôn văn hóa", "%", 100],
];

function table(rows: TestCell[][], name = "Chỉ tiêu 2025-2030"): SubmissionSheet {
  return { file: "bieu.xlsx", sheet: name, report: checkSheet(makeGrid([HEADER, ...rows], { name })) };
}

const paragraphs = plainTextParagraphs(RESOLUTION).paragraphs;

function withRow(at: number, row: TestCell[]): TestCell[][] {
  return FAITHFUL.map((r, i) => (i === at ? row : r));
}

describe("drift rules", () => {
  it("a faithful table gives no finding, and every target is tied to its row", () => {
    const report = checkDrift(paragraphs, [table(FAITHFUL)]);
    expect(report.findings).toEqual([]);
    expect(report.targets.map((t) => t.match?.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it("target-drift points at the row's target cell and quotes both sides", () => {
    const report = checkDrift(paragraphs, [table(withRow(1, [2, "Độ che phủ rừng", "%", 70]))]);
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "target-drift",
      severity: "error",
      text: "Duy trì độ che phủ rừng đạt 76%.",
      table: { file: "bieu.xlsx", sheet: "Chỉ tiêu 2025-2030", row: 3, cell: "D3" },
    });
    expect(render(f.message, "vi")).toBe(
      "«Duy trì độ che phủ rừng đạt 76%.»: nghị quyết ghi «đạt 76%», bảng ghi «70 %» (TT 2, dòng 3) — khác giá trị (76 so với 70)",
    );
    expect(render(f.message, "en")).toContain("another value (76 against 70)");
  });

  it("target-missing: an item with no row; target-extra: a row with no item", () => {
    const missing = checkDrift(paragraphs, [table([...FAITHFUL.slice(0, 2), ...FAITHFUL.slice(3)])]);
    expect(missing.findings.map((f) => [f.rule, f.severity, f.text, f.table])).toEqual([
      ["target-missing", "warning", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 3%.", null],
    ]);

    // Item (5)'s row under its number has another name: a weak match, never an error.
    const renamed = [...FAITHFUL.slice(0, 4), [5, "Tỷ lệ hộ dân sử dụng điện lưới quốc gia", "%", 99]];
    const weak = checkDrift(paragraphs, [table(renamed)]);
    expect(weak.findings.map((f) => [f.rule, f.severity, f.table?.cell])).toEqual([
      ["target-unmatched", "info", "D6"],
    ]);

    const extra = checkDrift(paragraphs, [
      table([...FAITHFUL, [6, "Tỷ lệ hộ dân sử dụng điện lưới quốc gia", "%", 99]]),
    ]);
    expect(extra.findings.map((f) => [f.rule, f.severity, f.table?.cell])).toEqual([
      ["target-extra", "info", "D7"],
    ]);
  });

  it("a renumbered row is a weak match: reported as info, its figures not compared", () => {
    const rows: TestCell[][] = [
      FAITHFUL[0],
      [2, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 5%"],
      FAITHFUL[3],
      FAITHFUL[4],
    ];
    const report = checkDrift(paragraphs, [table(rows)]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const renumbered = report.findings.find(
      (f) => f.rule === "target-unmatched" && (f.message.data as { reason: string }).reason === "renumbered",
    );
    expect(renumbered?.table?.row).toBe(3);
  });

  it("a table of another term is not compared, even with the same indicators", () => {
    const past = table(
      FAITHFUL.map((r) => [r[0], r[1], r[2], 50, 60, 120, "Vượt"]),
      "Biểu 01 (2020-2025)",
    );
    const report = checkDrift(paragraphs, [past]);
    expect(report.findings).toEqual([]);
    expect(report.targets.every((t) => t.match === null)).toBe(true);
  });

  it("a table whose figures mostly differ is another table, not drift", () => {
    const other = table(
      FAITHFUL.map((r) => [r[0], r[1], r[2], 10]),
      "Biểu",
    );
    expect(checkDrift(paragraphs, [other]).findings).toEqual([]);
  });

  it("ties a list numbered from 1 in each group to a table numbered in one run", () => {
    const grouped = plainTextParagraphs(`NGHỊ QUYẾT
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ AN LẠC LẦN THỨ I, NHIỆM KỲ 2025 - 2030

2. Các chỉ tiêu chủ yếu
a) Về kinh tế
(1) Tổng sản lượng lương thực có hạt đạt 3.000 tấn/năm.
(2) Duy trì độ che phủ rừng đạt 76%.
b) Về xã hội
(1) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 3%.
(2) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên.
(3) Tỷ lệ thôn văn hóa đạt 100%.
`).paragraphs;
    const faithful = checkDrift(grouped, [table(FAITHFUL)]);
    expect(faithful.findings).toEqual([]);
    expect(faithful.targets.map((t) => t.match?.row)).toEqual([2, 3, 4, 5, 6]);
    const drifted = checkDrift(grouped, [
      table(withRow(3, [4, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 90])),
    ]);
    expect(drifted.findings.map((f) => [f.rule, f.table?.cell])).toEqual([["target-drift", "D5"]]);
  });

  it("runs inside the narrative check, and --disable switches each rule off", () => {
    const sheets = [table(withRow(1, [2, "Độ che phủ rừng", "%", 70]))];
    expect(checkNarrative(paragraphs, sheets).findings.map((f) => f.rule)).toContain("target-drift");
    expect(checkNarrative(paragraphs, sheets, { disabledRules: ["target-drift"] }).findings).toEqual([]);
    expect(checkNarrative(paragraphs, sheets).targets).toHaveLength(5);
  });
});
