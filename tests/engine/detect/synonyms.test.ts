import { classifyHeaderLabel, normaliseLabel } from "../../../src/engine/detect";
import type { ColumnRole } from "../../../src/engine/types";

describe("header synonyms", () => {
  const cases: Array<[string, ColumnRole | null]> = [
    // code
    ["TT", "code"],
    ["STT", "code"],
    ["Số TT", "code"],
    ["Số thứ tự", "code"],
    ["tt", "code"],
    // name
    ["Chỉ tiêu", "name"],
    ["CHỈ TIÊU", "name"],
    ["Tên chỉ tiêu", "name"],
    ["Nội dung", "name"],
    ["Nội dung chỉ tiêu", "name"],
    ["Các chỉ tiêu chủ yếu", "name"],
    ["Chỉ tiêu chủ yếu", "name"],
    // unit
    ["ĐVT", "unit"],
    ["Đơn vị tính", "unit"],
    ["Đơn vị", "unit"],
    ["Đơn\nvị\ntính", "unit"],
    ["Đơn vị chủ trì", null],
    // target
    ["Chỉ tiêu NQ", "target"],
    ["Chỉ tiêu Nghị quyết", "target"],
    ["Chỉ tiêu NQ Đại hội lần thứ XXI", "target"],
    ["Chỉ tiêu NQ Đại hội nhiệm kỳ 2020-2025", "target"],
    ["Chỉ tiêu giao", "target"],
    ["Chỉ tiêu được giao", "target"],
    ["Chỉ tiêu kế hoạch", "target"],
    ["Chỉ tiêu đến năm 2025", "target"],
    ["Chỉ tiêu 2025", "target"],
    ["NQ", "target"],
    ["KH", "target"],
    ["Kế hoạch", "target"],
    ["Mục tiêu", "target"],
    ["Mục tiêu đến 2030", "target"],
    ["Mục tiêu đến năm 2030", "target"],
    ["Nghị quyết", "target"],
    // actual
    ["Kết quả thực hiện", "actual"],
    ["Kết\nquả\nthực\nhiện", "actual"],
    ["KẾT QUẢ THỰC HIỆN", "actual"],
    ["Thực hiện", "actual"],
    ["TH", "actual"],
    ["Kết quả", "actual"],
    ["Ước thực hiện", "actual"],
    ["Ước TH 2025", "actual"],
    ["Kết quả đạt được", "actual"],
    ["Thực hiện năm 2025", "actual"],
    // percent
    ["Tỷ lệ (%)", "percent"],
    ["Tỷ lệ %", "percent"],
    ["Tỉ lệ", "percent"],
    ["Tỷ lệ so với NQ", "percent"],
    ["So sánh (%)", "percent"],
    ["% so với KH", "percent"],
    ["Đạt (%)", "percent"],
    ["Kết quả thực hiện so với NQ (%)", "percent"],
    // status
    ["Đánh giá", "status"],
    ["Kết quả đánh giá", "status"],
    ["Mức độ đạt", "status"],
    ["Mức độ hoàn thành", "status"],
    ["Tự đánh giá", "status"],
    // note
    ["Ghi chú", "note"],
    ["GHI CHÚ", "note"],
    // not headers
    ["Biểu 01", null],
    ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ A, NHIỆM KỲ 2020-2025", null],
    ["Tổng sản lượng lương thực có hạt", null],
    ["Tấn", null],
    ["Vượt", null],
    ["Đạt", null],
    ["", null],
  ];

  test.each(cases)("%j → %s", (label, role) => {
    expect(classifyHeaderLabel(label)?.role ?? null).toBe(role);
  });

  test("a plain 'Chỉ tiêu' is flagged so a neighbouring name column can make it the target", () => {
    expect(classifyHeaderLabel("Chỉ tiêu")).toEqual({ role: "name", plainChiTieu: true });
    expect(classifyHeaderLabel("Tên chỉ tiêu")).toEqual({ role: "name" });
  });

  test("labels are folded, punctuation dropped and % kept as a word", () => {
    expect(normaliseLabel("Kết\nquả\u00a0thực  hiện:")).toBe("ket qua thuc hien");
    expect(normaliseLabel("Tỷ lệ(%)")).toBe("ty le %");
    expect(normaliseLabel("ĐVT")).toBe("dvt");
  });
});

test("a sentence is not a header label even when it mentions % or 'kết quả'", () => {
  expect(classifyHeaderLabel("Nhiệm kỳ qua, có 18/23 chỉ tiêu đạt và vượt (chiếm 78%).")).toBeNull();
  expect(
    classifyHeaderLabel(
      "Kết quả thực hiện các chỉ tiêu chủ yếu của Nghị quyết Đại hội Đảng bộ xã lần thứ XX",
    ),
  ).toBeNull();
});
