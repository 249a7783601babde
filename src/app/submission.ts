/**
 * One submission: the workbooks and the reports a reviewer received together. Word tables are
 * checked like sheets, then each report's narrative is checked against every table of the
 * submission. Pure: the front ends read the files and pass the narrative checker in.
 */
import type {
  CheckNarrative,
  NarrativeOptions,
  NarrativeParagraph,
  NarrativeReport,
  SubmissionSheet,
} from "../engine/claims/types";
import type { Grid } from "../engine/grid";
import { checkSheet } from "../engine/index";
import type { SheetReport } from "../engine/types";
import { duplicateOf } from "./duplicate-tables";

/** A Word table as the document reader gives it. */
export interface WordTableInput {
  /** 1-based, in document order. */
  index: number;
  /** The nearest non-empty paragraph above the table. */
  caption?: string;
  grid: Grid;
}

/** A workbook whose sheets are already checked (reading them is the front end's business). */
export interface WorkbookInput {
  kind: "workbook";
  file: string;
  sheets: SheetReport[];
}

/** A report (.docx, .pdf, .txt) as read: its paragraphs and its Word tables. */
export interface DocumentInput {
  kind: "document";
  file: string;
  paragraphs: readonly NarrativeParagraph[];
  tables: readonly WordTableInput[];
}

export type SubmissionInput = WorkbookInput | DocumentInput;

export interface CheckedWorkbook {
  kind: "workbook";
  file: string;
  sheets: SheetReport[];
}

export interface CheckedDocument {
  kind: "document";
  file: string;
  /** One report per Word table, named by `wordTableName`. */
  sheets: SheetReport[];
  narrative: NarrativeReport;
}

export type CheckedFile = CheckedWorkbook | CheckedDocument;

export interface SubmissionResult {
  files: CheckedFile[];
  /**
   * Every checked table of the submission, as the narrative checker saw them: a Word table that
   * repeats a workbook sheet is left out (its file's `sheets` still report it).
   */
  sheets: SubmissionSheet[];
}

export interface SubmissionOptions {
  disabledRules?: string[];
  narrative?: NarrativeOptions;
}

/** Longer than this, the paragraph above a table is narrative, not its caption. */
const MAX_CAPTION_CHARS = 80;

/** "Biểu 01" from the caption just above the table, else "Bảng N". */
export function wordTableName(table: Pick<WordTableInput, "index" | "caption">): string {
  const caption = table.caption?.split("\n")[0].trim() ?? "";
  return caption !== "" && caption.length <= MAX_CAPTION_CHARS ? caption : `Bảng ${table.index}`;
}

function checkWordTables(input: DocumentInput, options: SubmissionOptions): SheetReport[] {
  return input.tables.map((table) =>
    checkSheet({ ...table.grid, name: wordTableName(table) }, { disabledRules: options.disabledRules }),
  );
}

/**
 * The tables claims are tied to: every sheet and Word table, except a Word table that repeats a
 * workbook sheet (the sheet stands for it and takes its caption when it has none, so a section
 * naming "biểu số 01" still finds it).
 */
function tiedTables(inputs: readonly SubmissionInput[], tablesOf: SheetReport[][]): SubmissionSheet[] {
  const byInput: SubmissionSheet[][] = inputs.map((input, i) =>
    input.kind === "workbook"
      ? tablesOf[i].map((report) => ({ file: input.file, sheet: report.name, report }))
      : [],
  );
  const workbookSheets = byInput.flat();
  const workbookReports = workbookSheets.map((s) => s.report);
  inputs.forEach((input, i) => {
    if (input.kind !== "document") return;
    tablesOf[i].forEach((report, k) => {
      const caption = input.tables[k].caption;
      const same = workbookSheets[duplicateOf(report, workbookReports)];
      if (!same)
        byInput[i].push({ file: input.file, sheet: report.name, report, ...(caption ? { caption } : {}) });
      else if (caption && same.caption === undefined) same.caption = caption;
    });
  });
  return byInput.flat();
}

/** Check every Word table, then every report's narrative against all tables of the submission. */
export function checkSubmission(
  inputs: readonly SubmissionInput[],
  checkNarrative: CheckNarrative,
  options: SubmissionOptions = {},
): SubmissionResult {
  const tablesOf = inputs.map((input) =>
    input.kind === "workbook" ? input.sheets : checkWordTables(input, options),
  );
  const sheets = tiedTables(inputs, tablesOf);
  const files = inputs.map((input, i): CheckedFile => {
    if (input.kind === "workbook") return { kind: "workbook", file: input.file, sheets: tablesOf[i] };
    const narrative = checkNarrative(
      input.paragraphs,
      sheets,
      options.narrative ?? { disabledRules: options.disabledRules },
    );
    return { kind: "document", file: input.file, sheets: tablesOf[i], narrative };
  });
  return { files, sheets };
}

/** True when any table or document finding of the submission is an error. */
export function submissionHasErrors(result: SubmissionResult): boolean {
  return result.files.some(
    (f) =>
      f.sheets.some((s) => s.tables.some((t) => t.findings.some((x) => x.severity === "error"))) ||
      (f.kind === "document" && f.narrative.findings.some((x) => x.severity === "error")),
  );
}
