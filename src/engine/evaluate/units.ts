/**
 * An evaluated table's indicators (TT): each row with its sub-rows, and their worst statuses.
 * An indicator with sub-rows takes the worst status of its assessed sub-rows
 * (missed < achieved < exceeded).
 */
import type { EvaluatedIndicator, Status } from "../types";

/** One indicator (TT): its first row and its sub-rows. */
export interface IndicatorUnit {
  code: string;
  group: string | null;
  name: string;
  /** Row of the indicator's first row. */
  row: number;
  /**
   * Its rows are the table's indicators [first, end): indexes rather than a list of its own,
   * which a long table would make once per indicator.
   */
  first: number;
  end: number;
  /** Worst computed status of the assessed rows. */
  computed: Status;
  /** Worst status of the labels the table reports. */
  reported: Status;
}

const RANK: Record<Exclude<Status, "unassessed">, number> = { missed: 0, achieved: 1, exceeded: 2 };

/** Worst assessed status (missed < achieved < exceeded); unassessed when none is assessed. */
export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = "unassessed";
  for (const s of statuses) {
    if (s === "unassessed") continue;
    if (worst === "unassessed" || RANK[s] < RANK[worst]) worst = s;
  }
  return worst;
}

/** The worse of a running worst status and the next one (worstStatus, one step at a time). */
function worse(worst: Status, s: Status): Status {
  if (s === "unassessed" || s === worst || worst === "missed") return worst;
  // s ranks below worst only when s is "missed", or s is "achieved" and worst "exceeded".
  return worst === "unassessed" || s === "missed" || worst === "exceeded" ? s : worst;
}

export function reportedStatus(indicator: EvaluatedIndicator): Status {
  return indicator.reported.status?.status ?? "unassessed";
}

/** The computed statuses of an indicator's rows after its first (its sub-rows). */
export function subRowStatuses(indicators: readonly EvaluatedIndicator[], unit: IndicatorUnit): Status[] {
  const statuses: Status[] = [];
  for (let k = unit.first + 1; k < unit.end; k++) statuses.push(indicators[k].status);
  return statuses;
}

/** A row starts a new indicator unless it is a sub-row of the indicator before it. */
function startsUnit(indicators: readonly EvaluatedIndicator[], kInd: number): boolean {
  const ind = indicators[kInd];
  return kInd === 0 || !ind.isSubRow || ind.code !== indicators[kInd - 1].code;
}

/** How many indicators indicatorUnits makes (a sub-row's code is its indicator's). */
function countUnits(indicators: readonly EvaluatedIndicator[]): number {
  let n = 0;
  for (let kInd = 0; kInd < indicators.length; kInd++) if (startsUnit(indicators, kInd)) n++;
  return n;
}

/** Rows grouped into indicators: a row that is not a sub-row starts a new indicator. */
export function indicatorUnits(indicators: readonly EvaluatedIndicator[]): IndicatorUnit[] {
  // Made at its final length: a long table would otherwise copy the list as it grows.
  const units = new Array<IndicatorUnit>(countUnits(indicators));
  let kUnit = 0;
  let current: IndicatorUnit | undefined;
  // One pass: each row's statuses fold into its unit's worst as the row is reached.
  for (let kInd = 0, indList = indicators; kInd < indList.length; kInd++) {
    const ind = indList[kInd];
    if (startsUnit(indList, kInd)) {
      current = {
        code: ind.code,
        group: ind.group,
        name: ind.name,
        row: ind.row,
        first: kInd,
        end: kInd + 1,
        // The worst status of one row is the row's own.
        computed: ind.status,
        reported: reportedStatus(ind),
      };
      units[kUnit++] = current;
    } else if (current) {
      current.end = kInd + 1;
      current.computed = worse(current.computed, ind.status);
      current.reported = worse(current.reported, reportedStatus(ind));
    }
  }
  return units;
}
