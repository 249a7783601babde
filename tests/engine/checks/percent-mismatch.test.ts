import { percentMismatch } from "../../../src/engine/checks/percent-mismatch";
import { formatNumber } from "../../../src/engine/parse/numbers";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

const two = (n: number, lang: "vi" | "en") => formatNumber(n, lang, 2);

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
          vi: `Tỷ lệ ghi 95% nhưng 650/700 = ${two(computed, "vi")}%`,
          en: `Reported 95% but 650/700 = ${two(computed, "en")}%`,
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
    expect(found[0].message.vi).toBe(`Tỷ lệ ghi 88,2% nhưng 45/52 = ${two((45 / 52) * 100, "vi")}%`);
    expect(found[1].message.vi).toBe("Tỷ lệ ghi 250% nhưng 90/60 = 150%");
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
    expect(f.message.vi).toContain(`3/2,5 = ${two((3 / 2.5) * 100, "vi")}%`);
    expect(f.message.vi).toContain("2,5/3");
    expect(f.message.vi).toContain("càng thấp càng tốt");
    expect(f.message.en).toContain("as if higher were better");
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
