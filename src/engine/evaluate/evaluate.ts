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
import { cellText, isBlankText } from "../grid";
import { parseStatusLabel } from "../parse/labels";
import { parseCellNumber } from "../parse/numbers";
import { readName, type NameReading } from "../parse/polarity";
import type { EvaluatedIndicator, IndicatorRow, NumberConvention, ParsedNumber, Polarity } from "../types";
import { assess } from "./assess";
import { changedRoles, mayBeAmbiguous, otherReading, sameTarget } from "./other-reading";
import { percentAcceptedFor, reportedPercentAccepted } from "./percent";
import { decidePolarity } from "./polarity-choice";
import { parseActual, parseTargetCell } from "./row-cells";

export interface EvaluateOptions {
  convention: NumberConvention;
  /** 1-based row → polarity chosen by the user. */
  polarityOverrides?: Record<number, Polarity>;
  /** Percentage points of slack when accepting a reported % (default 0). */
  tolerance?: number;
  /** The table has no actual column (targets for a new term). */
  targetOnly?: boolean;
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
  const tolerance = options.tolerance ?? 0;
  const otherAccepted = percentAcceptedFor(
    other.percentParsed,
    other.actual.value,
    status,
    other.target,
    other.polarity,
    tolerance,
  );
  evaluated.ambiguity = { convention, roles, status, percent, percentAccepted: otherAccepted };
  const hereAccepted = otherAccepted === null ? null : reportedPercentAccepted(evaluated, tolerance);
  if (hereAccepted === true && otherAccepted === false) {
    // The row's own % reproduces only the sheet's reading: nothing is left open.
    evaluated.ambiguity.settledByPercent = true;
  } else if (
    hereAccepted === false &&
    otherAccepted === true &&
    other.polarity === evaluated.polarity.polarity
  ) {
    // Only the other reading reproduces the row's own %: the row is read that way, and no
    // finding is built on the reading it contradicts.
    adoptOtherReading(evaluated, other, options.convention, otherPercent, options.targetOnly === true);
  }
  return evaluated;
}

/**
 * Re-read a row in the other convention, keeping in `ambiguity` what the sheet's convention
 * gave (so the note can say what was set aside and why).
 */
function adoptOtherReading(
  evaluated: EvaluatedIndicator,
  other: ReturnType<typeof otherReading>,
  sheetConvention: NumberConvention,
  otherPercent: number | null,
  targetOnly: boolean,
): void {
  const setAside = { status: evaluated.status, percent: evaluated.percent };
  evaluated.target = other.target;
  evaluated.actual = other.actual;
  evaluated.reported.percentParsed = other.percentParsed;
  evaluated.reported.percent = otherPercent;
  delete evaluated.statusReason;
  delete evaluated.boundary;
  assess(evaluated, other.target, other.actual, other.polarity, targetOnly);
  evaluated.ambiguity = {
    convention: sheetConvention,
    roles: evaluated.ambiguity?.roles ?? [],
    status: setAside.status,
    percent: setAside.percent,
    percentAccepted: false,
    settledByPercent: true,
  };
}
