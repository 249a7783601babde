/** A TT number used twice in the same numbering (guide §7.7). */
import { fold } from "../text/fold";
import type { Rule } from "./rule";
import type { Finding } from "../types";
import { isCanonicalNumber, normaliseCode, numberingScopes } from "./numbering";
import { cellOf, finding } from "./util";
import { constantMessage, message } from "../messages";
import type { IndicatorUnit } from "../evaluate/units";

/** Longest code (in digits) kept by number rather than by text. */
const SHORT_NUMBER_DIGITS = 6;

/** Longest array of units made up front: a bigger table grows it as usual. */
const MAX_PRESIZED = 100_000;

/**
 * The first unit seen for each normalised code. Most codes are small numbers ("1" … "10000"):
 * those are kept in an array indexed by the number, which a long table fills far faster than
 * a Map of strings; any other code is kept by its text. A canonical number has exactly one
 * text, so the two never hold the same code.
 */
class CodeIndex {
  private readonly byNumber: Array<IndicatorUnit | undefined>;
  private readonly byText = new Map<string, IndicatorUnit>();

  /** `size`: how many units will be added; codes usually run 1 … size, so the array is made that long at once. */
  constructor(size: number) {
    this.byNumber = new Array<IndicatorUnit | undefined>(Math.min(size + 1, MAX_PRESIZED));
  }

  /** The unit already seen with this code, or undefined after remembering `unit` for it. */
  firstOrAdd(code: string, unit: IndicatorUnit): IndicatorUnit | undefined {
    if (code.length <= SHORT_NUMBER_DIGITS && isCanonicalNumber(code)) {
      const n = Number(code);
      const first = this.byNumber[n];
      if (!first) this.byNumber[n] = unit;
      return first;
    }
    const first = this.byText.get(code);
    if (!first) this.byText.set(code, unit);
    return first;
  }
}

export const duplicateCode: Rule = {
  id: "duplicate-code",
  severity: "error",
  description: constantMessage("rule/duplicate-code"),
  messages: ["duplicate-code/same-indicator", "duplicate-code/other-indicator"] as const,
  check(context) {
    const out: Finding[] = [];
    for (const scope of numberingScopes(context.units)) {
      const seen = new CodeIndex(scope.length);
      for (let kUnit = 0, unitList = scope; kUnit < unitList.length; kUnit++) {
        const unit = unitList[kUnit];
        const first = seen.firstOrAdd(normaliseCode(unit.code), unit);
        if (!first) continue;
        const cell = cellOf(context, unit.row, "code");
        const same = fold(first.name) === fold(unit.name);
        out.push(
          finding(
            duplicateCode,
            unit.row,
            cell,
            same
              ? message("duplicate-code/same-indicator", {
                  code: unit.code.trim(),
                  name: unit.name.trim(),
                  firstRow: first.row,
                })
              : message("duplicate-code/other-indicator", {
                  code: unit.code.trim(),
                  name: unit.name.trim(),
                  firstName: first.name.trim(),
                  firstRow: first.row,
                }),
          ),
        );
      }
    }
    return out;
  },
};
