/** Helpers shared by the checks: cell addresses and finding construction. */
import { columnLetter, getCell } from "../grid";
import type { CellShown, EngineMessage } from "../messages";
import { isPercentFormat } from "../parse/numbers";
import type { RuleContext } from "./rule";
import type { ColumnRole, Finding, Severity } from "../types";

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

export function finding(
  rule: { id: string; severity: Severity },
  row: number,
  cell: string,
  message: EngineMessage,
  severity: Severity = rule.severity,
): Finding {
  return { rule: rule.id, severity, row, cell, message };
}

/**
 * A row's value cell as a finding names it: the text as written, or the number of a number cell
 * the adapter gave no displayed text for, so the catalog writes it in the reader's style rather
 * than as JavaScript does ("91.2" in a Vietnamese message).
 */
export function shownCell(context: RuleContext, row: number, role: ColumnRole, text: string): CellShown {
  const column = context.table.columns[role];
  const cell = column === undefined ? undefined : getCell(context.grid, row - 1, column);
  if (!cell || typeof cell.value !== "number" || (cell.text !== undefined && cell.text !== "")) return text;
  const percent = isPercentFormat(cell.numberFormat);
  return { number: percent ? Number((cell.value * 100).toPrecision(15)) : cell.value, percent };
}
