/**
 * The truth-file format of the realistic fixtures (tests/fixtures/realistic/‹name›.truth.json):
 * what a careful reviewer, applying the domain guide by hand, expects of each workbook.
 */

export type Status = "exceeded" | "achieved" | "missed" | "unassessed";
export type Severity = "error" | "warning" | "info";

/** The contract's column roles. */
export type Role = "code" | "name" | "unit" | "target" | "actual" | "percent" | "status" | "note";

/**
 * A finding the truth expects or allows. `cell` pins it to one cell; without a cell, `row`
 * pins it to a row; with neither it stands for any cell of the table (e.g. `text-number`).
 */
export interface FindingSpec {
  rule: string;
  severity: Severity;
  cell?: string;
  row?: number;
  /** Why the finding is expected (the planted fault) or allowed. */
  why?: string;
}

export interface TruthIndicator {
  row: number;
  code: string;
  name: string;
  /** One status, or the statuses that are all defensible where the guide leaves it open. */
  status: Status | Status[];
  /** Percent of target, 2 decimals; null when it is not defined; absent when not judged. */
  percent?: number | null;
  polarity?: "higher" | "lower";
  note?: string;
}

export interface TruthTable {
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<Role, string>>;
  indicators: TruthIndicator[];
  /** Group rows: never indicators. */
  groupRows: number[];
  /** TT rows that only head their sub-rows (no values): an unassessed indicator or nothing. */
  headingRows: number[];
  expectedFindings: FindingSpec[];
  allowedFindings: FindingSpec[];
  notes?: string[];
}

export interface TruthSheet {
  name: string;
  tables: TruthTable[];
  notes?: string[];
}

export interface TruthFile {
  file: string;
  /** True when the workbook carries no planted fault: no error-level finding is expected. */
  correct: boolean;
  description: string;
  sheets: TruthSheet[];
  notes?: string[];
}
