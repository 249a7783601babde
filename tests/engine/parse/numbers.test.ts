import {
  conventionEvidence,
  decideConvention,
  formatNumber,
  parseCellNumber,
  parseNumberText,
} from "../../../src/engine/parse/numbers";
import type { ParsedNumber } from "../../../src/engine/types";

function value(parsed: ParsedNumber): number | null {
  return parsed.ok ? parsed.value : null;
}

describe("parseNumberText: Vietnamese convention", () => {
  test.each([
    ["6.250", 6250],
    ["312,5", 312.5],
    ["2.340,5", 2340.5],
    ["12.600.000", 12600000],
    ["0,5", 0.5],
    ["105,0", 105],
    ["03", 3],
    ["0", 0],
    ["3.000", 3000],
  ])("%s → %d", (text, expected) => {
    expect(value(parseNumberText(text, "vi"))).toBe(expected);
  });
});

describe("parseNumberText: English convention", () => {
  test.each([
    ["1,250.5", 1250.5],
    ["12,600,000", 12600000],
    ["82.6", 82.6],
    ["1,250", 1250],
    ["1.250", 1.25],
    ["3.000", 3],
  ])("%s → %d", (text, expected) => {
    expect(value(parseNumberText(text, "en"))).toBe(expected);
  });
});

describe("parseNumberText: ambiguity", () => {
  test.each([
    ["1,250", 1.25, 1250],
    ["1.250", 1250, 1.25],
    ["3.000", 3000, 3],
    ["12,500%", 12.5, 12500],
  ])("%s reads %d in vi and %d in en, marked ambiguous", (text, vi, en) => {
    const inVi = parseNumberText(text, "vi");
    const inEn = parseNumberText(text, "en");
    expect(value(inVi)).toBe(vi);
    expect(value(inEn)).toBe(en);
    expect(inVi.ok && inVi.ambiguous).toBe(true);
    expect(inEn.ok && inEn.ambiguous).toBe(true);
  });

  test.each(["2.340,5", "312,5", "1,250.5", "82.6", "0,250", "1250,500", "12.600.000", "10"])(
    "%s is not ambiguous",
    (text) => {
      const parsed = parseNumberText(text, "vi");
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.ambiguous).toBeFalsy();
    },
  );

  test("an unambiguous English decimal is read as such even under the vi convention", () => {
    expect(value(parseNumberText("82.6", "vi"))).toBe(82.6);
    expect(value(parseNumberText("312,5", "en"))).toBe(312.5);
  });
});

describe("parseNumberText: percent, units, signs, spaces", () => {
  test("percent sign, with or without a space", () => {
    expect(parseNumberText("95%", "vi")).toEqual({ ok: true, value: 95, isPercent: true, fromText: true });
    expect(parseNumberText("95 %", "vi")).toMatchObject({ ok: true, value: 95, isPercent: true });
    expect(parseNumberText("82,6%", "vi")).toMatchObject({ ok: true, value: 82.6, isPercent: true });
  });

  test.each([
    ["52 ha", 52, "ha"],
    ["31,5 triệu", 31.5, "triệu"],
    ["10 tỷ đồng", 10, "tỷ đồng"],
    ["30 ha/năm", 30, "ha/năm"],
    ["13%/năm", 13, "/năm"],
    ["1.200 m2", 1200, "m2"],
    ["15‰", 15, "‰"],
    ["12 trẻ/1000 trẻ", 12, "trẻ/1000 trẻ"],
    ["45 tr.đ", 45, "tr.đ"],
    ["2,5 người/km²", 2.5, "người/km²"],
  ])("%s → %d with unit %s", (text, expected, unit) => {
    expect(parseNumberText(text, "vi")).toMatchObject({ ok: true, value: expected, unit });
  });

  test("non-breaking and thin spaces are spaces", () => {
    expect(parseNumberText("52\u00a0ha", "vi")).toMatchObject({ ok: true, value: 52, unit: "ha" });
    expect(parseNumberText("95\u202f%", "vi")).toMatchObject({ ok: true, value: 95, isPercent: true });
    expect(parseNumberText("\u00a0\u00a012.600.000\u2009", "vi")).toMatchObject({
      ok: true,
      value: 12600000,
    });
    expect(parseNumberText("12\u00a0600\u00a0000", "vi")).toMatchObject({ ok: true, value: 12600000 });
    expect(parseNumberText("12 600,5", "vi")).toMatchObject({ ok: true, value: 12600.5 });
  });

  test.each([
    ["−5", -5],
    ["-5", -5],
    ["–2,5", -2.5],
    ["—3", -3],
    ["+4", 4],
  ])("a dash or minus directly before a digit is a sign: %s → %d", (text, expected) => {
    expect(value(parseNumberText(text, "vi"))).toBe(expected);
  });

  test.each([
    "- 5",
    "−",
    "5 đến 7",
    "1-2",
    "Đạt 95%",
    "abc",
    "1.1.1.1",
    "1.2,3,4",
    "12.34.567",
    "5,",
    "(5)",
    "95% trở lên",
    "05/07",
    "19/19",
    "1/2 ha",
    "30/30 bản",
  ])("%s is unparsable", (text) => {
    expect(parseNumberText(text, "vi")).toMatchObject({ ok: false });
    expect(parseNumberText(text, "vi")).not.toMatchObject({ reason: "error" });
  });

  test.each(["-", "—", "–", "x", "X", "...", "…", " - "])(
    "a lone placeholder %s is empty (nothing reported), not a number",
    (text) => {
      expect(parseNumberText(text, "vi")).toEqual({ ok: false, reason: "empty", detail: "placeholder" });
    },
  );

  test("blank text is empty", () => {
    expect(parseNumberText("", "vi")).toEqual({ ok: false, reason: "empty" });
    expect(parseNumberText(" \u00a0\n", "vi")).toEqual({ ok: false, reason: "empty" });
  });

  test.each(["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", " #div/0! "])(
    "Excel error text %s → error",
    (text) => {
      expect(parseNumberText(text, "vi")).toMatchObject({ ok: false, reason: "error" });
    },
  );

  test("text numbers are marked fromText", () => {
    expect(parseNumberText("650", "vi")).toMatchObject({ ok: true, fromText: true });
  });

  test("a number too long for a double is unparsable, not Infinity", () => {
    expect(parseNumberText("9".repeat(400), "vi")).toMatchObject({ ok: false, reason: "unparsable" });
  });
});

describe("parseCellNumber", () => {
  test("a numeric cell is trusted over its text", () => {
    expect(parseCellNumber({ value: 105, text: "105,0" }, "vi")).toEqual({
      ok: true,
      value: 105,
      isPercent: false,
      fromText: false,
    });
    expect(parseCellNumber({ value: 1250, text: "1,250" }, "vi")).toMatchObject({ value: 1250 });
  });

  test("a numeric cell with a percent format is shown ×100", () => {
    expect(parseCellNumber({ value: 0.95, numberFormat: "0%" }, "vi")).toEqual({
      ok: true,
      value: 95,
      isPercent: true,
      fromText: false,
    });
    expect(parseCellNumber({ value: 0.07, numberFormat: "0.0%" }, "vi")).toMatchObject({ value: 7 });
    expect(parseCellNumber({ value: 1.0714, numberFormat: "0.00%" }, "vi")).toMatchObject({ value: 107.14 });
  });

  test("a % inside a quoted literal of the format is not a percent format", () => {
    expect(parseCellNumber({ value: 95, numberFormat: '0" %"' }, "vi")).toMatchObject({ value: 95 });
  });

  test("error values and blanks", () => {
    expect(parseCellNumber({ value: { error: "#DIV/0!" } }, "vi")).toEqual({
      ok: false,
      reason: "error",
      detail: "#DIV/0!",
    });
    expect(parseCellNumber({ value: "#REF!" }, "vi")).toMatchObject({ ok: false, reason: "error" });
    expect(parseCellNumber(undefined, "vi")).toEqual({ ok: false, reason: "empty" });
    expect(parseCellNumber({ value: null }, "vi")).toEqual({ ok: false, reason: "empty" });
    expect(parseCellNumber({ value: "  " }, "vi")).toEqual({ ok: false, reason: "empty" });
  });

  test("text cells go through the text parser with their convention", () => {
    expect(parseCellNumber({ value: "1,250" }, "en")).toMatchObject({
      value: 1250,
      ambiguous: true,
      fromText: true,
    });
    expect(parseCellNumber({ value: "1,250" }, "vi")).toMatchObject({ value: 1.25, ambiguous: true });
  });

  test("booleans are not numbers", () => {
    expect(parseCellNumber({ value: true }, "vi")).toMatchObject({ ok: false, reason: "unparsable" });
  });
});

describe("conventionEvidence and decideConvention", () => {
  test.each([
    ["2.340,5", "vi"],
    ["312,5", "vi"],
    ["12.600.000", "vi"],
    ["không quá 3,5%", "vi"],
    ["1,250.5", "en"],
    ["82.6", "en"],
    ["12,600,000", "en"],
    ["1,250", null],
    ["1.250", null],
    ["3.000", null],
    ["10", null],
    ["Đạt", null],
    ["1.1.1", null],
  ])("%s proves %s", (text, expected) => {
    expect(conventionEvidence(text)).toBe(expected);
  });

  test("a text proving both conventions proves nothing", () => {
    expect(conventionEvidence("312,5 và 82.6")).toBeNull();
  });

  test("Vietnamese unless English has more evidence", () => {
    expect(decideConvention(["1,250", "312,5", "82.6", "2.340,5"])).toEqual({
      convention: "vi",
      vi: 2,
      en: 1,
    });
    expect(decideConvention(["1,250.5", "82.6", "312,5"])).toEqual({ convention: "en", vi: 1, en: 2 });
    expect(decideConvention([])).toEqual({ convention: "vi", vi: 0, en: 0 });
    expect(decideConvention(["1,250"]).convention).toBe("vi");
  });
});

describe("formatNumber", () => {
  test.each([
    [82.6, "vi", undefined, "82,6"],
    [12600000, "vi", undefined, "12.600.000"],
    [82.6, "en", undefined, "82.6"],
    [12600000, "en", undefined, "12,600,000"],
    [2340.5, "vi", undefined, "2.340,5"],
    [82.608695, "vi", 1, "82,6"],
    [107.14285, "vi", 2, "107,14"],
    [100, "vi", 1, "100"],
    [-1234.5, "en", undefined, "-1,234.5"],
    [0, "vi", undefined, "0"],
    [999, "vi", undefined, "999"],
    [1000, "vi", undefined, "1.000"],
  ] as const)("%d in %s (%s decimals) → %s", (n, lang, decimals, expected) => {
    expect(formatNumber(n, lang, decimals)).toBe(expected);
  });

  test("formatted numbers read back in the same convention", () => {
    for (const n of [0.5, 1.125, 1250, 2340.5, 12600000, 0.30000000000000004, 1e-7, 123456789.25]) {
      expect(value(parseNumberText(formatNumber(n, "vi"), "vi"))).toBe(n);
      expect(value(parseNumberText(formatNumber(n, "en"), "en"))).toBe(n);
    }
  });
});
