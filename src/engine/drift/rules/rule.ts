/** A drift check: an id, a severity, its messages, and a check of the text against its table. */
import { columnLetter } from "../../grid";
import type { EngineMessage, EngineMessageId, RuleId } from "../../messages";
import type { ExtractedTarget } from "../../resolution";
import type { EvaluatedIndicator, NarrativeFinding, Severity, TableLocation } from "../../types";
import type { PairedTable } from "../pairing";

export interface DriftContext {
  paired: PairedTable;
  /** Where a finding with no clause of its own (an extra row) points in the text: the list's start. */
  listStart: { paragraph: number };
}

export interface DriftRule {
  id: RuleId;
  severity: Severity;
  description: EngineMessage;
  messages: readonly EngineMessageId[];
  check(context: DriftContext): NarrativeFinding[];
}

/** The row's target cell (its name cell when the table has no target column). */
export function targetCell(paired: PairedTable, indicator: EvaluatedIndicator): string {
  const columns = paired.sheet.report.tables[paired.tableIndex].table.columns;
  const column = columns.target ?? columns.name ?? 0;
  return `${columnLetter(column)}${indicator.row}`;
}

/** Where a row of the paired table is, as claims and findings name it. */
export function rowLocation(paired: PairedTable, row: number): TableLocation {
  const { sheet, tableIndex } = paired;
  return {
    file: sheet.file,
    sheet: sheet.sheet,
    ...(sheet.report.tables.length > 1 ? { tableIndex } : {}),
    row,
  };
}

export function driftFinding(
  rule: DriftRule,
  context: DriftContext,
  at: { target: ExtractedTarget | null; indicator?: EvaluatedIndicator },
  message: EngineMessage,
): NarrativeFinding {
  const { paired } = context;
  const table = at.indicator
    ? { ...rowLocation(paired, at.indicator.row), cell: targetCell(paired, at.indicator) }
    : null;
  return {
    rule: rule.id,
    severity: rule.severity,
    paragraph: at.target?.paragraph ?? context.listStart.paragraph,
    text: at.target?.text ?? "",
    message,
    table,
  };
}
