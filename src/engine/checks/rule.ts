import type { Grid } from "../grid";
import type { IndicatorUnit } from "../evaluate/units";
import type {
  CheckOptions,
  DetectedTable,
  EvaluatedIndicator,
  Finding,
  GroupRow,
  LocalizedText,
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

/** A check: a stable id, a default severity, and a function from a table to findings. */
export interface Rule {
  id: string;
  severity: Severity;
  description: LocalizedText;
  check(context: RuleContext): Finding[];
}
