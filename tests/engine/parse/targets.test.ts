import { parseTarget } from "../../../src/engine/parse/targets";
import type { Target } from "../../../src/engine/types";

type Expected = Partial<Target>;

function expectTarget(text: string, expected: Expected, name = "", convention: "vi" | "en" = "vi"): Target {
  const target = parseTarget(text, name, convention);
  expect(target).toMatchObject(expected);
  return target;
}

describe("plain levels (GUIDE §4: a level to reach)", () => {
  test.each([
    ["10", { kind: "atLeast", value: 10, plain: true }],
    ["700", { kind: "atLeast", value: 700, plain: true }],
    ["95%", { kind: "atLeast", value: 95, isPercent: true, plain: true }],
    ["3.000", { kind: "atLeast", value: 3000, plain: true, ambiguous: true }],
    ["03", { kind: "atLeast", value: 3, plain: true }],
    ["52 ha", { kind: "atLeast", value: 52, plain: true }],
    ["31,5 triệu đồng", { kind: "atLeast", value: 31.5, plain: true }],
    ["Duy trì 700 ha", { kind: "atLeast", value: 700, plain: true }],
    ["Đạt 100%", { kind: "atLeast", value: 100, isPercent: true, plain: true }],
    ["Tăng trưởng 8%", { kind: "atLeast", value: 8, isPercent: true, plain: true }],
  ] as Array<[string, Expected]>)("%s", (text, expected) => {
    const target = expectTarget(text, expected);
    expect(target.strict).toBeUndefined();
    expect(target.reason).toBeUndefined();
    expect(target.text).toBe(text);
  });

  test("3.000 follows the convention", () => {
    expectTarget("3.000", { value: 3, ambiguous: true }, "", "en");
    expectTarget("1,250", { value: 1250 }, "", "en");
    expectTarget("1,250", { value: 1.25 }, "", "vi");
  });
});

describe("at least", () => {
  test.each([
    [">30", 30, true, false],
    ["> 30", 30, true, false],
    ["≥ 90", 90, false, false],
    [">=90", 90, false, false],
    ["Trên 90%", 90, true, true],
    ["Từ 200 lao động trở lên", 200, false, false],
    ["95% trở lên", 95, false, true],
    ["ít nhất 3%", 3, false, true],
    ["tối thiểu 20%", 20, false, true],
    ["không dưới 80%", 80, false, true],
    ["Đạt trên 90%", 90, true, true],
    ["Phấn đấu đạt từ 50 trở lên", 50, false, false],
  ])("%s → at least %d (strict %s)", (text, value, strict, isPercent) => {
    const target = expectTarget(text, { kind: "atLeast", value });
    expect(Boolean(target.strict)).toBe(strict);
    expect(Boolean(target.isPercent)).toBe(isPercent);
    expect(target.plain).toBeUndefined();
    expect(target.reason).toBeUndefined();
  });
});

describe("at most", () => {
  test.each([
    ["< 10", 10, true, false],
    ["<10", 10, true, false],
    ["≤ 5", 5, false, false],
    ["<= 5", 5, false, false],
    ["Dưới 3%", 3, true, true],
    ["không quá 3,5%", 3.5, false, true],
    ["tối đa 2", 2, false, false],
    ["không vượt quá 5", 5, false, false],
    ["Giảm xuống dưới 3%", 3, true, true],
    ["Giảm xuống còn 2,5%", 2.5, false, true],
    ["5% trở xuống", 5, false, true],
  ])("%s → at most %d (strict %s)", (text, value, strict, isPercent) => {
    const target = expectTarget(text, { kind: "atMost", value });
    expect(Boolean(target.strict)).toBe(strict);
    expect(Boolean(target.isPercent)).toBe(isPercent);
    expect(target.reason).toBeUndefined();
  });
});

describe("ranges", () => {
  test.each([
    ["1-2", 1, 2, false],
    ["3–4", 3, 4, false],
    ["3 — 4", 3, 4, false],
    ["5% đến 7%", 5, 7, true],
    ["từ 5 đến 7", 5, 7, false],
    ["5-7%", 5, 7, true],
    ["Từ 10 tới 15 tỷ đồng", 10, 15, false],
    ["2,5 - 3,5", 2.5, 3.5, false],
  ])("%s → [%d, %d]", (text, min, max, isPercent) => {
    const target = expectTarget(text, { kind: "range", min, max });
    expect(Boolean(target.isPercent)).toBe(isPercent);
    expect(target.reason).toBeUndefined();
  });
});

describe("fractions", () => {
  test.each([
    ["19/19", 19, 19],
    ["05/07 trường", 5, 7],
    ["30/30 bản", 30, 30],
    ["Đạt 19/19 tiêu chí", 19, 19],
  ])("%s → %d of %d", (text, numerator, value) => {
    expectTarget(text, { kind: "fraction", numerator, value });
  });
});

describe("qualitative", () => {
  test.each([
    "Đạt",
    "Đạt chuẩn",
    "Hoàn thành",
    "Có",
    "Đạt chuẩn mức độ 2",
    "Đạt chuẩn nông thôn mới nâng cao",
  ])("%s is a yes/no target, judged by the actual's label", (text) => {
    const target = expectTarget(text, { kind: "qualitative" });
    expect(target.reason).toBeUndefined();
    expect(target.value).toBeUndefined();
  });
});

describe("compound", () => {
  test("Duy trì 06; phấn đấu thêm 01 trường đạt mức độ 2", () => {
    const target = expectTarget("Duy trì 06; phấn đấu thêm 01 trường đạt mức độ 2", { kind: "compound" });
    expect(target.parts).toHaveLength(2);
    expect(target.parts?.[0]).toMatchObject({ kind: "atLeast", value: 6 });
    expect(target.parts?.[1].kind).toBe("relative");
    expect(target.reason).toEqual({
      id: "target/compound",
      data: { text: "Duy trì 06; phấn đấu thêm 01 trường đạt mức độ 2", parts: 2 },
    });
  });

  test("Duy trì 700 ha, trồng mới 30 ha/năm", () => {
    const target = expectTarget("Duy trì 700 ha, trồng mới 30 ha/năm", { kind: "compound" });
    expect(target.parts?.map((p) => p.value)).toEqual([700, 30]);
    expect(target.reason).toBeDefined();
  });

  test("a line break separates sub-targets too", () => {
    expectTarget("≥ 90%\n100% xã", { kind: "compound" });
  });

  test("a decimal comma does not split a target", () => {
    expectTarget("2,5; 3,5", { kind: "compound" });
    expectTarget("không quá 3,5%", { kind: "atMost", value: 3.5 });
  });
});

describe("relative (needs a baseline)", () => {
  test.each([
    ["Giảm ≥ 5% so với năm trước", "so với"],
    ["tăng gấp 2 lần", "gấp"],
    ["tăng bình quân 13%/năm", "tăng"],
    ["đạt, vượt kế hoạch giao", "kế hoạch"],
    ["Tăng 10%", "tăng"],
    ["Giảm 1,5%", "giảm"],
    ["Bằng cùng kỳ", "cùng kỳ"],
  ])("%s (cue %s)", (text, cue) => {
    const target = expectTarget(text, { kind: "relative" });
    expect(target.reason).toEqual({
      id: "target/relative",
      data: { text, cue: expect.stringContaining(cue) },
    });
    expect(target.value).toBeUndefined();
  });
});

describe("not assigned", () => {
  test.each(["x", "X", "-", "—", "–", "Không giao", "không giao", "", "   ", "\u00a0"])(
    "%j → none",
    (text) => {
      const target = expectTarget(text, { kind: "none" });
      expect(target.reason?.id).toMatch(/^target\/(blank|not-assigned)$/);
    },
  );
});

describe("unreadable targets are reported, never guessed", () => {
  test.each(["5 đến", "1.1.1.1", "Trên", "Khoảng 5 hoặc 7 hoặc 9"])("%s", (text) => {
    const target = parseTarget(text, "", "vi");
    expect(target.reason).toBeDefined();
    expect(target.value).toBeUndefined();
  });
});

describe("comparators carried by the indicator name", () => {
  test("… đạt 98% trở lên", () => {
    const target = expectTarget(
      "98%",
      { kind: "atLeast", value: 98, fromName: true },
      "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% trở lên",
    );
    expect(target.strict).toBeUndefined();
    expect(target.plain).toBeUndefined();
  });

  test("Giảm tỷ lệ hộ nghèo xuống dưới 5%", () => {
    const target = expectTarget(
      "5%",
      { kind: "atMost", value: 5, strict: true, fromName: true },
      "Giảm tỷ lệ hộ nghèo xuống dưới 5%",
    );
    expect(target.text).toBe("5%");
  });

  test("the name's comparator must belong to the target's own number", () => {
    const target = expectTarget(
      "95%",
      { kind: "atLeast", plain: true },
      "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng",
    );
    expect(target.fromName).toBeUndefined();
    expectTarget("1", { kind: "atLeast", plain: true }, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng");
  });

  test("an explicit comparator in the cell wins over the name", () => {
    expectTarget("≤ 5", { kind: "atMost", value: 5 }, "Số lao động đạt 5 trở lên");
  });
});

describe("targets as the resolutions write them", () => {
  test.each([
    ["Đạt từ 11%/năm trở lên", { kind: "atLeast", value: 11, isPercent: true }],
    ["11%/năm trở lên", { kind: "atLeast", value: 11 }],
    ["3.000 tấn/năm", { kind: "atLeast", value: 3000, plain: true }],
    ["Đạt 80.000 con trở lên", { kind: "atLeast", value: 80000 }],
    ["trên 96%", { kind: "atLeast", value: 96, strict: true }],
    ["ít nhất 10ha trở lên", { kind: "atLeast", value: 10 }],
    ["Mỗi năm trồng rừng từ 55 ha trở lên", { kind: "atLeast", value: 55 }],
    ["Có ít nhất 85% hồ sơ", { kind: "atLeast", value: 85 }],
    ["kết nạp ít nhất 3% đảng viên mới so với tổng số đảng viên", { kind: "atLeast", value: 3 }],
    ["Thu nhập bình quân đầu người đạt 60 triệu đồng", { kind: "atLeast", value: 60, plain: true }],
    ["Hằng năm, duy trì tổng đàn đại gia súc đạt 150 con", { kind: "atLeast", value: 150, plain: true }],
    ["Phấn đấu đến 2030 đạt 95%", { kind: "atLeast", value: 95, plain: true }],
    ["Nhiệm kỳ 2025 - 2030 đạt 90%", { kind: "atLeast", value: 90, plain: true }],
    ["Đạt 95% (trở lên)", { kind: "atLeast", value: 95 }],
    ["95%\n(trở lên)", { kind: "atLeast", value: 95 }],
    ["≥90%", { kind: "atLeast", value: 90 }],
    ["> 95 %", { kind: "atLeast", value: 95, strict: true, isPercent: true }],
    ["90 % trở lên", { kind: "atLeast", value: 90, isPercent: true }],
    ["Từ 1000 đến 2000 con", { kind: "range", min: 1000, max: 2000 }],
    ["627–706 tấn", { kind: "range", min: 627, max: 706 }],
    ["84/90", { kind: "fraction", numerator: 84, value: 90 }],
    ["0", { kind: "atLeast", value: 0, plain: true }],
    ["0 vụ", { kind: "atLeast", value: 0, plain: true }],
    ["(Không giao)", { kind: "none" }],
    ["Phấn đấu đến năm 2030, xã đạt chuẩn nông thôn mới nâng cao", { kind: "qualitative" }],
    ["Không còn hộ nghèo", { kind: "qualitative" }],
  ] as Array<[string, Expected]>)("%j", (text, expected) => {
    expectTarget(text, expected);
  });

  test.each([
    "Duy trì 06/6 trường đạt chuẩn Quốc gia, phấn đấu tăng thêm 01 trường",
    "Duy trì 12 Hợp tác xã hoạt động hiệu quả và thành lập mới 03 Hợp tác xã",
    "tăng 10%/năm trở lên",
    "xếp hạng 30 trở lên",
    "đạt khá trở lên",
    "Không",
  ])("%j cannot be assessed and says why", (text) => {
    const target = parseTarget(text, "", "vi");
    expect(target.reason?.id).toMatch(/^target\//);
    expect(target.value).toBeUndefined();
  });

  test("a name carrying the target's own comparator: … trên 96%", () => {
    expectTarget(
      "96%",
      { kind: "atLeast", strict: true, fromName: true },
      "Tỷ lệ người dân tham gia bảo hiểm y tế trên 96%",
    );
    expectTarget(
      "11",
      { kind: "atLeast", fromName: true },
      "Tốc độ tăng giá trị sản phẩm đạt từ 11%/năm trở lên",
    );
  });

  test("a numeric-looking target keeps its text", () => {
    expect(parseTarget("  Trên\u00a090% ", "", "vi").text).toBe("Trên 90%");
  });
});

describe("the contract example (issue §3)", () => {
  test('"700" for "Diện tích cây ăn quả" is an at-least level of 700', () => {
    const target = parseTarget("700", "Diện tích cây ăn quả", "vi");
    expect(target).toMatchObject({ text: "700", kind: "atLeast", value: 700 });
    expect(target.reason).toBeUndefined();
  });

  test("a plain level on a lower-better quantity stays plain: the polarity decides how to read it", () => {
    expect(parseTarget("3%", "Tỷ lệ hộ nghèo", "vi")).toMatchObject({
      kind: "atLeast",
      value: 3,
      plain: true,
    });
  });
});

describe("repeated texts", () => {
  test("a caller changing a returned target does not change the next parse of the same text", () => {
    const first = parseTarget("Duy trì 700 ha, trồng mới 30 ha/năm", "", "vi");
    first.kind = "none";
    first.parts![0].value = 1;
    const second = parseTarget("Duy trì 700 ha, trồng mới 30 ha/năm", "", "vi");
    expect(second.kind).toBe("compound");
    expect(second.parts![0].value).toBe(700);
  });

  test("the convention is part of what is remembered", () => {
    expect(parseTarget("1,250", "", "vi").value).toBe(1.25);
    expect(parseTarget("1,250", "", "en").value).toBe(1250);
  });
});
