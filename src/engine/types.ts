/**
 * Shared types of the checking pipeline: detect table → parse → evaluate → check → summarise.
 * Rows are 1-based sheet rows and columns 0-based indexes unless a name says otherwise;
 * `cell` strings are A1 addresses.
 */

import type { EngineMessage } from "./messages";

export type Lang = "vi" | "en";

// ---------------------------------------------------------------- numbers

export type NumberConvention = "vi" | "en";

export type ParsedNumber =
  | {
      ok: true;
      value: number;
      /** The text carried a "%" sign. */
      isPercent: boolean;
      /** Unit words that followed the number, e.g. "ha", "triệu", "tỷ đồng". */
      unit?: string;
      /** The text could be read in both conventions with different values ("1,250"). */
      ambiguous?: boolean;
      /** The value came from a text cell rather than a numeric cell. */
      fromText: boolean;
    }
  /** "date": a number cell shown as a date, most often a value Excel turned into one ("1-2"). */
  | { ok: false; reason: "empty" | "error" | "unparsable" | "date"; detail?: string };

// ---------------------------------------------------------------- targets

export type TargetKind =
  "atLeast" | "atMost" | "exact" | "range" | "fraction" | "qualitative" | "compound" | "relative" | "none";

export interface Target {
  /** The text as written in the cell (or the indicator name when the comparator came from it). */
  text: string;
  kind: TargetKind;
  /** The level for atLeast / atMost / exact; the total for fraction. */
  value?: number;
  /** Bounds for range. */
  min?: number;
  max?: number;
  /** Strict comparator (">", "<", "trên", "dưới"). */
  strict?: boolean;
  /** Fraction numerator as written ("05/07" → 5); the denominator is `value`. */
  numerator?: number;
  /** The target was written as a percentage. */
  isPercent?: boolean;
  /** Sub-targets of a compound target. */
  parts?: Target[];
  /** The comparator came from the indicator's name, not the target cell. */
  fromName?: boolean;
  /** Why this target cannot be assessed numerically (relative, compound, qualitative oddities). */
  reason?: EngineMessage;
  /**
   * A bare level with no comparator ("10", "95%"): kind "atLeast", but read as at most when the
   * indicator's polarity is lower (tỷ lệ hộ nghèo "3%").
   */
  plain?: boolean;
  /** A number in the target reads both ways ("1,250"); it was read by the given convention. */
  ambiguous?: boolean;
}

// ---------------------------------------------------------------- labels and polarity

export type Status = "exceeded" | "achieved" | "missed" | "unassessed";

/** A status label read from the table ("Vượt", "Đạt", "K.đạt", "Cơ bản đạt" …). */
export interface ReportedLabel {
  status: Exclude<Status, "unassessed">;
  text: string;
  /** "Cơ bản đạt": counted as missed, kept distinguishable. */
  close?: boolean;
}

export type Polarity = "higher" | "lower";

export interface PolarityDecision {
  polarity: Polarity;
  reason: EngineMessage;
  /** Set by a caller override rather than inferred. */
  overridden?: boolean;
}

// ---------------------------------------------------------------- table detection

export type ColumnRole = "code" | "name" | "unit" | "target" | "actual" | "percent" | "status" | "note";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "code",
  "name",
  "unit",
  "target",
  "actual",
  "percent",
  "status",
  "note",
];

/** Role → 0-based column index. `name` is always present in a detected table. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** A caller's explicit mapping, used when detection fails or is wrong. */
export interface ExplicitMapping {
  /** 1-based header rows (the last one is the row just above the data). */
  headerRows: number[];
  /** Role → column letters, e.g. { code: "A", name: "B", target: "D" }. */
  columns: Partial<Record<ColumnRole, string>>;
  /** Optional last data row (1-based); otherwise the end is detected. */
  lastRow?: number;
}

export interface DetectedTable {
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: ColumnMap;
  /** No actual column: a target table for a new term. */
  targetOnly: boolean;
  /** What ended the table: "blank" | "statement" | "note" | "signature" | "sheetEnd". */
  endedBy: "blank" | "statement" | "note" | "signature" | "sheetEnd" | "explicit";
  /** Summary statements found in or just below the table (1-based rows and their text). */
  statements: Array<{ row: number; column: number; text: string }>;
  /** The title block above the header ("BIỂU CÁC CHỈ TIÊU … XÃ A"), when there is one. */
  title?: string;
  /**
   * The sheet's columns this table owns (0-based, inclusive), set when tables stand side by
   * side on one sheet; its rows are read on these columns only.
   */
  columnSpan?: ColumnSpan;
  /** Roles that several header columns named ("Chỉ tiêu NQ" beside "KH năm 2026"): which one was taken, and why. */
  columnChoices?: ColumnChoice[];
}

export interface ColumnSpan {
  left: number;
  right: number;
}

/** Which of several candidate columns took a role, and why. Columns are 0-based. */
export interface ColumnChoice {
  role: ColumnRole;
  column: number;
  /** The other columns whose header named the same role. */
  rejected: number[];
  /** What decided it: the headers' meaning, which column reproduces the table's own % and labels, or (no evidence) the leftmost. */
  by: "header" | "data" | "position";
  reason: EngineMessage;
}

export interface Detection {
  tables: DetectedTable[];
  /** Why no table was found (when `tables` is empty). */
  reason?: EngineMessage;
}

// ---------------------------------------------------------------- parsed rows

export interface GroupRow {
  kind: "group";
  row: number;
  code: string;
  title: string;
  /** "(14 chỉ tiêu)" in the title. */
  statedCount?: number;
}

export interface IndicatorRow {
  kind: "indicator";
  row: number;
  /** The TT of this row, or of the TT it belongs to when it is a sub-row. */
  code: string;
  /** The TT cell was blank or merged: this row belongs to the previous indicator. */
  isSubRow: boolean;
  /** A numbered sub-row's own code ("2.1" under TT 2); `code` is then the TT it belongs to. */
  subCode?: string;
  /** The code of the enclosing group row, if any. */
  group: string | null;
  name: string;
  unit: string;
  /** Raw cells by role (absent role → undefined). */
  cells: Partial<Record<ColumnRole, import("./grid").Cell | undefined>>;
  hidden: boolean;
}

export type TableRow = GroupRow | IndicatorRow;

// ---------------------------------------------------------------- evaluated indicators

export interface EvaluatedIndicator {
  row: number;
  code: string;
  isSubRow: boolean;
  group: string | null;
  name: string;
  unit: string;
  target: Target;
  /** Parsed target cell; kept for checks that need the raw parse. */
  actual: { text: string; value: number | null; parsed: ParsedNumber; qualitative?: ReportedLabel | null };
  polarity: PolarityDecision;
  /** Computed percent of target (92.86 means 92.86 %), or null when it has no meaning. */
  percent: number | null;
  status: Status;
  /** Why the status is unassessed, or a boundary remark. */
  statusReason?: EngineMessage;
  /** Actual equals a strict ">"/"<" target. */
  boundary?: boolean;
  /**
   * Set when an ambiguous number text ("1,250") in this row would give another outcome under
   * the other number convention: what that outcome would be.
   */
  ambiguity?: {
    convention: NumberConvention;
    /** Roles of the cells whose text is ambiguous. */
    roles: Array<"target" | "actual" | "percent">;
    status: Status;
    percent: number | null;
    /** The reported % would be accepted under the other convention. */
    percentAccepted: boolean | null;
    /**
     * The row's own % is reproduced by one reading only, and the row is read that way. The
     * fields above always describe the reading set aside: the other convention's, or the
     * sheet's when only the other convention reproduces the %.
     */
    settledByPercent?: boolean;
  };
  reported: {
    percentText: string;
    percent: number | null;
    percentParsed: ParsedNumber;
    statusText: string;
    status: ReportedLabel | null;
  };
  hidden: boolean;
}

// ---------------------------------------------------------------- findings

export type Severity = "error" | "warning" | "info";

export interface Finding {
  rule: string;
  severity: Severity;
  /** 1-based sheet row. */
  row: number;
  /** A1 address of the offending cell. */
  cell: string;
  message: EngineMessage;
}

// ---------------------------------------------------------------- summary

export interface Counts {
  total: number;
  exceeded: number;
  achieved: number;
  missed: number;
  unassessed: number;
}

export interface CountPair {
  rows: Counts;
  indicators: Counts;
}

export interface GroupSummary {
  code: string | null;
  title: string;
  computed: CountPair;
  reported: CountPair;
}

export interface Summary {
  computed: CountPair;
  reported: CountPair;
  groups: GroupSummary[];
  /**
   * Indicators (per TT, worst of sub-rows) whose computed status is missed, each named by the
   * row that failed: a sub-row gives its own row and name, with `indicator` the TT's name.
   */
  missed: Array<{ code: string; name: string; row: number; indicator?: string }>;
  /** "summary/sentence" over the computed indicator counts ("Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, …"). */
  sentence: EngineMessage;
}

// ---------------------------------------------------------------- report

export interface TableReport {
  table: DetectedTable;
  indicators: EvaluatedIndicator[];
  groups: GroupRow[];
  findings: Finding[];
  summary: Summary;
}

export interface SheetReport {
  name: string;
  tables: TableReport[];
  /** Why no table was found (when `tables` is empty). */
  reason?: EngineMessage;
  /** The number convention decided for this sheet. */
  convention: NumberConvention;
}

export interface CheckOptions {
  /** Rule ids switched off. */
  disabledRules?: string[];
  /** Extra tolerance, in percentage points, when comparing a reported % (default 0). */
  tolerance?: number;
  /** Skip detection and use this mapping. */
  mapping?: ExplicitMapping;
  /** 1-based row → polarity, overriding the inference. */
  polarityOverrides?: Record<number, Polarity>;
  /** Force a number convention instead of deciding per sheet. */
  convention?: NumberConvention;
  /** Called with a fraction 0..1 during long work. */
  onProgress?: (fraction: number) => void;
}

// ---------------------------------------------------------------- documents

/**
 * One paragraph of a document the engine reads (a report, a resolution), as the document
 * reader gives it: the adapters' DocumentParagraph fits.
 */
export interface TextParagraph {
  /** 1-based paragraph number in the document. */
  index: number;
  /** The text without its numbering label. */
  text: string;
  /** "(3)", "2.1.", "a)", "I.", "-" … when the reader saw a numbering label. */
  numbering?: string;
  headingLevel?: number;
  /** A footnote body. */
  footnote?: boolean;
  /** Glued digits that may be footnote marks ("đạt 95%35"): `text.slice(start, end)`. */
  footnoteSuspects?: ReadonlyArray<{ start: number; end: number }>;
}

// ---------------------------------------------------------------- submissions (tables and texts)

/** One checked sheet (or Word table) of the submission, with where it came from. */
export interface SubmissionSheet {
  /** The file's name as the user gave it. */
  file: string;
  /** The sheet's name; for a Word table its caption ("Biểu 01") or "Bảng N". */
  sheet: string;
  report: SheetReport;
  /** Text above the table (a Word table's caption), title blocks are in the report's tables. */
  caption?: string;
}

/** Where a claim or a finding points in the submission's tables. */
export interface TableLocation {
  file: string;
  sheet: string;
  /** Index of the table on its sheet, when the sheet has more than one. */
  tableIndex?: number;
  /** 1-based row of the sheet (or of the Word table). */
  row: number;
}

export interface NarrativeFinding {
  rule: string;
  severity: Severity;
  paragraph: number;
  /** The clause quoted, as in the document. */
  text: string;
  message: EngineMessage;
  /** The cell the claim contradicts, when it is tied to a row. */
  table: (TableLocation & { cell: string }) | null;
}

export interface NarrativeOptions {
  /** Extra tolerance in percentage points, as for tables. */
  tolerance?: number;
  disabledRules?: readonly string[];
}
