/**
 * Messages between the page (main thread) and the worker that reads, checks and annotates
 * the workbook. Every request carries an id; the worker answers with the same id, after any
 * number of progress messages. Only plain data crosses: the workbook stays in the worker.
 */
import type { ReportPart } from "./report-parts";
import type { CheckOptions, Lang, SheetReport } from "../engine/types";
import type { FileKind } from "../app/sniff";
import type { ClaimFlag } from "../app/claims-layout";
import type { TargetTableRow } from "../app/target-table-layout";
import type { DocumentReadErrorCode, DocumentReadErrorData } from "../adapters/documents/types";
import type { NarrativeParagraph } from "../engine/claims/types";

/** Why a file could not be opened or a request failed; the page turns it into a message. */
export type FailureCode =
  | "empty"
  | "notExcel"
  | "legacyXls"
  | "xlsb"
  | "encrypted"
  | "corrupt"
  | "noSheets"
  | "noWorkbook"
  | "unknownSheet"
  /** A .docx opened as the main file that holds no Word table to check. */
  | "noWordTables"
  /** A document the reader refused: `document` on the failed response says why. */
  | "unreadableDocument"
  | "internal";

/** Why the document reader refused a file, as plain data (the page words it). */
export interface DocumentRefusal<C extends DocumentReadErrorCode = DocumentReadErrorCode> {
  code: C;
  data: DocumentReadErrorData[C];
}

export interface SheetInfo {
  name: string;
  /** Rows in the sheet's used range. */
  rowCount: number;
}

/** Everything the worker needs to check, without the progress callback (a function cannot cross). */
export type WorkerCheckOptions = Omit<CheckOptions, "onProgress">;

/** The row around a cell, for the page's cell preview. */
export interface CellPreview {
  sheet: string;
  address: string;
  /** 1-based row of the cell. */
  row: number;
  /** 0-based column of the cell. */
  column: number;
  /** The header texts of the table holding the row (a two-row header joined per column), if any. */
  header: string[] | null;
  /** The row's display texts, from column A to the last non-empty column (at least to the cell). */
  cells: string[];
}

export type WorkerRequest =
  | { id: number; type: "open"; fileName: string; bytes: ArrayBuffer }
  | { id: number; type: "firstSheetWithTable" }
  | { id: number; type: "check"; sheet: string; options: WorkerCheckOptions }
  /** A report for "Đối chiếu với báo cáo" (.docx, .pdf, .txt), read here so pdf.js never blocks the page. */
  | { id: number; type: "readReport"; fileName: string; bytes: ArrayBuffer }
  | { id: number; type: "preview"; sheet: string; address: string; headerRows?: number[] }
  | {
      id: number;
      type: "annotate";
      /**
       * Sheets whose last check the page shows: the worker flags them from the reports it kept
       * (sending 50,000 indicators back would hold up the page).
       */
      checked: string[];
      lang: Lang;
      /** Options per sheet, for a sheet with no kept report (checked here before annotating). */
      optionsBySheet?: Record<string, WorkerCheckOptions>;
      /** The cells the last compared report contradicts, flagged as `chitieu check --out` does. */
      claimFlags?: ClaimFlag[];
    }
  /** A target table made from a resolution, as an .xlsx; needs no open workbook. */
  | { id: number; type: "targetTable"; rows: TargetTableRow[]; sheetName: string; title: string };

export type ProgressStage = "reading" | "checking" | "annotating";

export type WorkerResult =
  /**
   * `document`: the file was a .docx, its Word tables are the sheets (named as `wordTableName`
   * names them) and these are its paragraphs, to be checked against them.
   */
  | { type: "opened"; sheets: SheetInfo[]; document?: { paragraphs: NarrativeParagraph[] } }
  | { type: "paragraphs"; paragraphs: NarrativeParagraph[] }
  | { type: "sheet"; name: string }
  /** The report's messages are `{ id, data }` objects: plain data that the page renders. */
  | { type: "report"; report: SheetReport }
  | { type: "preview"; preview: CellPreview }
  /** `sheets`: the sheets checked into it; `findings`: the findings it flags, over all of them. */
  | { type: "annotated"; bytes: ArrayBuffer; sheets: number; findings: number }
  | { type: "targetTable"; bytes: ArrayBuffer };

export type WorkerResponse =
  | { id: number; kind: "progress"; stage: ProgressStage; fraction: number }
  /** A slice of a report's long lists, sent before the "done" that carries the rest. */
  | { id: number; kind: "part"; part: ReportPart }
  | { id: number; kind: "done"; result: WorkerResult }
  | { id: number; kind: "failed"; code: FailureCode; detail?: string; document?: DocumentRefusal };

/** The error the service throws for a failed request; `code` picks the user's message. */
export class WorkbookFailure extends Error {
  constructor(
    readonly code: FailureCode,
    readonly detail?: string,
    /** With "unreadableDocument": the reader's reason. */
    readonly document?: DocumentRefusal,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "WorkbookFailure";
  }
}

/** The failure to report for a file whose bytes are not a readable .xlsx, or null to go on. */
export function failureForKind(kind: FileKind): FailureCode | null {
  switch (kind) {
    case "xlsx":
      return null;
    case "empty":
      return "empty";
    case "encrypted":
      return "encrypted";
    case "legacyXls":
      return "legacyXls";
    case "xlsb":
      return "xlsb";
    case "truncatedZip":
      return "corrupt";
    case "otherZip":
    case "otherOle":
    case "unknown":
      return "notExcel";
  }
}
