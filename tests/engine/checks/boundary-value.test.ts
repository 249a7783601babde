import { boundaryValue } from "../../../src/engine/checks/boundary-value";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("boundary-value", () => {
  it("warns when the actual equals a strict '>' or 'Dưới' target", () => {
    const rows = [
      evaluated(4, { name: "Số lao động được đào tạo", target: ">30", actual: 30 }),
      evaluated(5, { name: "Tỷ lệ hộ nghèo", unit: "%", target: "Dưới 3%", actual: "3%" }),
    ];
    const found = boundaryValue.check(context(rows));
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["boundary-value", "warning", "E4"],
      ["boundary-value", "warning", "E5"],
    ]);
    expect(found[0].message).toEqual({
      id: "boundary-value/strict-threshold",
      data: { actual: 30, target: ">30" },
    });
  });

  it("is silent for inclusive targets and other values", () => {
    const rows = [evaluated(4, { target: "≥ 30", actual: 30 }), evaluated(5, { target: ">30", actual: 31 })];
    expect(boundaryValue.check(context(rows))).toEqual([]);
  });
});
