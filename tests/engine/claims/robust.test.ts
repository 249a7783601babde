/**
 * The claim reader on arbitrary and hostile text: it never throws, and its patterns cannot
 * backtrack without bound (no unbounded quantifier inside a repeated group), so the work is
 * linear in the text whatever it holds. No timing: the patterns' shape is what is checked.
 */
import fc from "fast-check";
import { checkNarrative, type NarrativeParagraph } from "../../../src/engine";
import { PROSE_PATTERNS } from "../../../src/engine/claims/read-prose";
import { RESULT_PATTERNS } from "../../../src/engine/claims/read-result";
import { SECTION_PATTERNS } from "../../../src/engine/claims/sections";
import { COUNT_PATTERNS } from "../../../src/engine/parse/count-phrase";
import { sheet } from "./fixture";

/**
 * Whether a pattern repeats a group that itself holds an unbounded quantifier ("(a+)+",
 * "(\d+\.?)*"): the shape that backtracks exponentially or polynomially.
 */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inner = false;
  const unboundedAt = (i: number): boolean => {
    const c = source[i];
    if (c === "+" || c === "*") return true;
    if (c === "{") return /^\{\d+,\}/.test(source.slice(i));
    return false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      if (unboundedAt(i + 1)) inner = true;
      continue;
    }
    if (c === "[") {
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      if (unboundedAt(i + 1)) inner = true;
      continue;
    }
    if (c === "(") {
      stack.push(inner);
      inner = false;
      continue;
    }
    if (c === ")") {
      const repeated = source[i + 1] === "+" || source[i + 1] === "*" || source[i + 1] === "{";
      if (inner && repeated) return true;
      inner = (stack.pop() ?? false) || inner;
      continue;
    }
    if (unboundedAt(i + 1) && c !== "?") inner = true;
  }
  return false;
}

describe("the audit itself", () => {
  it("tells nested unbounded quantifiers from bounded ones", () => {
    expect(hasNestedUnboundedQuantifier("(a+)+")).toBe(true);
    expect(hasNestedUnboundedQuantifier("(?:\\d+[.,])*")).toBe(true);
    expect(hasNestedUnboundedQuantifier("(?:[.,]\\d{1,15}){0,5}")).toBe(false);
    expect(hasNestedUnboundedQuantifier("\\d+\\s*chi tieu")).toBe(false);
  });
});

describe("claim reading on hostile text", () => {
  it("uses no pattern that can backtrack without bound", () => {
    for (const pattern of [...RESULT_PATTERNS, ...PROSE_PATTERNS, ...SECTION_PATTERNS, ...COUNT_PATTERNS])
      expect({ pattern: pattern.source, nested: hasNestedUnboundedQuantifier(pattern.source) }).toEqual({
        pattern: pattern.source,
        nested: false,
      });
  });

  const FRAGMENTS = [
    "1.",
    "1,",
    "/",
    "%",
    "35",
    " ",
    "đạt ",
    "vượt Nghị quyết",
    "chỉ tiêu ",
    "không đạt",
    "(chiếm ",
    "(xã A 0",
    ";",
    ":",
    "Đối với xã ",
    "biểu số 0",
    "(3) ",
    "đồng",
    "\u0301",
    "\n",
  ];
  const hostile = fc
    .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 16_000 })
    .map((parts) => parts.join(""));
  const BIEU = sheet("Biểu 01");

  it("never throws on arbitrary or hostile paragraphs up to 100 KB", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), hostile),
          {
            maxLength: 4,
          },
        ),
        fc.option(fc.constantFrom("(3)", "2.1-", "a)", "IV."), { nil: undefined }),
        (texts, numbering) => {
          const paragraphs: NarrativeParagraph[] = texts.map((text, i) => ({
            index: i + 1,
            text,
            ...(numbering ? { numbering } : {}),
            footnoteSuspects: [{ start: Math.floor(text.length / 2), end: Math.floor(text.length / 2) + 2 }],
          }));
          const report = checkNarrative(paragraphs, [BIEU]);
          expect(report.paragraphs).toBe(texts.length);
          for (const f of report.findings) expect(["error", "warning", "info"]).toContain(f.severity);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("reads a 100 KB run of near-claims whole", () => {
    const text = "(3) 1.1/1,1% đạt 1%35 chỉ tiêu vượt Nghị quyết (xã A 01/0; ".repeat(1_700);
    expect(text.length).toBeGreaterThan(100_000);
    const report = checkNarrative([{ index: 1, text }], [BIEU]);
    expect(report.claims.length).toBeGreaterThan(1_000);
  });
});
