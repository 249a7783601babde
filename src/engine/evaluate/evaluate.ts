/**
 * Evaluation of one indicator row (guide §6): parse its cells, decide the polarity,
 * compute the percent of target and the status.
 *
 * - higher-better: actual / target × 100; lower-better: target / actual × 100;
 * - range: status by membership; zero target: no percent, status by comparison;
 * - fraction ("19/19", "05/07 trường"): the counts are compared;
 * - qualitative: the actual label (Đạt / Không đạt) gives the status;
 * - relative, compound, not assigned: unassessed, with the reason — never a guess.
 */
import { cellText, isBlankText, isCellError, type Cell } from "../grid";
import { isDigitCode } from "../text/chars";
import { constantMessage, message, type EngineMessage } from "../messages";
import { isPercentFormat, parseCellNumber } from "../parse/numbers";
import { fewDecimals, numberText, scaledDigits } from "../text/number-text";
import {
  digitsOf,
  inferPolarityOf,
  polarityReadsTarget,
  readName,
  type NameReading,
} from "../parse/polarity";
import { parseQualitativeActual, parseStatusLabel } from "../parse/labels";
import { parseTargetCellText, withNameComparator } from "../parse/targets";
import type {
  EvaluatedIndicator,
  IndicatorRow,
  NumberConvention,
  ParsedNumber,
  Polarity,
  PolarityDecision,
  ReportedLabel,
  Status,
  Target,
} from "../types";

export interface EvaluateOptions {
  convention: NumberConvention;
  /** 1-based row → polarity chosen by the user. */
  polarityOverrides?: Record<number, Polarity>;
  /** Percentage points of slack when accepting a reported % (default 0). */
  tolerance?: number;
  /** The table has no actual column (targets for a new term). */
  targetOnly?: boolean;
}

const EPSILON = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A number written without grouping in the given convention ("312,5" in vi), for the target parser. */
function plainNumber(value: number, convention: NumberConvention): string {
  const s = numberText(value);
  return convention === "vi" ? s.replace(".", ",") : s;
}

/**
 * Whether the name's digits (NameReading.digits) contain the digits of a plain level. The
 * target parser takes a comparator from the name ("… đạt 98% trở lên") only from a number in
 * the name equal to the level, so a name without the level's digits need not be read.
 */
function nameMayQualify(level: number, nameDigits: string): boolean {
  const size = Math.abs(level);
  // A whole level's digits are those of its size, written with no exponent.
  if (Number.isSafeInteger(level) && size >= 1 && size < EXACT_WINDOW)
    return digitsHoldWhole(nameDigits, size);
  // "6,586" has the digits of 6586: N for N / 10^d, leading zeros dropped ("0,05" → 5).
  const few = fewDecimals(level);
  if (few > 0) return digitsHoldWhole(nameDigits, scaledDigits(level, few));
  const written = String(level);
  return written.includes("e") || nameDigits.includes(digitsOf(written));
}

/** Levels below this have at most 15 digits: a window of that many digits reads exactly. */
const EXACT_WINDOW = 1e15;

/**
 * Whether `digits` contains the decimal digits of a whole level (1 ≤ level < 1e15), read as
 * numbers window by window instead of writing the level as text for every row.
 */
function digitsHoldWhole(digits: string, level: number): boolean {
  let width = 1;
  for (let bound = 10; bound <= level; bound *= 10) width++;
  for (let start = 0; start + width <= digits.length; start++) {
    // The level's text has no leading zero.
    if (digits.charCodeAt(start) === 0x30) continue;
    let value = 0;
    for (let k = start; k < start + width; k++) value = value * 10 + (digits.charCodeAt(k) - 0x30);
    if (value === level) return true;
  }
  return false;
}

function parseTargetText(
  text: string,
  name: string,
  nameDigits: string,
  convention: NumberConvention,
): Target {
  const alone = parseTargetCellText(text, convention);
  if (!alone.plain || alone.value === undefined) return alone;
  return nameMayQualify(alone.value, nameDigits) ? withNameComparator(alone, name) : alone;
}

function parseTargetCell(
  cell: Cell | undefined,
  name: string,
  nameDigits: string,
  convention: NumberConvention,
): Target {
  if (cell && typeof cell.value === "number") {
    const v = cell.value;
    if (Number.isSafeInteger(v) && v >= 0 && !Object.is(v, -0) && !isPercentFormat(cell.numberFormat)) {
      // A whole number (most numeric targets): the plain level parseTarget reads from its
      // digits, built directly (same fields, same order) instead of writing and reading them.
      // Its text is the displayed one when the adapter gave one (what cellText shows), else the
      // value: the value is written only when needed.
      const alone: Target = { text: cell.text || String(v), kind: "atLeast", value: v, plain: true };
      return nameMayQualify(v, nameDigits) ? withNameComparator(alone, name) : alone;
    }
    // A numeric cell is trusted over its displayed text; "0%"-formatted 0.95 means 95 %.
    const parsed = parseCellNumber(cell, convention);
    if (parsed.ok) {
      const written = plainNumber(parsed.value, convention) + (parsed.isPercent ? "%" : "");
      // The parser gives the caller its own object: set the text in place.
      const target = parseTargetText(written, name, nameDigits, convention);
      target.text = cell.text || written;
      return target;
    }
  }
  const shown = cellText(cell);
  if (cell && isCellError(cell.value)) {
    return { text: shown, kind: "none", reason: message("target/cell-error", { error: shown }) };
  }
  return parseTargetText(shown, name, nameDigits, convention);
}

const FRACTION_ACTUAL = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})/;

function parseActual(
  cell: Cell | undefined,
  target: Target,
  convention: NumberConvention,
): EvaluatedIndicator["actual"] {
  const text = cellText(cell);
  if (target.kind === "fraction" && cell && typeof cell.value === "string") {
    const m = FRACTION_ACTUAL.exec(cell.value);
    if (m) {
      const value = Number(m[1]);
      return { text, value, parsed: { ok: true, value, isPercent: false, fromText: true } };
    }
  }
  const parsed = parseCellNumber(cell, convention);
  const value = parsed.ok ? parsed.value : null;
  const qualitative =
    target.kind === "qualitative" || (!parsed.ok && parsed.reason === "unparsable")
      ? parseQualitativeActual(text)
      : null;
  return { text, value, parsed, qualitative };
}

const CHOSEN_HIGHER = constantMessage("polarity/user-higher");
const CHOSEN_LOWER = constantMessage("polarity/user-lower");

function decidePolarity(
  row: IndicatorRow,
  name: NameReading,
  target: Target,
  overrides?: Record<number, Polarity>,
): PolarityDecision {
  const chosen = overrides?.[row.row];
  if (chosen) {
    return {
      polarity: chosen,
      overridden: true,
      reason: chosen === "higher" ? CHOSEN_HIGHER : CHOSEN_LOWER,
    };
  }
  return inferPolarityOf(row.name, name, target, row.unit);
}

/**
 * The outcome fields assess writes: the indicator's own (an EvaluatedIndicator is one), so a
 * row's outcome needs no object of its own, or the other convention's reading.
 */
interface Assessment {
  percent: number | null;
  status: Status;
  statusReason?: EngineMessage;
  boundary?: boolean;
}

function unassessed(out: Assessment, reason: EngineMessage): void {
  out.percent = null;
  out.status = "unassessed";
  out.statusReason = reason;
}

function assessed(out: Assessment, percent: number | null, status: Status): void {
  out.percent = percent;
  out.status = status;
}

function percentOf(actual: number, level: number, polarity: Polarity): number | null {
  if (polarity === "higher") return level === 0 ? null : (actual / level) * 100;
  return actual === 0 || level === 0 ? null : (level / actual) * 100;
}

function compareToLevel(
  out: Assessment,
  actual: number,
  level: number,
  polarity: Polarity,
  strict: boolean,
  target: Target,
): void {
  const percent = percentOf(actual, level, polarity);
  if (nearlyEqual(actual, level)) {
    assessed(out, percent, "achieved");
    if (!strict) return;
    // The reason first, then the flag: the indicator's fields keep their order.
    out.statusReason = message("status/boundary", { target: target.text });
    out.boundary = true;
    return;
  }
  const better = polarity === "higher" ? actual > level : actual < level;
  assessed(out, percent, better ? "exceeded" : "missed");
}

// Reasons without data, shared by every row that gives them.
const NO_ACTUAL = constantMessage("status/no-actual");
const TARGET_ONLY = constantMessage("status/target-only");
const NO_TARGET = constantMessage("status/no-target");
const RELATIVE_TARGET = constantMessage("status/relative-target");
const COMPOUND_TARGET = constantMessage("status/compound-target");

function actualProblem(actual: EvaluatedIndicator["actual"]): EngineMessage {
  const p = actual.parsed;
  if (!p.ok && p.reason === "empty") return NO_ACTUAL;
  if (!p.ok && p.reason === "error") return message("status/actual-error", { actual: actual.text });
  return message("status/actual-unreadable", { actual: actual.text });
}

/** Write the percent and status (and a reason when there is one) into `out`. */
function assess(
  out: Assessment,
  target: Target,
  actual: EvaluatedIndicator["actual"],
  polarity: Polarity,
  targetOnly: boolean,
): void {
  if (targetOnly) {
    return unassessed(out, TARGET_ONLY);
  }
  // The target parser gives a reason exactly when a target cannot be assessed.
  if (target.reason) return unassessed(out, target.reason);
  switch (target.kind) {
    case "none":
      return unassessed(out, NO_TARGET);
    case "relative":
      return unassessed(out, RELATIVE_TARGET);
    case "compound":
      return unassessed(out, COMPOUND_TARGET);
    case "qualitative": {
      const label: ReportedLabel | null | undefined = actual.qualitative;
      if (label) return assessed(out, null, label.status);
      if (!actual.parsed.ok && actual.parsed.reason === "empty")
        return unassessed(out, actualProblem(actual));
      return unassessed(out, message("status/qualitative-unclear", { actual: actual.text }));
    }
    default:
      break;
  }
  if (actual.value === null) return unassessed(out, actualProblem(actual));
  if (target.kind === "range") {
    if (target.min === undefined || target.max === undefined) return unassessed(out, noLevel(target));
    const a = actual.value;
    const percent =
      polarity === "higher" ? percentOf(a, target.min, "higher") : percentOf(a, target.max, "lower");
    if (a >= target.min - EPSILON && a <= target.max + EPSILON) return assessed(out, percent, "achieved");
    const better = polarity === "higher" ? a > target.max : a < target.min;
    return assessed(out, percent, better ? "exceeded" : "missed");
  }
  const level = target.kind === "fraction" ? (target.numerator ?? target.value) : target.value;
  if (level === undefined) return unassessed(out, noLevel(target));
  compareToLevel(
    out,
    actual.value,
    level,
    polarity,
    target.strict === true && target.kind !== "fraction",
    target,
  );
}

function noLevel(target: Target): EngineMessage {
  return message("status/no-level", { target: target.text });
}

/** Evaluate a row in the sheet's convention. */
function evaluateWith(
  row: IndicatorRow,
  name: NameReading,
  convention: NumberConvention,
  options: EvaluateOptions,
): EvaluatedIndicator {
  const target = parseTargetCell(row.cells.target, row.name, name.digits, convention);
  const actual = parseActual(row.cells.actual, target, convention);
  const polarity = decidePolarity(row, name, target, options.polarityOverrides);

  const percentCell = row.cells.percent;
  const percentParsed: ParsedNumber = parseCellNumber(percentCell, convention);
  const statusText = cellText(row.cells.status);
  const evaluated: EvaluatedIndicator = {
    row: row.row,
    code: row.code,
    isSubRow: row.isSubRow,
    group: row.group,
    name: row.name,
    unit: row.unit,
    target,
    actual,
    polarity,
    // Set by assess below, with statusReason and boundary when it has them.
    percent: null,
    status: "unassessed",
    reported: {
      percentText: cellText(percentCell),
      percent: percentParsed.ok ? percentParsed.value : null,
      percentParsed,
      statusText,
      status: isBlankText(statusText) ? null : parseStatusLabel(statusText),
    },
    hidden: row.hidden,
  };
  assess(evaluated, target, actual, polarity.polarity, options.targetOnly === true);
  return evaluated;
}

/** A text cell whose number could read differently in the other convention ("1,250"). */
function mayBeAmbiguous(row: IndicatorRow): boolean {
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

function sameTarget(a: Target, b: Target): boolean {
  return a.value === b.value && a.min === b.min && a.max === b.max && a.numerator === b.numerator;
}

/**
 * The same row read in the other convention, only as far as the ambiguity note needs it: the
 * values, the status and percent, and the reported % as read. Nothing for the report is built
 * (no texts, no status label); a percent cell that is not text reads the same either way, and
 * the polarity is taken from the first reading unless a target's comparator decides it.
 */
function otherReading(
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
function changedRoles(target: boolean, actual: boolean, percent: boolean): AmbiguousRole[] {
  if (target) {
    if (actual) return percent ? ["target", "actual", "percent"] : ["target", "actual"];
    return percent ? ["target", "percent"] : ["target"];
  }
  if (actual) return percent ? ["actual", "percent"] : ["actual"];
  return percent ? ["percent"] : [];
}

/** Evaluate one indicator row; records what the other number convention would have given. */
export function evaluateRow(row: IndicatorRow, options: EvaluateOptions): EvaluatedIndicator {
  const name = readName(row.name);
  const evaluated = evaluateWith(row, name, options.convention, options);
  if (!mayBeAmbiguous(row)) return evaluated;
  const convention: NumberConvention = options.convention === "vi" ? "en" : "vi";
  const other = otherReading(row, name, convention, options, evaluated);
  const otherPercent = other.percentParsed.ok ? other.percentParsed.value : null;
  const roles = changedRoles(
    !sameTarget(evaluated.target, other.target),
    evaluated.actual.value !== other.actual.value,
    evaluated.reported.percent !== otherPercent,
  );
  if (roles.length === 0) return evaluated;
  const { status, percent } = other.assessment;
  evaluated.ambiguity = {
    convention,
    roles,
    status,
    percent,
    percentAccepted: percentAcceptedFor(
      other.percentParsed,
      other.actual.value,
      status,
      other.target,
      other.polarity,
      options.tolerance ?? 0,
    ),
  };
  return evaluated;
}

// ---------------------------------------------------------------- reported percent

/** One way of computing the percent of target: numerator / denominator × 100. */
export interface PercentCandidate {
  value: number;
  numerator: number;
  denominator: number;
  /** "percent/lower-bound" or "percent/upper-bound" for range targets. */
  note?: EngineMessage;
}

const LOWER_BOUND = constantMessage("percent/lower-bound");
const UPPER_BOUND = constantMessage("percent/upper-bound");

function candidate(
  actual: number,
  level: number,
  polarity: Polarity,
  note?: EngineMessage,
): PercentCandidate | null {
  const value = percentOf(actual, level, polarity);
  if (value === null) return null;
  const c: PercentCandidate =
    polarity === "higher"
      ? { value, numerator: actual, denominator: level }
      : { value, numerator: level, denominator: actual };
  if (note) c.note = note;
  return c;
}

/** The computed percents a reported % may match: one, or one per bound of a range. */
export function percentCandidates(
  ind: EvaluatedIndicator,
  polarity = ind.polarity.polarity,
): PercentCandidate[] {
  return candidatesFor(ind.actual.value, ind.status, ind.target, polarity);
}

function candidatesFor(a: number | null, status: Status, t: Target, polarity: Polarity): PercentCandidate[] {
  if (a === null || status === "unassessed") return [];
  const out: Array<PercentCandidate | null> = [];
  if (t.kind === "range" && t.min !== undefined && t.max !== undefined) {
    out.push(candidate(a, t.min, polarity, LOWER_BOUND));
    out.push(candidate(a, t.max, polarity, UPPER_BOUND));
  } else {
    const level = t.kind === "fraction" ? (t.numerator ?? t.value) : t.value;
    if (level !== undefined) out.push(candidate(a, level, polarity));
  }
  return out.filter((c): c is PercentCandidate => c !== null);
}

/** Number of decimals a value was written with (0.1 → 1, 118 → 0), up to 10. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return 0;
  // A value whose shortest text has few decimals (every reported percent) is that text rounded
  // to 10 decimals: count them there, without rounding and reading it back.
  const few = fewDecimals(value);
  if (few > 0) return few;
  const s = Number(value.toFixed(10)).toString();
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * A reported % matches a computed one within the precision its author used: rounded or
 * truncated to the reported number of decimals (0–2), plus `tolerance` percentage points.
 * A value with more decimals (a formula result) must agree to 0.005.
 */
export function percentMatches(reported: number, computed: number, tolerance = 0): boolean {
  const d = decimalsOf(reported);
  if (d > 2) return Math.abs(reported - computed) <= 0.005 + tolerance + EPSILON;
  const f = 10 ** d;
  const rounded = Math.round(computed * f) / f;
  const truncated = Math.trunc(computed * f + EPSILON * Math.max(1, Math.abs(computed * f))) / f;
  return Math.min(Math.abs(reported - rounded), Math.abs(reported - truncated)) <= tolerance + EPSILON;
}

/** The reported values to try: the value, and ×100 for a plain numeric cell holding a fraction (0,9286). */
export function reportedPercentValues(ind: EvaluatedIndicator): number[] {
  return percentValuesOf(ind.reported.percentParsed);
}

function percentValuesOf(p: ParsedNumber): number[] {
  if (!p.ok) return [];
  const values = [p.value];
  if (!p.isPercent && !p.fromText && Math.abs(p.value) <= 2 && p.value !== 0) {
    values.push(Number((p.value * 100).toFixed(10)));
  }
  return values;
}

/**
 * The common case of `reportedPercentAccepted` without building the lists: one level (not a
 * range) and the reported value as read agreeing with it. False means "look closer", not "no".
 */
export function reportedPercentAgreesPlainly(ind: EvaluatedIndicator, tolerance = 0): boolean {
  return agreesPlainly(
    ind.reported.percentParsed,
    ind.actual.value,
    ind.status,
    ind.target,
    ind.polarity.polarity,
    tolerance,
  );
}

function agreesPlainly(
  p: ParsedNumber,
  a: number | null,
  status: Status,
  t: Target,
  polarity: Polarity,
  tolerance: number,
): boolean {
  if (!p.ok || a === null || status === "unassessed") return false;
  if (t.kind === "range" && t.min !== undefined && t.max !== undefined) return false;
  const level = t.kind === "fraction" ? (t.numerator ?? t.value) : t.value;
  if (level === undefined) return false;
  const value = percentOf(a, level, polarity);
  return value !== null && percentMatches(p.value, value, tolerance);
}

/** Whether the reported % agrees with a computed one; null when there is nothing to compare. */
export function reportedPercentAccepted(ind: EvaluatedIndicator, tolerance = 0): boolean | null {
  return percentAcceptedFor(
    ind.reported.percentParsed,
    ind.actual.value,
    ind.status,
    ind.target,
    ind.polarity.polarity,
    tolerance,
  );
}

/** reportedPercentAccepted over the fields it reads (the other convention's reading has no indicator). */
function percentAcceptedFor(
  percentParsed: ParsedNumber,
  actual: number | null,
  status: Status,
  target: Target,
  polarity: Polarity,
  tolerance: number,
): boolean | null {
  if (agreesPlainly(percentParsed, actual, status, target, polarity, tolerance)) return true;
  const reported = percentValuesOf(percentParsed);
  const candidates = candidatesFor(actual, status, target, polarity);
  if (reported.length === 0 || candidates.length === 0) return null;
  return reported.some((r) => candidates.some((c) => percentMatches(r, c.value, tolerance)));
}
