/** Helpers shared by the checks: cell addresses, number formatting, finding construction. */
import { columnLetter } from "../grid";
import { formatNumber } from "../parse/numbers";
import type { RuleContext } from "./rule";
import type { ColumnRole, EvaluatedIndicator, Finding, LocalizedText, Severity } from "../types";

/** A1 address of a row's cell in a role's column; falls back to the name column, then column A. */
export function cellOf(context: RuleContext, row: number, role: ColumnRole): string {
  return columnOf(context, role) + row;
}

/** Column letters of a role's column (as cellOf falls back), for checks that name many cells of it. */
export function columnOf(context: RuleContext, role: ColumnRole): string {
  const columns = context.table.columns;
  return letterOf(columns[role] ?? columns.name ?? 0);
}

/** Column letters by index, computed once: every finding names its cell. */
const LETTERS: string[] = [];

function letterOf(column: number): string {
  return (LETTERS[column] ??= columnLetter(column));
}

/** A number for a message: up to 2 decimals, vi "92,86" / en "92.86". */
export function num(n: number, lang: "vi" | "en"): string {
  return formatNumber(n, lang, 2);
}

/** `num` in both languages at once. */
export function nums(n: number): LocalizedText {
  return { vi: num(n, "vi"), en: num(n, "en") };
}

export function finding(
  rule: { id: string; severity: Severity },
  row: number,
  cell: string,
  message: LocalizedText,
  severity: Severity = rule.severity,
): Finding {
  return { rule: rule.id, severity, row, cell, message };
}

/** Vietnamese and English words for a status. */
export const STATUS_WORDS: Record<EvaluatedIndicator["status"], LocalizedText> = {
  exceeded: { vi: "vượt", en: "exceeded" },
  achieved: { vi: "đạt", en: "achieved" },
  missed: { vi: "không đạt", en: "missed" },
  unassessed: { vi: "chưa đánh giá được", en: "not assessable" },
};
