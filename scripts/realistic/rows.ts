/** Small helpers for writing fixture rows, and the per-TT tally that statements are written from. */
import type { GroupRow, IndicatorRow, RowSpec, V } from "./build";
import type { Status } from "./truth";

const SHORT: Record<string, Status> = { V: "exceeded", D: "achieved", K: "missed", U: "unassessed" };

/**
 * One indicator row: `st` is V (vượt), D (đạt), K (không đạt) or U (unassessed).
 * `tt` is what the TT cell shows; `code` defaults to its digits.
 */
export function ind(
  tt: V | undefined,
  name: string,
  unit: string,
  target: V | undefined,
  actual: V | undefined,
  st: keyof typeof SHORT,
  more: Partial<IndicatorRow> = {},
): IndicatorRow {
  const code = more.code ?? (tt === undefined || tt === null ? "" : String(tt).replace(/[^\d.]/g, ""));
  return { tt, code, name, unit, target, actual, status: SHORT[st], ...more };
}

/** A sub-row of TT `code`: blank TT cell unless a marker ("-", "+", "a)") is given. */
export function sub(
  code: string,
  name: string,
  unit: string,
  target: V | undefined,
  actual: V | undefined,
  st: keyof typeof SHORT,
  more: Partial<IndicatorRow> = {},
): IndicatorRow {
  return { code, name, unit, target, actual, status: SHORT[st], ...more };
}

export function group(title: string, more: Partial<GroupRow> = {}): GroupRow {
  return { group: title, ...more };
}

export interface Tally {
  total: number;
  exceeded: number;
  achieved: number;
  missed: number;
}

const RANK: Record<Status, number> = { missed: 0, achieved: 1, exceeded: 2, unassessed: 3 };

/**
 * Counts per TT as a report states them (guide §6): an indicator takes the worst of its
 * assessed sub-rows, read from the status each row's label gives (`countAs` where a row's
 * truth is open). A TT with no assessed row counts in the total only.
 */
export function tally(rows: readonly RowSpec[], countAs: Record<number, Status> = {}): Tally {
  const worst = new Map<string, Status>();
  rows.forEach((r, i) => {
    if ("group" in r || r.heading) return;
    const st = countAs[i] ?? (Array.isArray(r.status) ? "unassessed" : r.status);
    const prev = worst.get(r.code);
    if (prev === undefined || RANK[st] < RANK[prev]) worst.set(r.code, st);
  });
  // A TT whose only rows are headings still counts.
  for (const r of rows)
    if (!("group" in r) && r.heading && !worst.has(r.code)) worst.set(r.code, "unassessed");
  const t: Tally = { total: worst.size, exceeded: 0, achieved: 0, missed: 0 };
  for (const st of worst.values()) if (st !== "unassessed") t[st]++;
  return t;
}

export function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
