/**
 * Tying the text's targets to a table's rows: item "(n)" to TT n (within its group when the
 * table numbers each group from 1), confirmed by the name; an item's several targets to the
 * rows of that TT by closest name. A name that agrees under another number is only a weak
 * match, and weak matches are never compared.
 */
import { nameWords, wordsSimilarity } from "../text/name-similarity";
import type { ExtractedTarget } from "../resolution";
import type { TargetUnmatched } from "../messages";
import type { EvaluatedIndicator, TableReport } from "../types";

/** Enough shared words for two names to be one indicator. */
const SAME_NAME = 0.5;
/** Under another number, only near-identical names count (and only as a weak match). */
const SAME_NAME_ELSEWHERE = 0.8;
/** A word in more rows than this is too common to find a renumbered row by. */
const TELLING_WORD_ROWS = 32;

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

/** Whether an item's number repeats under another group (a list numbered from 1 in each group). */
function numbersRepeat<T>(
  items: readonly T[],
  code: (x: T) => string,
  group: (x: T) => string | null,
): boolean {
  const seen = new Map<string, string>();
  for (const x of items) {
    const c = normalCode(code(x));
    if (c === "") continue;
    const g = group(x) ?? "";
    const before = seen.get(c);
    if (before !== undefined && before !== g) return true;
    seen.set(c, g);
  }
  return false;
}

/** An item's place: its number, after its group's order when numbers repeat. */
function keyer<T>(
  items: readonly T[],
  code: (x: T) => string,
  group: (x: T) => string | null,
  prefixed: boolean,
) {
  const order = new Map<string, number>();
  for (const x of items) {
    const g = group(x) ?? "";
    if (!order.has(g)) order.set(g, order.size);
  }
  return (x: T) => (prefixed ? `${order.get(group(x) ?? "")}:` : "") + normalCode(code(x));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A row that sets a target (a heading row above its sub-rows sets none). */
function hasTarget(indicator: EvaluatedIndicator): boolean {
  return indicator.target.kind !== "none";
}

/** Rows by the words of their names, to find the rows a name may be without comparing it with all. */
function wordIndex(
  rows: readonly EvaluatedIndicator[],
  words: (r: EvaluatedIndicator) => ReadonlySet<string>,
) {
  const index = new Map<string, EvaluatedIndicator[]>();
  for (const row of rows) for (const w of words(row)) push(index, w, row);
  return index;
}

export function matchTable(targets: readonly ExtractedTarget[], table: TableReport): TableMatching {
  const rows = table.indicators;
  const wordsCache = new Map<ExtractedTarget | EvaluatedIndicator, ReadonlySet<string>>();
  const words = (x: ExtractedTarget | EvaluatedIndicator) => {
    let w = wordsCache.get(x);
    if (!w) wordsCache.set(x, (w = nameWords(x.name)));
    return w;
  };
  const similarity = (t: ExtractedTarget, r: EvaluatedIndicator) => wordsSimilarity(words(t), words(r));
  // The parts of one item share its number; another item with that number repeats it.
  const textRepeats = numbersRepeat(
    targets,
    (t) => t.code,
    (t) => String(t.item),
  );
  const rowsRepeat = numbersRepeat(
    rows,
    (r) => r.code,
    (r) => r.group,
  );
  // A list numbered in each group, typed as one run of TT (as a generated table is): the TT is
  // the item's place in the whole list.
  const textKey =
    textRepeats && !rowsRepeat
      ? (t: ExtractedTarget) => String(t.item)
      : keyer(
          targets,
          (t) => t.code || String(t.item),
          (t) => t.group,
          textRepeats && rowsRepeat,
        );
  const rowKey = keyer(
    rows,
    (r) => r.code,
    (r) => r.group,
    textRepeats && rowsRepeat,
  );
  const rowsByKey = new Map<string, EvaluatedIndicator[]>();
  for (const row of rows) push(rowsByKey, rowKey(row), row);
  const used = new Set<EvaluatedIndicator>();
  const pairs: Pair[] = [];
  const unpaired: Unpaired[] = [];

  const byItem = new Map<string, ExtractedTarget[]>();
  for (const t of targets) push(byItem, textKey(t), t);

  const leftover: Array<{ key: string; target: ExtractedTarget }> = [];
  for (const [key, parts] of byItem) {
    // A heading row above its sub-rows sets no target: it is no target's row.
    const candidates = (rowsByKey.get(key) ?? []).filter(hasTarget);
    // Closest names first, each row and each target taken once.
    const scored = parts
      .flatMap((target) => candidates.map((row) => ({ target, row, score: similarity(target, row) })))
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
  const index = wordIndex(rows.filter(hasTarget), words);
  const placed = new Set<ExtractedTarget>();
  for (const { target } of leftover) {
    // Only words few rows share tell rows apart; a name of common words alone has no clear match.
    const telling = [...words(target)]
      .map((w) => index.get(w) ?? [])
      .filter((r) => r.length <= TELLING_WORD_ROWS);
    const sharing = new Set(telling.flat());
    const best = [...sharing]
      .filter((r) => !used.has(r))
      .map((row) => ({ row, score: similarity(target, row) }))
      .filter((x) => x.score >= SAME_NAME_ELSEWHERE)
      .sort((a, b) => b.score - a.score);
    const clear = best.length > 0 && (best.length === 1 || best[1].score < best[0].score);
    if (clear && rowKey(best[0].row) !== textKey(target)) {
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
