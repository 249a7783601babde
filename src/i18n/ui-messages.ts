/**
 * Words of the front ends and of the sheets they write (task pane, browser page, command line,
 * ribbon commands, summary and findings sheets), by id, with the data each takes. One id per
 * concept: a word the pane, the page, the command line and the sheets share has one id.
 */
import type { NoData } from "../engine/messages";
import type { ColumnRole, Severity, Status } from "../engine/types";

type Detail = { detail: string };
type Shown = { shown: number; total: number };

/** Words every front end and sheet uses. */
export type SharedMessages = { [Id in `severity/${Severity}`]: NoData } & {
  [Id in `status/${Status}` | "status/total"]: NoData;
} & { [Id in `role/${ColumnRole}`]: NoData } & {
  "language/label": NoData;
  "language/vi": NoData;
  "language/en": NoData;
  /** The toggle at the top of the pane, named in the language it switches to. */
  "language/switch": { language: string };
  "place/sheet": NoData;
  "place/cell": NoData;
  /** The heading of a column of row numbers. */
  "place/row-heading": NoData;
  "place/row": { row: number };
  "place/table": { index: number };
  "table/none": NoData;
  "table/target-only": NoData;
  /** Where a table is: "dòng tiêu đề 5; dữ liệu dòng 6–40; cột: Số TT A, …". */
  "table/where": { headerRows: number[]; firstRow: number; lastRow: number; columns: string };
  "finding/rule": NoData;
  "finding/severity": NoData;
  "finding/message": NoData;
  "findings/none": NoData;
  "findings/count": { errors: number; warnings: number; infos: number };
  "count/computed": NoData;
  "count/reported": NoData;
  "count/group": NoData;
  "count/group-title": NoData;
  "count/indicators": NoData;
  "count/all-groups": NoData;
  "group/none": NoData;
  "missed/heading": NoData;
  "missed/none": NoData;
  /** A missed sub-row named under its TT: "Tổng đàn gia súc › Đàn lợn". */
  "missed/sub-row-name": { indicator: string; name: string };
  "sentence/label": NoData;
  "action/apply-flags": NoData;
  "action/clear-flags": NoData;
  "action/write-summary": NoData;
};

export interface PaneMessages {
  "pane/title": NoData;
  "pane/loading": NoData;
  "pane/load-failed": Detail;
  "pane/source": { label: string };
  "pane/no-sheets": NoData;
  "pane/check": NoData;
  "pane/checking": NoData;
  "pane/checking-progress": { percent: number };
  "pane/check-done": { tables: number; findings: number };
  "pane/check-failed": Detail;
  "pane/no-table": NoData;
  "pane/no-table-hint": NoData;
  "pane/table-label": NoData;
  "pane/table-option": { index: number; firstRow: number; lastRow: number };
  "pane/detected-heading": NoData;
  /** The same section when no table was found: the mapping to set by hand is in it. */
  "pane/detected-heading-none": NoData;
  "pane/table-rows": { first: number; last: number };
  "pane/header-rows": { rows: number[] };
  "pane/ended-by-label": NoData;
  "pane/ended-by/blank": NoData;
  "pane/ended-by/statement": NoData;
  "pane/ended-by/note": NoData;
  "pane/ended-by/signature": NoData;
  "pane/ended-by/sheetEnd": NoData;
  "pane/ended-by/explicit": NoData;
  "pane/convention-label": NoData;
  "pane/convention/vi": NoData;
  "pane/convention/en": NoData;
  "pane/columns-heading": NoData;
  /** Heading over the reasons for a column chosen among several candidates. */
  "pane/column-choices-heading": NoData;
  "pane/role-missing": NoData;
  "pane/mapping-in-use": NoData;
  "pane/mapping-heading": NoData;
  "pane/mapping-intro": NoData;
  "pane/header-rows-label": NoData;
  "pane/header-rows-hint": NoData;
  "pane/column-label": { role: string };
  "pane/last-row-label": NoData;
  "pane/last-row-hint": NoData;
  "pane/save-mapping": NoData;
  "pane/clear-mapping": NoData;
  "pane/mapping-error/header-rows": NoData;
  "pane/mapping-error/name-required": NoData;
  "pane/mapping-error/bad-letter": { role: string; letters: string };
  "pane/mapping-error/duplicate": { letters: string };
  "pane/mapping-error/last-row": NoData;
  "pane/polarity-heading": NoData;
  "pane/polarity-intro": NoData;
  "pane/polarity-filter-label": NoData;
  "pane/polarity-label": { code: string; name: string };
  "pane/polarity/higher": NoData;
  "pane/polarity/lower": NoData;
  "pane/polarity-overridden": NoData;
  "pane/polarity-more": Shown;
  "pane/polarity-none": NoData;
  "pane/counts-heading": NoData;
  "pane/counts-rows-heading": NoData;
  "pane/count-unit-label": NoData;
  "pane/count-unit/indicators": NoData;
  "pane/count-unit/rows": NoData;
  "pane/count-column": NoData;
  "pane/groups-heading": NoData;
  /** "Đối chiếu với báo cáo" in the pane (its heading is "reconcile/heading"). */
  "pane/report-need-check": NoData;
  "pane/report-paste": NoData;
  "pane/report-check": NoData;
  "pane/report-open": NoData;
  "pane/report-unsupported": NoData;
  "pane/report-read-failed": { detail: string };
  "pane/report-summary": { claims: number; agree: number; disagree: number; unmatched: number };
  /** The targets the text sets (a resolution) and how many were compared with its target table. */
  "pane/report-targets": { targets: number; matched: number; sheet: string | null };
  "pane/report-findings": NoData;
  "pane/report-claims": NoData;
  "pane/report-unmatched": NoData;
  "pane/report-claim": { paragraph: number; text: string };
  "pane/report-pasted-name": NoData;
  "pane/report-flagged": { count: number };
  "pane/report-flagged-download": { count: number };
  "pane/report-flag-failed": { detail: string };
  /** A .docx opened alone: its own narrative, checked against its Word tables. */
  "pane/report-own": { file: string };
  /** While a chosen report is read (a long PDF takes a moment). */
  "pane/report-reading": { file: string };
  /** Under the count tables: what a red number means. */
  "pane/legend-sample": NoData;
  "pane/legend-mismatch": NoData;
  /** A new term's table: targets only, nothing to assess yet. */
  "pane/target-only-notice": { count: number };
  "pane/targets-by-group-heading": NoData;
  "pane/targets-column": NoData;
  "pane/group-cell": { computed: number; reported: number };
  "pane/mismatch": NoData;
  "pane/missed-item": { code: string; name: string; row: number };
  "pane/missed-shown": Shown;
  "pane/chart-heading": NoData;
  "pane/chart-bar": { group: string; status: string; count: number };
  "pane/chart-rows-heading": NoData;
  "pane/chart-rows-bar": { group: string; status: string; count: number };
  "pane/findings-heading": { count: number };
  "pane/no-findings-match": NoData;
  "pane/text-filter": NoData;
  "pane/all": NoData;
  "pane/severity-group": { severity: string; count: number };
  "pane/rule-group": { rule: string; count: number };
  "pane/finding-action": { cell: string };
  "pane/show-more": { remaining: number };
  "pane/findings-shown": Shown;
  /** Some findings are filtered out: how many match, of all, and how many of those are shown. */
  "pane/findings-matching": Shown & { matching: number };
  "pane/select-failed": Detail;
  "pane/settings-heading": NoData;
  "pane/tolerance-label": NoData;
  "pane/tolerance-hint": NoData;
  "pane/tolerance-invalid": NoData;
  "pane/rules-label": NoData;
  "pane/settings-saved": NoData;
  "pane/settings-save-failed": Detail;
  "pane/actions-heading": NoData;
  "pane/fill-empty": NoData;
  "pane/download": NoData;
  "pane/action-running": NoData;
  "pane/apply-flags-done": NoData;
  "pane/clear-flags-done": NoData;
  /** Some fills (gradients) came back only as their colour: the first few cells, and how many in all. */
  "pane/clear-flags-not-restored": { cells: string[]; total: number };
  "pane/write-summary-done": NoData;
  "pane/fill-empty-done": { count: number };
  /** The download holds every sheet of the workbook, checked, so its counts may exceed the pane's. */
  "pane/download-done": { file: string; sheets: number; findings: number };
  "pane/action-failed": Detail;
  "pane/fill-confirm-title": NoData;
  "pane/fill-confirm-body": NoData;
  "pane/fill-confirm": NoData;
  "pane/cancel": NoData;
  "pane/need-report": NoData;
}

/** The browser page's own words (its failures are keyed by the worker protocol's codes). */
export interface PageMessages {
  "page/title": NoData;
  "page/subtitle": NoData;
  "page/privacy": NoData;
  "page/drop-title": NoData;
  "page/drop-hint": NoData;
  "page/choose-file": NoData;
  "page/choose-other": NoData;
  "page/drop-here": NoData;
  "page/opening": { file: string };
  "page/open-failed-title": { file: string };
  "page/failure/empty": NoData;
  "page/failure/notExcel": NoData;
  "page/failure/legacyXls": NoData;
  "page/failure/xlsb": NoData;
  "page/failure/encrypted": NoData;
  "page/failure/corrupt": NoData;
  "page/failure/noSheets": NoData;
  "page/failure/noWorkbook": NoData;
  "page/failure/unknownSheet": NoData;
  /** A .docx opened as the main file without a Word table. */
  "page/failure/noWordTables": NoData;
  /** A document the reader refused, when its reason is not known (else the reader's own line). */
  "page/failure/unreadableDocument": NoData;
  "page/failure/internal": NoData;
  /** A file that is not a workbook, named by its extension, and how to get an .xlsx from it. */
  "page/unreadable/csv": NoData;
  "page/unreadable/text": NoData;
  "page/unreadable/doc": NoData;
  "page/unreadable/ods": NoData;
  "page/unreadable/numbers": NoData;
  "page/unreadable/html": NoData;
  "page/unreadable/xml": NoData;
  "page/unreadable/disguisedXls": NoData;
  "page/unreadable/other": { extension: string };
  "page/stage/reading": NoData;
  "page/stage/checking": NoData;
  "page/stage/annotating": NoData;
  "page/progress": { stage: string; percent: number };
  "page/file-label": { file: string; sheets: number };
  /** A .docx opened alone: its Word tables are the sheets. */
  "page/file-label-document": { file: string; tables: number };
  "page/preview-title": { sheet: string; address: string };
  "page/preview-header": NoData;
  "page/close-preview": NoData;
  "page/download-failed": NoData;
  "page/dismiss": NoData;
}

/** "Tạo biểu chỉ tiêu từ nghị quyết", shared by the task pane and the browser page. */
export interface TargetsMessages {
  "targets/heading": NoData;
  "targets/intro": NoData;
  "targets/paste": NoData;
  "targets/read": NoData;
  "targets/open": NoData;
  "targets/unsupported": NoData;
  "targets/read-failed": { detail: string };
  "targets/found": { targets: number; items: number; groups: number };
  "targets/none": NoData;
  "targets/write-sheet": NoData;
  "targets/write-file": NoData;
  "targets/writing": NoData;
  "targets/written-sheet": { sheet: string };
  "targets/written-file": { file: string };
  "targets/write-failed": { detail: string };
}

type FileOnly = { file: string };
type FileDetail = { file: string; detail: string };

/** The command line's messages; the one-line errors are documented and tested word for word. */
export interface CliMessages {
  "cli/file-not-found": FileOnly;
  "cli/is-directory": FileOnly;
  "cli/not-zip": FileOnly;
  "cli/not-workbook": FileOnly;
  "cli/encrypted": FileOnly;
  "cli/corrupt": FileDetail;
  "cli/unreadable": FileDetail;
  "cli/no-such-sheet": { file: string; sheet: string; sheets: string[] };
  "cli/same-as-input": FileOnly;
  "cli/out-with-several-files": NoData;
  "cli/out-and-out-dir": NoData;
  "cli/unknown-rule": { rule: string; known: string[] };
  "cli/write-failed": FileDetail;
  "cli/written": FileOnly;
  "cli/file-heading": FileOnly;
  "cli/sheet-no-table": { sheet: string };
  "cli/sheet-table": { sheet: string; index: number; where: string };
  "cli/summary-line": { sentence: string };
  "cli/indicator-count": { count: number };
  "cli/total": { files: number; errors: number; warnings: number; infos: number };
  "cli/loading": NoData;
  "cli/checking": NoData;
  /** A directory argument with nothing to check in it. */
  "cli/empty-directory": FileOnly;
  /** A report (.docx, .pdf, .txt) that cannot be read, one id per reason. */
  "cli/document-encrypted": FileOnly;
  "cli/document-legacy-doc": FileOnly;
  "cli/document-corrupt": FileOnly;
  "cli/document-too-large": FileOnly;
  "cli/document-no-text-layer": { file: string; pages: number };
  "cli/document-empty": FileOnly;
  "cli/document-not-utf8": { file: string; offset: number };
  "cli/document-unsupported": { file: string; format: string };
  /** A report's Word table, named by its caption ("Biểu 01") or "Bảng N". */
  "cli/word-table": { sheet: string; where: string };
  "cli/word-table-no-table": { sheet: string };
  /** Under a report's heading: what its narrative check read. */
  "cli/report-line": { paragraphs: number; claims: number };
  /** The targets a document sets, and how many were compared with a row of its target table. */
  "cli/report-targets": { targets: number; matched: number; sheet: string | null };
  /** The message quotes the clause itself. */
  "cli/report-finding": { severity: string; paragraph: number; rule: string; message: string };
  "cli/extract-count": { file: string; count: number; items: number };
  "cli/extract-none": { file: string };
  "cli/extract-group": { group: string };
  "cli/extract-target": {
    code: string;
    name: string;
    target: string;
    unit: string;
    timeframe: string;
    polarity: "higher" | "lower";
  };
  "cli/extract-assigned": { lead: string; partners: string[] };
  "cli/extract-written": { file: string };
  "cli/extract-title": NoData;
  "cli/extract-sheet": NoData;
}

/** The sheets the check adds ("Tổng hợp", "Phát hiện") and the ribbon commands' messages. */
export interface SheetMessages {
  "summary-sheet/name": NoData;
  "summary-sheet/title": NoData;
  "summary-sheet/explanation": NoData;
  "summary-sheet/sheet": { sheet: string };
  "summary-sheet/table": { index: number; where: string };
  "summary-sheet/chart": { index: number };
  "findings-sheet/name": NoData;
  /** "Đối chiếu với báo cáo": the reports' claims about the workbook, on the summary sheet. */
  "reconcile/heading": NoData;
  "reconcile/paragraph": NoData;
  "reconcile/claim": NoData;
  "reconcile/verdict": NoData;
  "reconcile/report": NoData;
  "reconcile/agrees": NoData;
  "reconcile/disagrees": NoData;
  "reconcile/none": NoData;
  /** The note on a cell a claim contradicts. */
  "reconcile/note": { report: string; paragraph: number; text: string; rule: string; message: string };
  "findings-sheet/title": NoData;
  "ribbon/check": NoData;
  "ribbon/results-sheet-active": { sheet: string };
  "ribbon/no-table": { sheet: string; reason?: string };
  "ribbon/clean": { sheet: string; total: number };
  "ribbon/failed": { command: string; detail: string };
  "ribbon/too-old": NoData;
}

export type UiMessages = SharedMessages &
  PaneMessages &
  PageMessages &
  TargetsMessages &
  CliMessages &
  SheetMessages;

export type UiMessageId = keyof UiMessages;

/** The data argument of `t(lang, id, …)`: none for a message without data. */
export type UiArgs<Id extends UiMessageId> = UiMessages[Id] extends NoData ? [] : [UiMessages[Id]];
