import type { NarrativeParagraph } from "../engine/claims/types";
import type { ClaimFlag } from "./claims-layout";
import type { CheckOptions, Lang, SheetReport } from "../engine/types";
import type { Settings } from "./settings";
import type { TargetTableRow } from "./target-table-layout";

/**
 * What a front end needs from a workbook. The add-in implements it over Office.js, the
 * browser page over ExcelJS (in a worker). The task pane's components receive it as a prop
 * and never call Excel or ExcelJS themselves.
 */
export interface WorkbookService {
  /** Where the workbook comes from, for display ("Excel", or the file name). */
  readonly label: string;
  listSheets(): Promise<string[]>;
  /** The sheet to start on (the active sheet in Excel, the first in a file). */
  activeSheet(): Promise<string>;
  /** Detect, parse, evaluate and check one sheet. */
  check(sheet: string, options: CheckOptions): Promise<SheetReport>;
  /** Put the user on a cell (select it in Excel, highlight it in the page). */
  selectCell(sheet: string, address: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Add-in: flag the findings in the sheet. */
  applyFlags?(sheet: string, report: SheetReport, lang: Lang): Promise<void>;
  /**
   * Flag the cells a report's claims contradict, in place of an earlier report's on each of
   * `sheets` (the table's own flags stay): the add-in in the sheet ("Xóa đánh dấu" removes both),
   * the browser page in its annotated download. Says which.
   */
  applyClaimFlags?(sheets: readonly string[], flags: readonly ClaimFlag[]): Promise<ClaimFlagsPlace>;
  /** Add-in: remove the flags, restoring the user's formatting; says what could not be restored. */
  clearFlags?(sheet: string): Promise<FlagsCleared | void>;
  /** Add-in: write the "Tổng hợp" summary sheet. */
  writeSummarySheet?(report: SheetReport, lang: Lang): Promise<void>;
  /** Add-in: fill only the empty % and Đánh giá cells (after the user confirmed). */
  fillEmptyCells?(sheet: string, report: SheetReport): Promise<number>;
  /** Add-in: write a target table made from a resolution into a new sheet, activated; says its name. */
  writeTargetTable?(rows: readonly TargetTableRow[], lang: Lang): Promise<{ sheet: string }>;
  /** Browser page: build and download the annotated workbook; says what it holds. */
  downloadAnnotated?(reports: SheetReport[], lang: Lang): Promise<DownloadedWorkbook>;
}

/** Where claim flags go: in the open sheet, or in the annotated download. */
export type ClaimFlagsPlace = "sheet" | "download";

/** What clearing the flags did (nothing said: the service cannot tell). */
export interface FlagsCleared {
  cleared: number;
  /** Cells whose fill came back only approximately (a gradient: Excel cannot write one back). */
  notRestored: string[];
}

/** What a downloaded annotated workbook holds: every sheet is checked into it, not only those shown. */
export interface DownloadedWorkbook {
  fileName: string;
  sheets: number;
  findings: number;
}

/** Reads a report for "Đối chiếu với báo cáo": pasted text, or a chosen file's bytes. */
export interface ReportReader {
  fromText(text: string): NarrativeParagraph[];
  fromFile(name: string, bytes: Uint8Array): Promise<NarrativeParagraph[]>;
}
