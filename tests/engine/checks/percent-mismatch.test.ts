import { percentMismatch } from "../../../src/engine/checks/percent-mismatch";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("percent-mismatch", () => {
  it("flags a % that does not follow from actual / target and names the numbers", () => {
    const ind = evaluated(8, {
      name: "Diện tích cây ăn quả",
      unit: "ha",
      target: 700,
      actual: 650,
      percent: 95,
    });
    const computed = (650 / 700) * 100;
    expect(percentMismatch.check(context([ind]))).toEqual([
      {
        rule: "percent-mismatch",
        severity: "error",
        row: 8,
        cell: "F8",
        message: {
          id: "percent-mismatch/mismatch",
          data: { reported: 95, computed: [{ value: computed, numerator: 650, denominator: 700 }] },
        },
      },
    ]);
  });

  it("accepts rounded and truncated values and an empty %", () => {
    const rows = [
      evaluated(3, { target: 70, actual: 75, percent: "107,1" }), // 107.14 truncated
      evaluated(4, { target: 700, actual: 650, percent: 92.85 }), // 92.857 truncated
      evaluated(5, { target: 700, actual: 650, percent: "93%" }), // rounded
      evaluated(6, { name: "Tỷ lệ hộ nghèo", unit: "%", target: "3%", actual: "2,5%" }), // lower-better, no %
      evaluated(7, { target: "Giảm ≥ 5% so với năm trước", actual: 6, percent: 120 }), // relative: nothing to compare
    ];
    expect(percentMismatch.check(context(rows))).toEqual([]);
  });

  it("flags 88,2 for 45/52 and 250 for 90/60 (guide §6)", () => {
    const rows = [
      evaluated(3, { target: 52, actual: 45, percent: "88,2" }),
      evaluated(4, { target: 60, actual: 90, percent: 250 }),
    ];
    const found = percentMismatch.check(context(rows));
    expect(found.map((f) => f.cell)).toEqual(["F3", "F4"]);
    expect(found.map((f) => f.message)).toEqual([
      {
        id: "percent-mismatch/mismatch",
        data: { reported: 88.2, computed: [{ value: (45 / 52) * 100, numerator: 45, denominator: 52 }] },
      },
      {
        id: "percent-mismatch/mismatch",
        data: { reported: 250, computed: [{ value: 150, numerator: 90, denominator: 60 }] },
      },
    ]);
  });

  it("says when a lower-better row's % was computed as if higher were better", () => {
    // Tỷ lệ hộ nghèo: target 3 %, actual 2,5 % → 3/2,5 = 120 %; the table wrote 2,5/3 = 83,33 %.
    const ind = evaluated(9, {
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      target: "3%",
      actual: "2,5%",
      percent: "83,33",
    });
    const [f] = percentMismatch.check(context([ind]));
    expect(f.message).toEqual({
      id: "percent-mismatch/computed-as-higher",
      data: {
        reported: 83.33,
        computed: [{ value: (3 / 2.5) * 100, numerator: 3, denominator: 2.5 }],
        asHigher: { value: (2.5 / 3) * 100, numerator: 2.5, denominator: 3 },
      },
    });
  });

  it("accepts a range % against either bound and honours the tolerance option", () => {
    const range = evaluated(10, {
      name: "Tốc độ tăng dân số",
      target: "5% đến 7%",
      actual: "6%",
      percent: 120,
    });
    expect(percentMismatch.check(context([range]))).toEqual([]);
    const near = evaluated(11, { target: 700, actual: 650, percent: 94 });
    expect(percentMismatch.check(context([near]))).toHaveLength(1);
    expect(percentMismatch.check(context([near], { options: { tolerance: 1 } }))).toEqual([]);
  });
});
