import type { Grid } from "./grid";
import type {
  CheckOptions,
  DetectedTable,
  EvaluatedIndicator,
  Finding,
  GroupRow,
  LocalizedText,
  NumberConvention,
  Severity,
} from "./types";

/** What every check sees: one detected table, already parsed and evaluated. */
export interface RuleContext {
  grid: Grid;
  table: DetectedTable;
  indicators: EvaluatedIndicator[];
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
