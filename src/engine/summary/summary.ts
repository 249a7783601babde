/**
 * Counts per row and per indicator (TT), computed and reported, per group and in total,
 * and the summary sentence in the style of the political reports.
 *
 * An indicator with sub-rows takes the worst status of its assessed sub-rows
 * (missed < achieved < exceeded); narrative counts are per indicator.
 */
import { formatNumber } from "../parse/numbers";
import { countStatus as count, emptyCounts, firstAfter, groupRanges } from "../evaluate/tally";
import { indicatorUnits, reportedStatus, type IndicatorUnit } from "../evaluate/units";
import type {
  CountPair,
  Counts,
  EvaluatedIndicator,
  GroupRow,
  GroupSummary,
  LocalizedText,
  Summary,
} from "../types";

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

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, …; 19/23 chỉ tiêu đạt và vượt (82,6%)." */
export function summarySentence(c: Counts): LocalizedText {
  if (c.total === 0) {
    return { vi: "Không có chỉ tiêu nào trong bảng.", en: "The table holds no indicator." };
  }
  if (c.unassessed === c.total) {
    return {
      vi: `Tổng số ${pad2(c.total)} chỉ tiêu; chưa có chỉ tiêu nào đánh giá được.`,
      en: `Total ${c.total} indicators; none could be assessed.`,
    };
  }
  const good = c.exceeded + c.achieved;
  const share = (good / c.total) * 100;
  const viParts = [
    `${pad2(c.exceeded)} chỉ tiêu vượt`,
    `${pad2(c.achieved)} chỉ tiêu đạt`,
    `${pad2(c.missed)} chỉ tiêu không đạt`,
  ];
  const enParts = [`${c.exceeded} exceeded`, `${c.achieved} achieved`, `${c.missed} missed`];
  if (c.unassessed > 0) {
    viParts.push(`${pad2(c.unassessed)} chỉ tiêu chưa đánh giá được`);
    enParts.push(`${c.unassessed} not assessable`);
  }
  return {
    vi:
      `Tổng số ${pad2(c.total)} chỉ tiêu: ${viParts.join(", ")}; ` +
      `${good}/${c.total} chỉ tiêu đạt và vượt (${formatNumber(share, "vi", 1)}%).`,
    en:
      `Total ${c.total} indicators: ${enParts.join(", ")}; ` +
      `${good}/${c.total} indicators achieved or exceeded (${formatNumber(share, "en", 1)}%).`,
  };
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
    missed: missedIndicators(units),
    sentence: summarySentence(total.computed.indicators),
  };
}

/** The indicators computed as missed, for the summary's list (a loop: tables can be long). */
function missedIndicators(units: readonly IndicatorUnit[]): Summary["missed"] {
  const missed: Summary["missed"] = [];
  for (let kUnit = 0; kUnit < units.length; kUnit++) {
    const u = units[kUnit];
    if (u.computed === "missed") missed.push({ code: u.code, name: u.name, row: u.row });
  }
  return missed;
}
