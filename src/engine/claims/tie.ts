/**
 * Tying a result claim to a row: the item "(n)" is TT n of the section's table, confirmed by
 * the name (diacritics folded, word overlap); a sub-indicator of the item is the sub-row whose
 * name is closest. Without enough evidence the claim stays unmatched.
 */
import { nameSimilarity } from "../text/name-similarity";
import type { EvaluatedIndicator, TableReport } from "../types";
import type { ResultClaim, SubmissionSheet, UnmatchedReason } from "./types";

export interface TiedRow {
  sheet: SubmissionSheet;
  tableIndex: number;
  indicator: EvaluatedIndicator;
}

const ENOUGH = 0.5;

/** A percent in the text against a count in the table (or the reverse) is another quantity. */
export function unitsCompatible(textUnit: string, tableUnit: string): boolean {
  return textUnit.includes("%") === tableUnit.includes("%") || tableUnit.trim() === "";
}

function normalCode(code: string): string {
  return code.replace(/[().\s]+$/g, "").replace(/^0+(?=\d)/, "");
}

/** The rows of TT `code` in a table: the first row, then its sub-rows. */
function rowsOf(table: TableReport, code: string): EvaluatedIndicator[] {
  const at = table.indicators.findIndex((i) => !i.isSubRow && normalCode(i.code) === code);
  if (at < 0) return [];
  const rows = [table.indicators[at]];
  for (let i = at + 1; i < table.indicators.length && table.indicators[i].isSubRow; i++)
    rows.push(table.indicators[i]);
  return rows;
}

/** The row a claim speaks of, or why there is none. */
export function tieResult(
  claim: ResultClaim,
  sheet: SubmissionSheet,
  partsInItem: number,
): TiedRow | { unmatched: UnmatchedReason } {
  if (claim.code === undefined) return { unmatched: "no-item-number" };
  const textUnit = claim.actual?.unit ?? claim.target?.unit;
  const code = normalCode(claim.code);
  for (const [tableIndex, table] of sheet.report.tables.entries()) {
    const rows = rowsOf(table, code);
    if (rows.length === 0) continue;
    if (textUnit !== undefined && !unitsCompatible(textUnit, rows[0].unit))
      return { unmatched: "unit-differs" };
    if (!claim.name) {
      return partsInItem === 1 ? { sheet, tableIndex, indicator: rows[0] } : { unmatched: "name-differs" };
    }
    const name = claim.name;
    // A single-part item speaks of the TT's first row when the names agree; a part of several
    // (or a first row that is only a heading) speaks of its closest sub-row.
    const scored = rows.map((row, i) => ({ row, i, score: nameSimilarity(name, row.name) }));
    const first = scored[0];
    if (partsInItem === 1 && first.score >= ENOUGH && !(rows.length > 1 && first.row.actual.value === null))
      return { sheet, tableIndex, indicator: first.row };
    const best = scored
      .slice(rows.length > 1 ? 1 : 0)
      .reduce((a, b) => (b.score > a.score ? b : a), scored[0]);
    if (best.score >= ENOUGH) return { sheet, tableIndex, indicator: best.row };
    if (first.score >= ENOUGH) return { sheet, tableIndex, indicator: first.row };
    return { unmatched: "name-differs" };
  }
  return { unmatched: "no-such-item" };
}
