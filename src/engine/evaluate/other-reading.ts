/**
 * Ambiguous number texts ("1,250"): whether a row has one, and the row read in the other
 * convention, as far as the ambiguity note needs it.
 */
import { parseCellNumber } from "../parse/numbers";
import { polarityReadsTarget, type NameReading } from "../parse/polarity";
import { isDigitCode } from "../text/chars";
import type {
  EvaluatedIndicator,
  IndicatorRow,
  NumberConvention,
  ParsedNumber,
  Polarity,
  Target,
} from "../types";
import { assess, type Assessment } from "./assess";
import type { EvaluateOptions } from "./evaluate";
import { decidePolarity } from "./polarity-choice";
import { parseActual, parseTargetCell } from "./row-cells";

/** A text cell whose number could read differently in the other convention ("1,250"). */
export function mayBeAmbiguous(row: IndicatorRow): boolean {
  const { target, actual, percent } = row.cells;
  return ambiguousText(target?.value) || ambiguousText(actual?.value) || ambiguousText(percent?.value);
}

/** A digit, "." or ",", three digits, and no fourth digit after them: /\d[.,]\d{3}(?!\d)/. */
function ambiguousText(v: unknown): boolean {
  if (typeof v !== "string") return false;
  for (let k = 1; k + 3 < v.length; k++) {
    const code = v.charCodeAt(k);
    if (code !== 0x2e && code !== 0x2c) continue;
    if (
      isDigitCode(v.charCodeAt(k - 1)) &&
      isDigitCode(v.charCodeAt(k + 1)) &&
      isDigitCode(v.charCodeAt(k + 2)) &&
      isDigitCode(v.charCodeAt(k + 3)) &&
      !isDigitCode(v.charCodeAt(k + 4))
    )
      return true;
  }
  return false;
}

export function sameTarget(a: Target, b: Target): boolean {
  return a.value === b.value && a.min === b.min && a.max === b.max && a.numerator === b.numerator;
}

/**
 * The same row read in the other convention, only as far as the ambiguity note needs it: the
 * values, the status and percent, and the reported % as read. Nothing for the report is built
 * (no texts, no status label); a percent cell that is not text reads the same either way, and
 * the polarity is taken from the first reading unless a target's comparator decides it.
 */
export function otherReading(
  row: IndicatorRow,
  name: NameReading,
  convention: NumberConvention,
  options: EvaluateOptions,
  first: EvaluatedIndicator,
): {
  target: Target;
  actual: EvaluatedIndicator["actual"];
  polarity: Polarity;
  assessment: Assessment;
  percentParsed: ParsedNumber;
} {
  const target = parseTargetCell(row.cells.target, row.name, name.digits, convention);
  const actual = parseActual(row.cells.actual, target, convention);
  const polarity =
    !first.polarity.overridden && !polarityReadsTarget(first.target) && !polarityReadsTarget(target)
      ? first.polarity.polarity
      : decidePolarity(row, name, target, options.polarityOverrides).polarity;
  const assessment: Assessment = { percent: null, status: "unassessed" };
  assess(assessment, target, actual, polarity, options.targetOnly === true);
  const percentCell = row.cells.percent;
  const percentParsed =
    percentCell && typeof percentCell.value === "string"
      ? parseCellNumber(percentCell, convention)
      : first.reported.percentParsed;
  return { target, actual, polarity, assessment, percentParsed };
}

type AmbiguousRole = "target" | "actual" | "percent";

/** The roles that read differently, in role order: one literal, not an array grown by push. */
export function changedRoles(target: boolean, actual: boolean, percent: boolean): AmbiguousRole[] {
  if (target) {
    if (actual) return percent ? ["target", "actual", "percent"] : ["target", "actual"];
    return percent ? ["target", "percent"] : ["target"];
  }
  if (actual) return percent ? ["actual", "percent"] : ["actual"];
  return percent ? ["percent"] : [];
}
