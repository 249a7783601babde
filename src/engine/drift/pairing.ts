/**
 * Which table of the submission the text's targets were typed into. A table is the text's only
 * when enough of its items match by number and name and most of the figures compared agree; a
 * table of another term (the past term's results beside a report's new targets) matches names
 * but not figures, and is none of the text's.
 */
import type { SubmissionSheet } from "../types";
import type { ExtractedTarget } from "../resolution";
import { compareTargets, type Comparison } from "./compare";
import { matchTable, type TableMatching } from "./match";

export interface PairedTable {
  sheet: SubmissionSheet;
  tableIndex: number;
  matching: TableMatching;
  /** Each pair's comparison, in the order of `matching.pairs`. */
  comparisons: Comparison[];
}

/** Share of the text's items a table must hold, by number and name, to be its table. */
const ITEMS_HELD = 0.3;
/** Share of compared figures that must agree: drift is the exception, not the rule. */
const FIGURES_AGREEING = 0.5;

const TERM = /\b(20\d\d)\s*[-–—]\s*(20\d\d)\b/g;

/** The terms ("2025-2030") a text names; the newest is the one its targets are for. */
export function termsIn(text: string): string[] {
  return [...text.matchAll(TERM)].map((m) => `${m[1]}-${m[2]}`);
}

function newest(terms: readonly string[]): string | null {
  return terms.length === 0 ? null : [...terms].sort().at(-1)!;
}

function tableTerms(sheet: SubmissionSheet, tableIndex: number): string[] {
  const title = sheet.report.tables[tableIndex].table.title ?? "";
  return termsIn(`${sheet.sheet} ${sheet.caption ?? ""} ${title}`);
}

function comparisonsOf(matching: TableMatching): Comparison[] {
  return matching.pairs.map(({ target, indicator }) =>
    compareTargets(target.target, target.unit, indicator.target, indicator.unit),
  );
}

/** An item of the text: its group and its number (or its place, when the text numbers none). */
function itemKey(target: ExtractedTarget): string {
  return `${target.group}|${target.code || target.item}`;
}

/** The text's target table among the submission's, or null when none is clearly it. */
export function pairTable(
  targets: readonly ExtractedTarget[],
  sheets: readonly SubmissionSheet[],
  textTerms: readonly string[],
): PairedTable | null {
  const items = new Set(targets.map(itemKey)).size;
  const term = newest(textTerms);
  let best: PairedTable | null = null;
  for (const sheet of sheets) {
    for (const [tableIndex, table] of sheet.report.tables.entries()) {
      const own = tableTerms(sheet, tableIndex);
      if (term !== null && own.length > 0 && !own.includes(term)) continue;
      const matching = matchTable(targets, table);
      const pairedItems = new Set(matching.pairs.map((p) => itemKey(p.target))).size;
      if (pairedItems < Math.max(2, Math.ceil(ITEMS_HELD * items))) continue;
      const comparisons = comparisonsOf(matching);
      const compared = comparisons.filter((c) => c.kind !== "incomparable").length;
      const agreeing = comparisons.filter((c) => c.kind === "agree").length;
      if (compared > 0 && agreeing < FIGURES_AGREEING * compared) continue;
      if (!best || matching.pairs.length > best.matching.pairs.length)
        best = { sheet, tableIndex, matching, comparisons };
    }
  }
  return best;
}
