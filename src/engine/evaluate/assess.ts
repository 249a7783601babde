/**
 * A row's status and percent of target from its target, actual and polarity (guide §6), or the
 * reason it cannot be assessed.
 */
import { constantMessage, message, type CellShown, type EngineMessage } from "../messages";
import { numberText } from "../text/number-text";
import type { EvaluatedIndicator, Polarity, ReportedLabel, Status, Target } from "../types";
import { EPSILON, percentOf } from "./percent";

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}
/**
 * The outcome fields assess writes: the indicator's own (an EvaluatedIndicator is one), so a
 * row's outcome needs no object of its own, or the other convention's reading.
 */
export interface Assessment {
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
const ACTUAL_DATE = constantMessage("status/actual-date");

/**
 * The actual as a reason names it: a number cell whose text is only its value written as
 * JavaScript does ("95.5") by its number, for the catalog to write in the reader's style.
 */
function shownActual(actual: EvaluatedIndicator["actual"]): CellShown {
  const p = actual.parsed;
  if (!p.ok || p.fromText || p.isPercent || actual.value === null) return actual.text;
  return actual.text === numberText(actual.value) ? { number: actual.value, percent: false } : actual.text;
}

function actualProblem(actual: EvaluatedIndicator["actual"]): EngineMessage {
  const p = actual.parsed;
  if (!p.ok && p.reason === "empty") return NO_ACTUAL;
  if (!p.ok && p.reason === "error") return message("status/actual-error", { actual: actual.text });
  if (!p.ok && p.reason === "date") return ACTUAL_DATE;
  return message("status/actual-unreadable", { actual: actual.text });
}

/** Write the percent and status (and a reason when there is one) into `out`. */
export function assess(
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
      return unassessed(out, message("status/qualitative-unclear", { actual: shownActual(actual) }));
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
