import type { Grid } from "../grid";
import type { EngineMessage, EngineMessageId, RuleId } from "../messages";
import type { IndicatorUnit } from "../evaluate/units";
import type {
  CheckOptions,
  DetectedTable,
  EvaluatedIndicator,
  Finding,
  GroupRow,
  NumberConvention,
  Severity,
} from "../types";

/** What every check sees: one detected table, already parsed and evaluated. */
export interface RuleContext {
  grid: Grid;
  table: DetectedTable;
  indicators: EvaluatedIndicator[];
  /** The indicators grouped per TT (a row and its sub-rows), in row order. */
  units: readonly IndicatorUnit[];
  groups: GroupRow[];
  convention: NumberConvention;
  options: CheckOptions;
}

/**
 * A check: a stable id, a default severity, and a function from a table to findings. Like a
 * lint rule's `meta.messages`, `messages` lists every message id its findings use, so the
 * catalogs can be held to giving words for each.
 */
export interface Rule {
  id: RuleId;
  severity: Severity;
  /** "rule/‹id›". */
  description: EngineMessage;
  messages: readonly EngineMessageId[];
  check(context: RuleContext): Finding[];
}
