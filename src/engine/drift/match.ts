/**
 * Tying the text's targets to a table's rows: item "(n)" to TT n (within its group when the
 * table numbers each group from 1), confirmed by the name; an item's several targets to the
 * rows of that TT by closest name. A name that agrees under another number is only a weak
 * match, and weak matches are never compared.
 */
import { nameSimilarity } from "../text/name-similarity";
import type { ExtractedTarget } from "../resolution";
import type { TargetUnmatched } from "../messages";
import type { EvaluatedIndicator, TableReport } from "../types";

/** Enough shared words for two names to be one indicator. */
const SAME_NAME = 0.5;
/** Under another number, only near-identical names count (and only as a weak match). */
const SAME_NAME_ELSEWHERE = 0.8;

export interface Pair {
  target: ExtractedTarget;
  indicator: EvaluatedIndicator;
}

export interface Unpaired {
  target: ExtractedTarget;
  reason: TargetUnmatched | "no-row";
  /** The row it may be (a weak match). */
  indicator?: EvaluatedIndicator;
}

export interface TableMatching {
  pairs: Pair[];
  unpaired: Unpaired[];
  /** Rows with a target of their own that no text target speaks of. */
  extra: EvaluatedIndicator[];
}

function normalCode(code: string): string {
  return code
    .replace(/[().\s]+$/g, "")
    .replace(/^[(\s]+/, "")
    .replace(/^0+(?=\d)/, "");
}

/** Keys that place an item: its number, prefixed by its group's order when numbers repeat. */
function keyer<T>(items: readonly T[], code: (x: T) => string, group: (x: T) => string | null) {
  const groups: string[] = [];
  const seen = new Map<string, string>();
  let repeats = false;
  for (const x of items) {
    const g = group(x) ?? "";
    if (!groups.includes(g)) groups.push(g);
    const c = normalCode(code(x));
    if (c === "") continue;
    const before = seen.get(c);
    if (before !== undefined && before !== g) repeats = true;
    seen.set(c, g);
  }
  return (x: T) => (repeats ? `${groups.indexOf(group(x) ?? "")}:` : "") + normalCode(code(x));
}

/** A row that sets a target (a heading row above its sub-rows sets none). */
function hasTarget(indicator: EvaluatedIndicator): boolean {
  return indicator.target.kind !== "none";
}

export function matchTable(targets: readonly ExtractedTarget[], table: TableReport): TableMatching {
  const rows = table.indicators;
  const textKey = keyer(
    targets,
    (t) => t.code || String(t.item),
    (t) => t.group,
  );
  const rowKey = keyer(
    rows,
    (r) => r.code,
    (r) => r.group,
  );
  const rowsByKey = new Map<string, EvaluatedIndicator[]>();
  for (const row of rows) {
    const key = rowKey(row);
    rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
  }
  const used = new Set<EvaluatedIndicator>();
  const pairs: Pair[] = [];
  const unpaired: Unpaired[] = [];

  const byItem = new Map<string, ExtractedTarget[]>();
  for (const t of targets) byItem.set(textKey(t), [...(byItem.get(textKey(t)) ?? []), t]);

  const leftover: Array<{ key: string; target: ExtractedTarget }> = [];
  for (const [key, parts] of byItem) {
    // A heading row above its sub-rows sets no target: it is no target's row.
    const candidates = (rowsByKey.get(key) ?? []).filter(hasTarget);
    // Closest names first, each row and each target taken once.
    const scored = parts
      .flatMap((target) =>
        candidates.map((row) => ({ target, row, score: nameSimilarity(target.name, row.name) })),
      )
      .sort((a, b) => b.score - a.score);
    const paired = new Set<ExtractedTarget>();
    for (const { target, row, score } of scored) {
      if (score < SAME_NAME || paired.has(target) || used.has(row)) continue;
      paired.add(target);
      used.add(row);
      pairs.push({ target, indicator: row });
    }
    for (const target of parts) if (!paired.has(target)) leftover.push({ key, target });
  }

  // A target may stand under another number in a renumbered table: near-identical names only.
  const placed = new Set<ExtractedTarget>();
  for (const { target } of leftover) {
    const best = rows
      .filter((r) => !used.has(r) && hasTarget(r))
      .map((row) => ({ row, score: nameSimilarity(target.name, row.name) }))
      .filter((x) => x.score >= SAME_NAME_ELSEWHERE)
      .sort((a, b) => b.score - a.score);
    if (
      best.length > 0 &&
      (best.length === 1 || best[1].score < best[0].score) &&
      rowKey(best[0].row) !== textKey(target)
    ) {
      used.add(best[0].row);
      placed.add(target);
      unpaired.push({ target, reason: "renumbered", indicator: best[0].row });
    }
  }

  // The item's rows left over are its targets left over, in order, under other names: the
  // same place, not the same evidence.
  for (const { key, target } of leftover) {
    if (placed.has(target)) continue;
    const candidates = (rowsByKey.get(key) ?? []).filter(hasTarget);
    const row = candidates.find((r) => !used.has(r));
    if (row) {
      used.add(row);
      unpaired.push({ target, reason: "name-differs", indicator: row });
    } else unpaired.push({ target, reason: candidates.length > 0 ? "part-without-row" : "no-row" });
  }

  const extra = rows.filter((r) => !used.has(r) && hasTarget(r));
  return { pairs, unpaired, extra };
}
