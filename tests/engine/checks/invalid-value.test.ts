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
    expect(found.map((f) => f.message)).toEqual([
      { id: "invalid-value/target-error", data: { error: "#REF!" } },
      { id: "invalid-value/actual-error", data: { error: "#VALUE!" } },
      { id: "invalid-value/percent-error", data: { error: "#DIV/0!" } },
    ]);
  });

  it("flags an actual or percent that cannot be read as a number", () => {
    const rows = [
      evaluated(6, { target: 60, actual: "khoảng năm mươi" }),
      evaluated(7, { target: 60, actual: 60, percent: "một trăm" }),
    ];
    const found = invalidValue.check(context(rows));
    expect(found.map((f) => f.cell)).toEqual(["E6", "F7"]);
    expect(found.map((f) => f.message)).toEqual([
      { id: "invalid-value/actual-unreadable", data: { actual: "khoảng năm mươi", target: "60" } },
      { id: "invalid-value/percent-unreadable", data: { percent: "một trăm" } },
    ]);
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
