/** Every check, in the order findings are listed for a row. */
import type { Rule } from "./rule";
import { ambiguousNumber } from "./ambiguous-number";
import { boundaryValue } from "./boundary-value";
import { countMismatch } from "./count-mismatch";
import { dateValue } from "./date-value";
import { duplicateCode } from "./duplicate-code";
import { invalidValue } from "./invalid-value";
import { missingValue } from "./missing-value";
import { numberingGap } from "./numbering-gap";
import { percentMismatch } from "./percent-mismatch";
import { statusMismatch } from "./status-mismatch";
import { suspectMagnitude } from "./suspect-magnitude";
import { textNumber } from "./text-number";

export const ALL_RULES: readonly Rule[] = [
  invalidValue,
  missingValue,
  percentMismatch,
  statusMismatch,
  boundaryValue,
  ambiguousNumber,
  suspectMagnitude,
  countMismatch,
  duplicateCode,
  numberingGap,
  textNumber,
  dateValue,
];

/** Stable rule ids, for validating `disabledRules` / `--disable`. */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

export {
  ambiguousNumber,
  boundaryValue,
  countMismatch,
  dateValue,
  duplicateCode,
  invalidValue,
  missingValue,
  numberingGap,
  percentMismatch,
  statusMismatch,
  suspectMagnitude,
  textNumber,
};
