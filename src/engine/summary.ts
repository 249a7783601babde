/**
 * Counts per row and per indicator (TT), computed and reported, per group and in total,
 * and the summary sentence in the style of the political reports.
 *
 * An indicator with sub-rows takes the worst status of its assessed sub-rows
 * (missed < achieved < exceeded); narrative counts are per indicator.
 */
import { formatNumber } from "./numbers";
import type {
  CountPair,
  Counts,
  EvaluatedIndicator,
  GroupRow,
  GroupSummary,
  LocalizedText,
  Status,
  Summary,
} from "./types";

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

export function emptyCounts(): Counts {
  return { total: 0, exceeded: 0, achieved: 0, missed: 0, unassessed: 0 };
}

/** Add one status to the counts (each field by name: a keyed increment per row is slow). */
function count(counts: Counts, s: Status): void {
  counts.total++;
  if (s === "exceeded") counts.exceeded++;
  else if (s === "achieved") counts.achieved++;
  else if (s === "missed") counts.missed++;
  else counts.unassessed++;
}

export function countStatuses(statuses: Iterable<Status>): Counts {
  const counts = emptyCounts();
  for (const s of statuses) count(counts, s);
  return counts;
}

/** Counts of the indicators' computed or reported statuses (countStatuses without the list). */
export function countIndicators(units: readonly IndicatorUnit[], side: "computed" | "reported"): Counts {
  const counts = emptyCounts();
  for (let kUnit = 0; kUnit < units.length; kUnit++) count(counts, units[kUnit][side]);
  return counts;
}

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
 * Nesting level of each group row, by the order in which code styles first appear:
 * in "I … a) … b) … II" the Roman numerals are level 0 and the letters level 1.
 */
function groupLevels(groups: readonly GroupRow[]): number[] {
  const styles: string[] = [];
  return groups.map((g) => {
    const style = codeStyle(g.code);
    let level = styles.indexOf(style);
    if (level < 0) {
      styles.push(style);
      level = styles.length - 1;
    }
    return level;
  });
}

/** Style of a group code, by a scan of its characters (group codes are short; no pattern is built). */
function codeStyle(code: string): string {
  const c = code.trim();
  // The code without its trailing "." and ")": c[0, end).
  let end = c.length;
  while (end > 0 && (c[end - 1] === "." || c[end - 1] === ")")) end--;
  if (end === 0) return "other";
  if (allOf(c, end, "IVXLC")) return "roman";
  if (end === 1) {
    const ch = c[0];
    if (ch >= "A" && ch <= "Z") return "upper";
    if ((ch >= "a" && ch <= "z") || ch === "đ") return "lower";
  }
  return allOf(c, end, "0123456789") ? "digit" : "other";
}

/** Every one of the first `end` characters of `text` is one of `chars`. */
function allOf(text: string, end: number, chars: string): boolean {
  for (let k = 0; k < end; k++) if (!chars.includes(text[k])) return false;
  return true;
}

/**
 * Each group row with the indicators it covers: from its row to the next group row
 * of the same or an outer level (nested groups count in their parents).
 */
export function groupScopes(
  groups: readonly GroupRow[],
  units: readonly IndicatorUnit[],
): Array<{ group: GroupRow; units: IndicatorUnit[] }> {
  return groupRanges(groups, units).map(({ group, start, end }) => ({
    group,
    units: units.slice(start, end),
  }));
}

/** groupScopes as index ranges [start, end) of the units, for counting without copying them. */
export function groupRanges(
  groups: readonly GroupRow[],
  units: readonly IndicatorUnit[],
): Array<{ group: GroupRow; start: number; end: number }> {
  const levels = groupLevels(groups);
  return groups.map((group, i) => {
    let end = Infinity;
    for (let j = i + 1; j < groups.length; j++) {
      if (levels[j] <= levels[i]) {
        end = groups[j].row;
        break;
      }
    }
    return { group, start: firstAfter(units, group.row), end: firstAfter(units, end - 1) };
  });
}

/** Index of the first unit whose row is greater than `row` (units are in row order). */
function firstAfter(units: readonly IndicatorUnit[], row: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].row > row) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
