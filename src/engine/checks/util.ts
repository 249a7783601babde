/** Helpers shared by the checks: cell addresses and finding construction. */
import { columnLetter } from "../grid";
import type { EngineMessage } from "../messages";
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
