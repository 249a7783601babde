/** A narrative check: like a table rule, an id, a severity, its messages, and a check of one claim. */
import type { EngineMessage, EngineMessageId, RuleId } from "../../messages";
import type { Severity, TableReport } from "../../types";
import type { Claim, NarrativeFinding, NarrativeOptions, SubmissionSheet } from "../types";
import type { TiedRow } from "../tie";

export interface ClaimContext {
  claim: Claim;
  /** The row a result claim is tied to. */
  row: TiedRow | null;
  /** The sheets a count claim counts over (empty when unmatched). */
  sheets: readonly SubmissionSheet[];
  options: NarrativeOptions;
}

export interface NarrativeRule {
  id: RuleId;
  severity: Severity;
  description: EngineMessage;
  messages: readonly EngineMessageId[];
  check(context: ClaimContext): NarrativeFinding[];
}

export function narrativeFinding(
  rule: NarrativeRule,
  context: ClaimContext,
  message: EngineMessage,
  cell?: string,
): NarrativeFinding {
  const { claim, row } = context;
  const table =
    row && cell !== undefined
      ? {
          file: row.sheet.file,
          sheet: row.sheet.sheet,
          ...(row.sheet.report.tables.length > 1 ? { tableIndex: row.tableIndex } : {}),
          row: row.indicator.row,
          cell,
        }
      : null;
  return {
    rule: rule.id,
    severity: rule.severity,
    paragraph: claim.paragraph,
    text: claim.text,
    message,
    table,
  };
}

/** The table of a tied row. */
export function tableOf(row: TiedRow): TableReport {
  return row.sheet.report.tables[row.tableIndex];
}
