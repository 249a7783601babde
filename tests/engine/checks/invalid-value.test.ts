import { invalidValue } from "../../../src/engine/checks/invalid-value";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("invalid-value", () => {
  it("flags Excel error values in the target, actual and percent cells", () => {
    const rows = [
      evaluated(3, { target: { error: "#REF!" }, actual: 10 }),
      evaluated(4, { target: 10, actual: { error: "#VALUE!" } }),
      evaluated(5, { target: 10, actual: 10, percent: { error: "#DIV/0!" } }),
    ];
    const found = invalidValue.check(context(rows));
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["invalid-value", "error", "D3"],
      ["invalid-value", "error", "E4"],
      ["invalid-value", "error", "F5"],
    ]);
    expect(found[0].message.vi).toBe("Ô chỉ tiêu chứa lỗi #REF!");
    expect(found[1].message.vi).toBe("Ô kết quả thực hiện chứa lỗi #VALUE!");
    expect(found[2].message.en).toBe("The percent cell holds the error #DIV/0!");
  });

  it("flags an actual or percent that cannot be read as a number", () => {
    const rows = [
      evaluated(6, { target: 60, actual: "khoảng năm mươi" }),
      evaluated(7, { target: 60, actual: 60, percent: "một trăm" }),
    ];
    const found = invalidValue.check(context(rows));
    expect(found.map((f) => f.cell)).toEqual(["E6", "F7"]);
    expect(found[0].message.vi).toBe(
      "Kết quả thực hiện «khoảng năm mươi» không đọc được thành số để so với chỉ tiêu 60",
    );
    expect(found[1].message.vi).toBe("Tỷ lệ «một trăm» không đọc được thành số");
  });

  it("is silent for dashes, qualitative answers and good numbers", () => {
    const rows = [
      evaluated(8, { target: 60, actual: "-", percent: "-" }),
      evaluated(9, { name: "Xã đạt chuẩn nông thôn mới", target: "Đạt", actual: "Đạt" }),
      evaluated(10, { target: "3.000", actual: "3.150 tấn", percent: "105%" }),
    ];
    expect(invalidValue.check(context(rows))).toEqual([]);
  });
});
