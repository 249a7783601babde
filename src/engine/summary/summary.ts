/**
 * Counts per row and per indicator (TT), computed and reported, per group and in total,
 * and the summary sentence in the style of the political reports.
 *
 * An indicator with sub-rows takes the worst status of its assessed sub-rows
 * (missed < achieved < exceeded); narrative counts are per indicator.
 */
import { message, type EngineMessage } from "../messages";
import { countStatus as count, emptyCounts, firstAfter, groupRanges } from "../evaluate/tally";
import { indicatorUnits, reportedStatus, type IndicatorUnit } from "../evaluate/units";
import type { CountPair, Counts, EvaluatedIndicator, GroupRow, GroupSummary, Summary } from "../types";

/** Counts per row and per indicator, computed and reported, of the indicators units[start, end). */
function countPairs(
  indicators: readonly EvaluatedIndicator[],
  units: readonly IndicatorUnit[],
  start: number,
  end: number,
) {
  const computed: CountPair = { rows: emptyCounts(), indicators: emptyCounts() };
  const reported: CountPair = { rows: emptyCounts(), indicators: emptyCounts() };
  for (let kUnit = start; kUnit < end; kUnit++) {
    const unit = units[kUnit];
    count(computed.indicators, unit.computed);
    count(reported.indicators, unit.reported);
    if (unit.end - unit.first === 1) {
      // A lone row's statuses are its indicator's.
      count(computed.rows, unit.computed);
      count(reported.rows, unit.reported);
      continue;
    }
    for (let kInd = unit.first; kInd < unit.end; kInd++) {
      const row = indicators[kInd];
      count(computed.rows, row.status);
      count(reported.rows, reportedStatus(row));
    }
  }
  return { computed, reported };
}

/**
 * "Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, …; 19/23 chỉ tiêu đạt và vượt (82,6%)." as a message:
 * the counts are its data, the catalog words the three cases (no indicator, none assessed, some).
 */
export function summarySentence(c: Counts): EngineMessage {
  return message("summary/sentence", c);
}

/**
 * The table's summary from its evaluated rows and its group rows. `units`: the rows grouped
 * per indicator, when the caller has them already.
 */
export function summarise(
  indicators: readonly EvaluatedIndicator[],
  groups: readonly GroupRow[],
  units: readonly IndicatorUnit[] = indicatorUnits(indicators),
): Summary {
  // Every row belongs to exactly one unit, so the units' rows are the table's rows.
  const total = countPairs(indicators, units, 0, units.length);
  const groupSummaries: GroupSummary[] = groupRanges(groups, units).map(({ group, start, end }) => {
    const pair = countPairs(indicators, units, start, end);
    return { code: group.code, title: group.title, computed: pair.computed, reported: pair.reported };
  });
  // Indicators above the first group row (or a table without groups) get an untitled group
  // only when groups exist, so that the per-group counts add up to the total. Units are in
  // row order: those above the first group row come first.
  if (groups.length > 0) {
    const looseEnd = firstAfter(units, groups[0].row - 1);
    if (looseEnd > 0) {
      const loose = countPairs(indicators, units, 0, looseEnd);
      groupSummaries.unshift({ code: null, title: "", computed: loose.computed, reported: loose.reported });
    }
  }
  return {
    computed: total.computed,
    reported: total.reported,
    groups: groupSummaries,
    missed: missedIndicators(indicators, units),
    sentence: summarySentence(total.computed.indicators),
  };
}

/**
 * The indicators computed as missed, for the summary's list, each by the rows that missed: a
 * TT whose sub-row failed is listed at that sub-row, not at its first (maybe met) row.
 */
function missedIndicators(
  indicators: readonly EvaluatedIndicator[],
  units: readonly IndicatorUnit[],
): Summary["missed"] {
  const missed: Summary["missed"] = [];
  for (let kUnit = 0; kUnit < units.length; kUnit++) {
    const u = units[kUnit];
    if (u.computed !== "missed") continue;
    for (let k = u.first; k < u.end; k++) {
      const ind = indicators[k];
      if (ind.status !== "missed") continue;
      if (ind.row === u.row) missed.push({ code: u.code, name: u.name, row: u.row });
      else missed.push({ code: u.code, name: ind.name, row: ind.row, indicator: u.name });
    }
  }
  return missed;
}
