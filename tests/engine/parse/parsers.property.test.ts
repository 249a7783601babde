/**
 * Properties of the parsers: they never throw, always return well-formed results, read
 * formatted numbers back, and get through long hostile strings (no regex backtracking).
 * There are no timing assertions: finishing under jest's timeout is the guard.
 */
import fc from "fast-check";
import { parseQualitativeActual, parseStatusLabel } from "../../../src/engine/parse/labels";
import {
  conventionEvidence,
  decideConvention,
  formatNumber,
  parseCellNumber,
  parseNumberText,
} from "../../../src/engine/parse/numbers";
import { inferPolarity } from "../../../src/engine/parse/polarity";
import { parseTarget } from "../../../src/engine/parse/targets";
import type { EngineMessage } from "../../../src/engine/messages";
import { catalogIds } from "../../../src/i18n";
import type {
  NumberConvention,
  ParsedNumber,
  ReportedLabel,
  Target,
  TargetKind,
} from "../../../src/engine/types";

const KINDS: TargetKind[] = [
  "atLeast",
  "atMost",
  "exact",
  "range",
  "fraction",
  "qualitative",
  "compound",
  "relative",
  "none",
];
const UNASSESSABLE: TargetKind[] = ["none", "relative", "compound"];

/** Problems with a parse result, checked in plain code (thousands of parts stay fast). */
function numberProblems(parsed: ParsedNumber): string[] {
  if (parsed.ok) {
    const problems: string[] = [];
    if (!Number.isFinite(parsed.value)) problems.push(`value ${parsed.value} is not finite`);
    if (typeof parsed.isPercent !== "boolean") problems.push("isPercent is not a boolean");
    if (typeof parsed.fromText !== "boolean") problems.push("fromText is not a boolean");
    return problems;
  }
  return ["empty", "error", "unparsable"].includes(parsed.reason) ? [] : [`reason ${parsed.reason}`];
}

function targetProblems(target: Target): string[] {
  const problems: string[] = [];
  if (!KINDS.includes(target.kind)) problems.push(`kind ${target.kind}`);
  if (typeof target.text !== "string") problems.push("text is not a string");
  for (const n of [target.value, target.min, target.max, target.numerator]) {
    if (n !== undefined && !Number.isFinite(n)) problems.push(`number ${n} is not finite`);
  }
  if (["atLeast", "atMost", "exact", "fraction"].includes(target.kind) && target.value === undefined)
    problems.push(`${target.kind} without a value`);
  if (target.kind === "range" && !(target.min! <= target.max!))
    problems.push(`range ${target.min}..${target.max}`);
  if (UNASSESSABLE.includes(target.kind) && !worded(target.reason))
    problems.push(`${target.kind} without a reason`);
  for (const part of target.parts ?? []) problems.push(...targetProblems(part));
  return problems;
}

/** A message both catalogs have words for. */
function worded(message: EngineMessage | undefined): boolean {
  return (
    message !== undefined && catalogIds("vi").includes(message.id) && catalogIds("en").includes(message.id)
  );
}

function expectWellFormedNumber(parsed: ParsedNumber): void {
  expect(numberProblems(parsed)).toEqual([]);
}

function runAll(text: string): void {
  const problems: string[] = [];
  for (const convention of ["vi", "en"] as NumberConvention[]) {
    problems.push(...numberProblems(parseNumberText(text, convention)));
    problems.push(...numberProblems(parseCellNumber({ value: text }, convention)));
    const target = parseTarget(text, text, convention);
    problems.push(...targetProblems(target));
    const polarity = inferPolarity(text, target, text);
    if (polarity.polarity !== "higher" && polarity.polarity !== "lower")
      problems.push(`polarity ${polarity.polarity}`);
    if (!worded(polarity.reason)) problems.push("polarity without a reason");
  }
  const evidence = conventionEvidence(text);
  if (evidence !== null && evidence !== "vi" && evidence !== "en") problems.push(`evidence ${evidence}`);
  for (const label of [parseStatusLabel(text), parseQualitativeActual(text)] as Array<ReportedLabel | null>) {
    if (label && !["exceeded", "achieved", "missed"].includes(label.status))
      problems.push(`label ${label.status}`);
  }
  expect(problems).toEqual([]);
}

/** Pieces the tables are made of, so random strings look like real cells often. */
const DOMAIN_UNITS = fc.constantFrom(
  "0",
  "1",
  "5",
  "9",
  "03",
  ".",
  ",",
  "%",
  " ",
  "\u00a0",
  "\u202f",
  "\n",
  "-",
  "–",
  "—",
  "−",
  "/",
  ">",
  "<",
  "=",
  "≥",
  "≤",
  ";",
  "(",
  ")",
  "#DIV/0!",
  "x",
  "đạt",
  "Đạt",
  "K.",
  "trên",
  "dưới",
  "từ",
  "đến",
  "trở lên",
  "không quá",
  "so với",
  "giảm",
  "xuống",
  "ha",
  "triệu",
  "hộ nghèo",
  "bình quân",
);

describe("parsers never throw and return well-formed results", () => {
  test("arbitrary grapheme strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => runAll(s)),
      { numRuns: 400 },
    );
  });

  test("arbitrary UTF-16 strings, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => runAll(s)),
      { numRuns: 400 },
    );
  });

  test("strings built from the tables' own pieces", () => {
    fc.assert(
      fc.property(fc.string({ unit: DOMAIN_UNITS, maxLength: 30 }), (s) => runAll(s)),
      { numRuns: 1500 },
    );
  });

  test("any cell value", () => {
    const value = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!") }),
    );
    const format = fc.option(fc.constantFrom("0%", "0.0%", "#,##0", "0.00", '0" %"', "General"), {
      nil: undefined,
    });
    fc.assert(
      fc.property(value, format, (v, numberFormat) => {
        expectWellFormedNumber(parseCellNumber({ value: v, numberFormat }, "vi"));
      }),
    );
  });

  test("decideConvention always decides", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: DOMAIN_UNITS, maxLength: 10 })), (texts) => {
        const decided = decideConvention(texts);
        expect(["vi", "en"]).toContain(decided.convention);
        expect(decided.vi + decided.en).toBeLessThanOrEqual(texts.length);
      }),
    );
  });
});

describe("formatNumber then parseNumberText gives the number back", () => {
  test.each(["vi", "en"] as const)("every finite double, %s convention", (lang) => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const parsed = parseNumberText(formatNumber(n, lang), lang);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 1000 },
    );
  });

  test.each(["vi", "en"] as const)("integers and 0–2 decimal figures as tables write them, %s", (lang) => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 2 }), (whole, decimals) => {
        const n = whole / 10 ** decimals;
        const parsed = parseNumberText(formatNumber(n, lang, decimals), lang);
        expect(parsed.ok && parsed.value).toBeCloseTo(n, decimals);
      }),
      { numRuns: 1000 },
    );
  });

  test("with a percent sign and a unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (k) => {
        const n = k / 10;
        expect(parseNumberText(`${formatNumber(n, "vi")}%`, "vi")).toMatchObject({
          ok: true,
          value: n,
          isPercent: true,
        });
        expect(parseNumberText(`${formatNumber(n, "vi")} ha`, "vi")).toMatchObject({
          ok: true,
          value: n,
          unit: "ha",
        });
      }),
    );
  });
});

describe("hostile 10,000-character inputs finish and stay well-formed", () => {
  const N = 10000;
  const hostile: Array<[string, string]> = [
    ["1.1.1.1…", "1.".repeat(N / 2)],
    ["1,1,1,1…", "1,".repeat(N / 2)],
    ["digits", "9".repeat(N)],
    ["digits and dots", "123.".repeat(N / 4) + "5"],
    ["digits, dots and commas", "12.345,".repeat(N / 7)],
    ["space groups", "1" + " 000".repeat(N / 4)],
    ["((((", "(".repeat(N)],
    [")))) then a number", ")".repeat(N) + "5"],
    ["NBSP run", "\u00a0".repeat(N) + "5" + "\u00a0".repeat(N)],
    ["thin spaces and digits", "1\u2009".repeat(N / 2)],
    ["trên trên trên …", "trên ".repeat(N / 5) + "90%"],
    ["không quá không quá …", "không quá ".repeat(N / 10)],
    ["trở lên …", "5 trở lên ".repeat(N / 10)],
    ["dashes", "-".repeat(N)],
    ["dash digit", "-1".repeat(N / 2)],
    ["slashes", "1/".repeat(N / 2)],
    ["percent", "%".repeat(N)],
    ["semicolons", "5;".repeat(N / 2)],
    ["line breaks", "5\n".repeat(N / 2)],
    ["comparators", "≥".repeat(N)],
    ["hộ nghèo giảm", "Tỷ lệ hộ nghèo giảm ".repeat(N / 20)],
    ["K.đạt", "K.đạt ".repeat(N / 6)],
    ["parentheses and labels", "(Đạt) ".repeat(N / 6)],
    ["letters", "a".repeat(N)],
    ["combining marks", "a\u0301".repeat(N / 2)],
  ];

  test.each(hostile)("%s", (_label, text) => {
    expect(text.length).toBeGreaterThan(N - 10);
    runAll(text);
    expectWellFormedNumber(parseCellNumber({ value: text, numberFormat: "0%" }, "vi"));
  });

  test("a long unreadable number is unparsable, not a number", () => {
    expect(parseNumberText("1.".repeat(N / 2) + "1", "vi")).toMatchObject({
      ok: false,
      reason: "unparsable",
    });
    expect(parseNumberText("9".repeat(N), "vi")).toMatchObject({ ok: false, reason: "unparsable" });
  });

  test("random long strings of digits, separators and spaces", () => {
    const unit = fc.constantFrom("1", "2", "0", ".", ",", " ", "\u00a0", "%", "-", "/");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 2000, maxLength: 10000 }), (s) => runAll(s)),
      { numRuns: 20 },
    );
  });
});

describe("target round trips", () => {
  const COMPARATORS: Array<[string, TargetKind, boolean]> = [
    [">", "atLeast", true],
    ["≥", "atLeast", false],
    ["Trên", "atLeast", true],
    ["ít nhất", "atLeast", false],
    ["tối thiểu", "atLeast", false],
    ["không dưới", "atLeast", false],
    ["<", "atMost", true],
    ["≤", "atMost", false],
    ["Dưới", "atMost", true],
    ["không quá", "atMost", false],
    ["tối đa", "atMost", false],
    ["không vượt quá", "atMost", false],
  ];
  const level = fc
    .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 2 }))
    .map(([whole, decimals]) => whole / 10 ** decimals);
  const lang = fc.constantFrom<NumberConvention>("vi", "en");

  test("comparator + formatted number (+ %) gives that comparator and that number back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPARATORS),
        level,
        lang,
        fc.boolean(),
        ([cue, kind, strict], n, convention, pct) => {
          const text = `${cue} ${formatNumber(n, convention)}${pct ? "%" : ""}`;
          const target = parseTarget(text, "", convention);
          expect(target).toMatchObject({ kind, value: n });
          expect(Boolean(target.strict)).toBe(strict);
          expect(Boolean(target.isPercent)).toBe(pct);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a formatted number followed by 'trở lên' is at least that number", () => {
    fc.assert(
      fc.property(level, lang, (n, convention) => {
        expect(parseTarget(`${formatNumber(n, convention)} trở lên`, "", convention)).toMatchObject({
          kind: "atLeast",
          value: n,
        });
      }),
    );
  });

  test("ranges and fractions give their numbers back", () => {
    fc.assert(
      fc.property(level, level, lang, (a, b, convention) => {
        const [x, y] = [formatNumber(a, convention), formatNumber(b, convention)];
        for (const text of [`${x} - ${y}`, `từ ${x} đến ${y}`, `${x} – ${y}`]) {
          expect(parseTarget(text, "", convention)).toMatchObject({
            kind: "range",
            min: Math.min(a, b),
            max: Math.max(a, b),
          });
        }
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 999 }), (a, b) => {
        expect(parseTarget(`${a}/${b}`, "", "vi")).toMatchObject({
          kind: "fraction",
          numerator: a,
          value: b,
        });
      }),
    );
  });
});
