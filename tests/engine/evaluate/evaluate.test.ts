import {
  decimalsOf,
  percentCandidates,
  percentMatches,
  reportedPercentAccepted,
} from "../../../src/engine/evaluate/percent";
import { render } from "../../../src/i18n";
import { evaluated } from "../indicator-rows";

describe("evaluate: plain and at-least targets (higher is better)", () => {
  it("computes actual / target × 100 and a missed status below the target", () => {
    const ind = evaluated(8, { name: "Diện tích cây ăn quả", unit: "ha", target: "700", actual: "650" });
    expect(ind.target.kind).toBe("atLeast");
    expect(ind.polarity.polarity).toBe("higher");
    expect(ind.actual.value).toBe(650);
    expect(ind.percent).toBeCloseTo((650 / 700) * 100, 10);
    expect(ind.status).toBe("missed");
  });

  it("is exceeded strictly above the target and achieved when equal", () => {
    const up = evaluated(3, {
      name: "Tổng sản lượng lương thực có hạt",
      unit: "Tấn",
      target: "3.000",
      actual: 3150,
    });
    expect(up.target.value).toBe(3000);
    expect(up.percent).toBeCloseTo((3150 / 3000) * 100, 10);
    expect(up.status).toBe("exceeded");
    const equal = evaluated(4, { name: "Tổng đàn lợn", unit: "Con", target: 5000, actual: "5.000" });
    expect(equal.percent).toBeCloseTo(100, 10);
    expect(equal.status).toBe("achieved");
    expect(equal.boundary).toBeUndefined();
  });

  it("treats '≥ 90' met exactly as achieved, without a boundary remark", () => {
    const ind = evaluated(5, {
      name: "Tỷ lệ hộ dùng nước hợp vệ sinh",
      unit: "%",
      target: "≥ 90%",
      actual: "90%",
    });
    expect(ind.status).toBe("achieved");
    expect(ind.boundary).toBeUndefined();
  });

  it("marks an actual equal to a strict '>' target as a boundary case counted as achieved", () => {
    const ind = evaluated(6, {
      name: "Số lao động được đào tạo nghề",
      unit: "người",
      target: ">30",
      actual: 30,
    });
    expect(ind.target.strict).toBe(true);
    expect(ind.status).toBe("achieved");
    expect(ind.boundary).toBe(true);
    expect(ind.statusReason).toEqual({ id: "status/boundary", data: { target: ">30" } });
  });
});

describe("evaluate: lower is better", () => {
  it("computes target / actual × 100 for an at-most target", () => {
    const ind = evaluated(7, { name: "Số vụ tai nạn giao thông", unit: "vụ", target: "< 10", actual: 8 });
    expect(ind.polarity.polarity).toBe("lower");
    expect(ind.percent).toBeCloseTo((10 / 8) * 100, 10);
    expect(ind.status).toBe("exceeded");
  });

  it("is missed above an at-most target", () => {
    const ind = evaluated(7, { name: "Tỷ lệ hộ nghèo", unit: "%", target: "không quá 3,5%", actual: "4%" });
    expect(ind.percent).toBeCloseTo((3.5 / 4) * 100, 10);
    expect(ind.status).toBe("missed");
  });

  it("reads a plain target as a ceiling when the name says less is better", () => {
    const ind = evaluated(9, { name: "Tỷ lệ hộ nghèo", unit: "%", target: "3%", actual: "2,5%" });
    expect(ind.polarity.polarity).toBe("lower");
    expect(ind.percent).toBeCloseTo((3 / 2.5) * 100, 10);
    expect(ind.status).toBe("exceeded");
  });

  it("warns on an actual equal to a strict 'Dưới' target", () => {
    const ind = evaluated(9, {
      name: "Tỷ lệ suy dinh dưỡng trẻ em",
      unit: "%",
      target: "Dưới 3%",
      actual: "3%",
    });
    expect(ind.status).toBe("achieved");
    expect(ind.boundary).toBe(true);
  });

  it("applies a user's polarity override by 1-based row", () => {
    const values = { name: "Số hộ chăn nuôi", unit: "hộ", target: 10, actual: 8 };
    expect(evaluated(12, values).status).toBe("missed");
    const overridden = evaluated(12, values, {}, { polarityOverrides: { 12: "lower" } });
    expect(overridden.polarity).toMatchObject({ polarity: "lower", overridden: true });
    expect(overridden.percent).toBeCloseTo((10 / 8) * 100, 10);
    expect(overridden.status).toBe("exceeded");
  });
});

describe("evaluate: comparators carried by the indicator's name", () => {
  it("takes 'trở lên' / 'xuống dưới' from the name when it names the target's level", () => {
    const up = evaluated(30, {
      name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98% trở lên",
      target: 98,
      actual: 99,
    });
    expect(up.target).toMatchObject({ kind: "atLeast", value: 98, fromName: true });
    expect(up.status).toBe("exceeded");
    const down = evaluated(31, { name: "Giảm tỷ lệ hộ nghèo xuống dưới 5%", target: "5%", actual: "4%" });
    expect(down.target).toMatchObject({ kind: "atMost", value: 5, fromName: true, strict: true });
    expect(down.polarity.polarity).toBe("lower");
    expect(down.percent).toBeCloseTo((5 / 4) * 100, 10);
    expect(down.status).toBe("exceeded");
  });

  it("ignores numbers in the name that are not the target's level", () => {
    const ind = evaluated(32, {
      name: "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng",
      target: "95%",
      actual: "96%",
    });
    expect(ind.target.fromName).toBeUndefined();
    expect(ind.polarity.polarity).toBe("higher");
    expect(ind.status).toBe("exceeded");
  });
});

describe("evaluate: ranges, zero targets, fractions, qualitative targets", () => {
  it("decides a range by membership", () => {
    const inside = evaluated(10, {
      name: "Tốc độ tăng dân số",
      unit: "%",
      target: "5% đến 7%",
      actual: "6%",
    });
    expect(inside.target).toMatchObject({ kind: "range", min: 5, max: 7 });
    expect(inside.status).toBe("achieved");
    expect(inside.percent).toBeCloseTo((6 / 5) * 100, 10);
    expect(evaluated(10, { name: "Tốc độ tăng dân số", target: "5% đến 7%", actual: "8%" }).status).toBe(
      "exceeded",
    );
    expect(evaluated(10, { name: "Tốc độ tăng dân số", target: "5% đến 7%", actual: "4%" }).status).toBe(
      "missed",
    );
  });

  it("gives no percent for a zero target and compares instead", () => {
    const zero = evaluated(11, { name: "Số vụ cháy rừng", unit: "vụ", target: 0, actual: 0 });
    expect(zero.percent).toBeNull();
    expect(zero.status).toBe("achieved");
    const worse = evaluated(11, { name: "Số vụ cháy rừng", unit: "vụ", target: 0, actual: 2 });
    expect(worse.percent).toBeNull();
    expect(worse.status).toBe("missed");
  });

  it("compares a fraction's counts, the actual written as a fraction or a count", () => {
    const full = evaluated(12, { name: "Số tiêu chí nông thôn mới", target: "19/19", actual: "19/19" });
    expect(full.target.kind).toBe("fraction");
    expect(full.actual.value).toBe(19);
    expect(full.percent).toBeCloseTo(100, 10);
    expect(full.status).toBe("achieved");
    expect(
      evaluated(12, { name: "Số tiêu chí nông thôn mới", target: "19/19", actual: "18/19" }).status,
    ).toBe("missed");
    const count = evaluated(13, { name: "Trường đạt chuẩn quốc gia", target: "05/07 trường", actual: 6 });
    expect(count.percent).toBeCloseTo((6 / 5) * 100, 10);
    expect(count.status).toBe("exceeded");
  });

  it("takes a qualitative target's status from the actual label", () => {
    const q = (actual: string) =>
      evaluated(14, { name: "Xây dựng xã đạt chuẩn nông thôn mới", target: "Đạt", actual });
    expect(q("Đạt").status).toBe("achieved");
    expect(q("Đạt").percent).toBeNull();
    expect(q("Không đạt").status).toBe("missed");
    expect(q("Chưa đạt").status).toBe("missed");
    expect(q("").status).toBe("unassessed");
  });

  it("names a number actual that says nothing of a qualitative target in the reader's style", () => {
    const ind = evaluated(14, { name: "Xây dựng xã đạt chuẩn nông thôn mới", target: "Đạt", actual: 1250.5 });
    expect(ind.status).toBe("unassessed");
    expect(render(ind.statusReason!, "vi")).toBe("Kết quả «1.250,5» không cho biết đạt hay không đạt");
    expect(render(ind.statusReason!, "en")).toBe('The actual "1,250.5" does not say achieved or not');
    // A text cell stays as written.
    const typed = evaluated(15, {
      name: "Xây dựng xã đạt chuẩn nông thôn mới",
      target: "Đạt",
      actual: "1250.5",
    });
    expect(render(typed.statusReason!, "vi")).toBe("Kết quả «1250.5» không cho biết đạt hay không đạt");
  });
});

describe("evaluate: what cannot be assessed", () => {
  it.each([
    ["relative", "Giảm ≥ 5% so với năm trước"],
    ["compound", "Duy trì 06; phấn đấu thêm 01 trường đạt mức độ 2"],
    ["none", "x"],
    ["none", ""],
  ])("a %s target '%s' is unassessed with a reason", (kind, target) => {
    const ind = evaluated(15, { name: "Chỉ tiêu", target, actual: 10 });
    expect(ind.target.kind).toBe(kind);
    expect(ind.status).toBe("unassessed");
    expect(ind.percent).toBeNull();
    // The target's own reason: why this target cannot be assessed.
    expect(ind.statusReason).toBeDefined();
    expect(ind.statusReason).toBe(ind.target.reason);
  });

  it("is unassessed when the actual is missing or an Excel error", () => {
    expect(evaluated(16, { target: 10, actual: undefined }).status).toBe("unassessed");
    const error = evaluated(16, { target: 10, actual: { error: "#REF!" } });
    expect(error.status).toBe("unassessed");
    expect(error.statusReason).toEqual({ id: "status/actual-error", data: { actual: "#REF!" } });
  });

  it("is unassessed in a target-only table", () => {
    expect(evaluated(17, { target: 10 }, {}, { targetOnly: true }).status).toBe("unassessed");
  });
});

describe("evaluate: cells", () => {
  it("trusts numeric cells and scales %-formatted ones", () => {
    const ind = evaluated(18, {
      name: "Tỷ lệ che phủ rừng",
      target: { value: 0.76, numberFormat: "0%" },
      actual: { value: 0.78, numberFormat: "0.0%" },
      percent: { value: 1.0263, numberFormat: "0.00%" },
    });
    expect(ind.target.value).toBeCloseTo(76, 10);
    expect(ind.actual.value).toBeCloseTo(78, 10);
    expect(ind.reported.percent).toBeCloseTo(102.63, 10);
    expect(ind.status).toBe("exceeded");
  });

  it("reads the reported label and percent", () => {
    const ind = evaluated(19, { target: 70, actual: 85, percent: "121,4%", status: "K\nđạt" });
    expect(ind.reported.percent).toBeCloseTo(121.4, 10);
    expect(ind.reported.status?.status).toBe("missed");
  });

  it("records the other reading of an ambiguous '1,250' when it changes the status", () => {
    // vi reads 1,250 as 1.25 (1200 far above it); en reads it as 1250 (1200 below it).
    const ind = evaluated(20, { name: "Tổng đàn gia cầm", target: "1,250", actual: 1200 });
    expect(ind.target.value).toBeCloseTo(1.25, 10);
    expect(ind.status).toBe("exceeded");
    expect(ind.ambiguity).toMatchObject({ convention: "en", roles: ["target"], status: "missed" });
    expect(ind.ambiguity?.percent).toBeCloseTo((1200 / 1250) * 100, 10);
  });

  it("records nothing when no text is ambiguous", () => {
    expect(evaluated(21, { target: "1.250,5", actual: 1300 }).ambiguity).toBeUndefined();
  });
});

describe("reported percent: within the precision its author used", () => {
  it("accepts rounding or truncation to the reported decimals (guide §6 examples)", () => {
    expect(percentMatches(107.1, (75 / 70) * 100)).toBe(true); // 107.142…
    expect(percentMatches(118, 118.4)).toBe(true);
    expect(percentMatches(88.2, (45 / 52) * 100)).toBe(false); // 86.54
    expect(percentMatches(250, (90 / 60) * 100)).toBe(false); // 150
  });

  it("accepts a truncated value that rounding would not give", () => {
    const computed = (650 / 700) * 100; // 92.857…
    expect(percentMatches(92.85, computed)).toBe(true);
    expect(percentMatches(92.86, computed)).toBe(true);
    expect(percentMatches(92.87, computed)).toBe(false);
    expect(percentMatches(92, computed)).toBe(true);
    expect(percentMatches(93, computed)).toBe(true);
    expect(percentMatches(94, computed)).toBe(false);
  });

  it("adds the tolerance in percentage points", () => {
    expect(percentMatches(94, (650 / 700) * 100, 1)).toBe(true);
    expect(percentMatches(95, (650 / 700) * 100, 1)).toBe(false);
  });

  it("counts decimals as written", () => {
    expect(decimalsOf(118)).toBe(0);
    expect(decimalsOf(107.1)).toBe(1);
    expect(decimalsOf(92.86)).toBe(2);
  });

  it("accepts a range's % against either bound", () => {
    const ind = evaluated(22, {
      name: "Tốc độ tăng dân số",
      target: "5% đến 7%",
      actual: "6%",
      percent: "85,7",
    });
    expect(percentCandidates(ind).map((c) => c.value)).toEqual([(6 / 5) * 100, (6 / 7) * 100]);
    expect(reportedPercentAccepted(ind)).toBe(true);
  });

  it("reads '105%', 105 and a %-formatted 1.05 alike", () => {
    for (const percent of ["105%", 105, { value: 1.05, numberFormat: "0%" }]) {
      expect(reportedPercentAccepted(evaluated(23, { target: 3000, actual: 3150, percent }))).toBe(true);
    }
  });
});
