/**
 * Percent of target (guide §6): the computed candidates (one per bound of a range) and whether
 * a reported % agrees with one, within the precision its author used.
 */
import { constantMessage, type EngineMessage } from "../messages";
import { fewDecimals } from "../text/number-text";
import type { EvaluatedIndicator, ParsedNumber, Polarity, Status, Target } from "../types";

export const EPSILON = 1e-9;

/** higher-better: actual / level × 100; lower-better: level / actual × 100; null when it has no meaning. */
export function percentOf(actual: number, level: number, polarity: Polarity): number | null {
  if (polarity === "higher") return level === 0 ? null : (actual / level) * 100;
  return actual === 0 || level === 0 ? null : (level / actual) * 100;
}

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

/** The reported values to try: the value, and ×100 for a number cell (not "%"-formatted) holding a fraction (0,9286). */
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
export function percentAcceptedFor(
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
