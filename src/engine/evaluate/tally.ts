/**
 * Tallies of indicators' statuses, and the indicators each group row covers: what the summary
 * counts and what the count checks compare a statement against.
 */
import type { Counts, GroupRow, Status } from "../types";
import type { IndicatorUnit } from "./units";

export function emptyCounts(): Counts {
  return { total: 0, exceeded: 0, achieved: 0, missed: 0, unassessed: 0 };
}

/** Add one status to the counts (each field by name: a keyed increment per row is slow). */
export function countStatus(counts: Counts, s: Status): void {
  counts.total++;
  if (s === "exceeded") counts.exceeded++;
  else if (s === "achieved") counts.achieved++;
  else if (s === "missed") counts.missed++;
  else counts.unassessed++;
}

/** Counts of the indicators' computed or reported statuses . */
export function countIndicators(units: readonly IndicatorUnit[], side: "computed" | "reported"): Counts {
  const counts = emptyCounts();
  for (let kUnit = 0; kUnit < units.length; kUnit++) countStatus(counts, units[kUnit][side]);
  return counts;
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
 * Each group row with the indicators it covers, as index ranges [start, end) of the units: from
 * its row to the next group row of the same or an outer level (nested groups count in their parents).
 */
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
export function firstAfter(units: readonly IndicatorUnit[], row: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].row > row) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
