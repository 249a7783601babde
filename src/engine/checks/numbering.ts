/** TT numbering shared by duplicate-code and numbering-gap. */
import { fold } from "../text/fold";
import type { IndicatorUnit } from "../evaluate/units";

/** Digits only, no leading zero, short enough to be exact ("12", not "012"): already normal. */
export function isCanonicalNumber(code: string): boolean {
  const n = code.length;
  if (n === 0 || n > 15 || (n > 1 && code.charCodeAt(0) === 0x30)) return false;
  for (let k = 0; k < n; k++) {
    const ch = code.charCodeAt(k);
    if (ch < 0x30 || ch > 0x39) return false;
  }
  return true;
}

/** "01." → "1", "2.1" → "2.1", "a)" → "a". */
export function normaliseCode(code: string): string {
  if (isCanonicalNumber(code)) return code;
  const c = code.trim().replace(/[.)]+$/, "");
  if (/^\d+$/.test(c)) return String(Number(c));
  if (/^\d+(\.\d+)*$/.test(c))
    return c
      .split(".")
      .map((p) => String(Number(p)))
      .join(".");
  return fold(c);
}

/** Numeric parts of a code ("2.1" → [2, 1]), or null for letters and anything else. */
export function codeParts(code: string): number[] | null {
  if (isCanonicalNumber(code)) return [Number(code)];
  const c = normaliseCode(code);
  return /^\d+(\.\d+)*$/.test(c) ? c.split(".").map(Number) : null;
}

/**
 * Indicators (TT units) split into numbering scopes: the whole table when numbering runs on
 * across the groups, one scope per group when it starts again at 1 in a later group.
 */
export function numberingScopes(all: readonly IndicatorUnit[]): Array<readonly IndicatorUnit[]> {
  const units = numberedUnits(all);
  // Numbering restarts when a run of indicators of one group, after the first run, starts at 1.
  let restarts = false;
  for (let kUnit = 1; kUnit < units.length && !restarts; kUnit++)
    restarts = units[kUnit].group !== units[kUnit - 1].group && normaliseCode(units[kUnit].code) === "1";
  return restarts ? groupRuns(units) : [units];
}

/**
 * The units that have a TT. Usually every unit has one: the units are then used as they are,
 * rather than copied. A loop rather than filter(): no closure call per unit of a long table.
 */
function numberedUnits(all: readonly IndicatorUnit[]): readonly IndicatorUnit[] {
  let kFirstBlank = 0;
  while (kFirstBlank < all.length && all[kFirstBlank].code.trim() !== "") kFirstBlank++;
  if (kFirstBlank === all.length) return all;
  const units = all.slice(0, kFirstBlank);
  for (let kUnit = kFirstBlank + 1; kUnit < all.length; kUnit++)
    if (all[kUnit].code.trim() !== "") units.push(all[kUnit]);
  return units;
}

/** Runs of consecutive indicators of the same group. */
function groupRuns(units: readonly IndicatorUnit[]): IndicatorUnit[][] {
  const runs: IndicatorUnit[][] = [];
  for (let kUnit = 0, unitList = units; kUnit < unitList.length; kUnit++) {
    const unit = unitList[kUnit];
    const last = runs[runs.length - 1];
    if (last && last[0].group === unit.group) last.push(unit);
    else runs.push([unit]);
  }
  return runs;
}
