/**
 * Tying a prose claim (no item number) to a row by its name alone. With no TT to go by, the
 * name is the only evidence, so it must be strong: some end of the words before "đạt" ("Chăn
 * nuôi phát triển, tổng đàn trâu, bò" → "tổng đàn trâu, bò") holds nearly all its words in the
 * row's name and at least half of the row's, and exactly one row in scope is named so.
 * Anything less leaves the claim unmatched: never an error on weak evidence.
 */
import type { EvaluatedIndicator } from "../types";
import { nameWords } from "../text/name-similarity";
import { unitsCompatible, type TiedRow } from "./tie";
import type { ResultClaim, SubmissionSheet, UnmatchedReason } from "./types";

/** Share of the text's words the row's name must hold. */
const OF_TEXT = 0.8;
/** Share of the row's words the text must hold (a generic "tỷ lệ hộ" names no one row). */
const OF_ROW = 0.5;
const MIN_COMMON = 2;

/** The name's ends after each comma, longest first: the row's name may itself hold a comma. */
function nameEnds(name: string): string[] {
  const ends = [name];
  for (let at = name.indexOf(","); at >= 0; at = name.indexOf(",", at + 1)) ends.push(name.slice(at + 1));
  return ends;
}

function strongly(text: ReadonlySet<string>, row: ReadonlySet<string>): boolean {
  let common = 0;
  for (const w of text) if (row.has(w)) common++;
  return common >= MIN_COMMON && common >= OF_TEXT * text.size && common >= OF_ROW * row.size;
}

function namesRow(name: string, indicator: EvaluatedIndicator): boolean {
  const row = nameWords(indicator.name);
  return nameEnds(name).some((end) => strongly(nameWords(end), row));
}

/** The one row the claim's name strongly names among `sheets`, or why there is none. */
export function tieProse(
  claim: ResultClaim,
  sheets: readonly SubmissionSheet[],
): TiedRow | { unmatched: UnmatchedReason } {
  const name = claim.name ?? "";
  const named: TiedRow[] = [];
  for (const sheet of sheets)
    for (const [tableIndex, table] of sheet.report.tables.entries()) {
      if (table.table.targetOnly) continue;
      for (const indicator of table.indicators)
        if (namesRow(name, indicator)) named.push({ sheet, tableIndex, indicator });
    }
  if (named.length === 0) return { unmatched: "no-item-number" };
  if (named.length > 1)
    return { unmatched: new Set(named.map((r) => r.sheet)).size > 1 ? "several-tables" : "no-item-number" };
  const [only] = named;
  const unit = claim.actual?.unit;
  if (unit !== undefined && unit !== "" && !unitsCompatible(unit, only.indicator.unit))
    return { unmatched: "unit-differs" };
  return only;
}

/**
 * Ties the claim among the section's table (or every table outside a section), recording the
 * row or why there is none on the claim.
 */
export function tieProseClaim(
  claim: ResultClaim,
  inSection: boolean,
  sheets: readonly SubmissionSheet[],
): TiedRow | null {
  const tied =
    sheets.length === 0
      ? { unmatched: inSection ? ("no-such-table" as const) : ("no-table" as const) }
      : tieProse(claim, sheets);
  if ("unmatched" in tied) {
    claim.unmatched = tied.unmatched;
    return null;
  }
  claim.match = {
    file: tied.sheet.file,
    sheet: tied.sheet.sheet,
    ...(tied.sheet.report.tables.length > 1 ? { tableIndex: tied.tableIndex } : {}),
    row: tied.indicator.row,
  };
  return tied;
}
