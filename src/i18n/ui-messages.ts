/**
 * Words of the front ends and of the sheets they write (task pane, browser page, command line,
 * ribbon commands, summary and findings sheets), by id, with the data each takes. One id per
 * concept: a word the pane, the page, the command line and the sheets share has one id.
 */
import type { ColumnRole, Severity, Status } from "../engine/types";

type None = Record<string, never>;
type Detail = { detail: string };
type Shown = { shown: number; total: number };

/** Words every front end and sheet uses. */
export type SharedMessages = { [Id in `severity/${Severity}`]: None } & {
  [Id in `status/${Status}` | "status/total"]: None;
} & { [Id in `role/${ColumnRole}`]: None } & {
  "language/label": None;
  "language/vi": None;
  "language/en": None;
  "place/sheet": None;
  "place/cell": None;
  /** The heading of a column of row numbers. */
  "place/row-heading": None;
  "place/row": { row: number };
  "place/table": { index: number };
  "table/none": None;
  "table/target-only": None;
  /** Where a table is: "dòng tiêu đề 5; dữ liệu dòng 6–40; cột: Số TT A, …". */
  "table/where": { headerRows: number[]; firstRow: number; lastRow: number; columns: string };
  "finding/rule": None;
  "finding/severity": None;
  "finding/message": None;
  "findings/none": None;
  "findings/count": { errors: number; warnings: number; infos: number };
  "count/computed": None;
  "count/reported": None;
  "count/group": None;
  "count/group-title": None;
  "count/indicators": None;
  "count/all-groups": None;
  "group/none": None;
  "missed/heading": None;
  "missed/none": None;
  "sentence/label": None;
  "action/apply-flags": None;
  "action/clear-flags": None;
  "action/write-summary": None;
};

export interface PaneMessages {
  "pane/title": None;
  "pane/loading": None;
  "pane/load-failed": Detail;
  "pane/source": { label: string };
  "pane/no-sheets": None;
  "pane/check": None;
  "pane/checking": None;
  "pane/checking-progress": { percent: number };
  "pane/check-done": { tables: number; findings: number };
  "pane/check-failed": Detail;
  "pane/no-table": None;
  "pane/no-table-hint": None;
  "pane/table-label": None;
  "pane/table-option": { index: number; firstRow: number; lastRow: number };
  "pane/detected-heading": None;
  "pane/table-rows": { first: number; last: number };
  "pane/header-rows": { rows: number[] };
  "pane/ended-by-label": None;
  "pane/ended-by/blank": None;
  "pane/ended-by/statement": None;
  "pane/ended-by/note": None;
  "pane/ended-by/signature": None;
  "pane/ended-by/sheetEnd": None;
  "pane/ended-by/explicit": None;
  "pane/convention-label": None;
  "pane/convention/vi": None;
  "pane/convention/en": None;
  "pane/columns-heading": None;
  "pane/role-missing": None;
  "pane/mapping-in-use": None;
  "pane/mapping-heading": None;
  "pane/mapping-intro": None;
  "pane/header-rows-label": None;
  "pane/header-rows-hint": None;
  "pane/column-label": { role: string };
  "pane/last-row-label": None;
  "pane/last-row-hint": None;
  "pane/save-mapping": None;
  "pane/clear-mapping": None;
  "pane/mapping-error/header-rows": None;
  "pane/mapping-error/name-required": None;
  "pane/mapping-error/bad-letter": { role: string; letters: string };
  "pane/mapping-error/duplicate": { letters: string };
  "pane/mapping-error/last-row": None;
  "pane/polarity-heading": None;
  "pane/polarity-intro": None;
  "pane/polarity-filter-label": None;
  "pane/polarity-label": { code: string; name: string };
  "pane/polarity/higher": None;
  "pane/polarity/lower": None;
  "pane/polarity-overridden": None;
  "pane/polarity-more": Shown;
  "pane/polarity-none": None;
  "pane/counts-heading": None;
  "pane/counts-rows-heading": None;
  "pane/count-unit-label": None;
  "pane/count-unit/indicators": None;
  "pane/count-unit/rows": None;
  "pane/count-column": None;
  "pane/groups-heading": None;
  "pane/group-cell": { computed: number; reported: number };
  "pane/mismatch": None;
  "pane/missed-item": { code: string; name: string; row: number };
  "pane/missed-shown": Shown;
  "pane/chart-heading": None;
  "pane/chart-bar": { group: string; status: string; count: number };
  "pane/chart-rows-heading": None;
  "pane/chart-rows-bar": { group: string; status: string; count: number };
  "pane/findings-heading": { count: number };
  "pane/no-findings-match": None;
  "pane/text-filter": None;
  "pane/all": None;
  "pane/severity-group": { severity: string; count: number };
  "pane/rule-group": { rule: string; count: number };
  "pane/finding-action": { cell: string };
  "pane/show-more": { remaining: number };
  "pane/findings-shown": Shown;
  "pane/select-failed": Detail;
  "pane/settings-heading": None;
  "pane/tolerance-label": None;
  "pane/tolerance-hint": None;
  "pane/tolerance-invalid": None;
  "pane/rules-label": None;
  "pane/settings-saved": None;
  "pane/settings-save-failed": Detail;
  "pane/actions-heading": None;
  "pane/fill-empty": None;
  "pane/download": None;
  "pane/action-running": None;
  "pane/apply-flags-done": None;
  "pane/clear-flags-done": None;
  "pane/write-summary-done": None;
  "pane/fill-empty-done": { count: number };
  "pane/download-done": None;
  "pane/action-failed": Detail;
  "pane/fill-confirm-title": None;
  "pane/fill-confirm-body": None;
  "pane/fill-confirm": None;
  "pane/cancel": None;
  "pane/need-report": None;
}

/** The browser page's own words (its failures are keyed by the worker protocol's codes). */
export interface PageMessages {
  "page/title": None;
  "page/subtitle": None;
  "page/privacy": None;
  "page/drop-title": None;
  "page/drop-hint": None;
  "page/choose-file": None;
  "page/choose-other": None;
  "page/drop-here": None;
  "page/opening": { file: string };
  "page/open-failed-title": { file: string };
  "page/failure/empty": None;
  "page/failure/notExcel": None;
  "page/failure/legacyXls": None;
  "page/failure/xlsb": None;
  "page/failure/encrypted": None;
  "page/failure/corrupt": None;
  "page/failure/noSheets": None;
  "page/failure/noWorkbook": None;
  "page/failure/unknownSheet": None;
  "page/failure/internal": None;
  "page/stage/reading": None;
  "page/stage/checking": None;
  "page/stage/annotating": None;
  "page/progress": { stage: string; percent: number };
  "page/file-label": { file: string; sheets: number };
  "page/preview-title": { sheet: string; address: string };
  "page/preview-header": None;
  "page/close-preview": None;
  "page/download-failed": None;
  "page/dismiss": None;
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
  "cli/out-with-several-files": None;
  "cli/out-and-out-dir": None;
  "cli/unknown-rule": { rule: string; known: string[] };
  "cli/write-failed": FileDetail;
  "cli/written": FileOnly;
  "cli/file-heading": FileOnly;
  "cli/sheet-no-table": { sheet: string };
  "cli/sheet-table": { sheet: string; index: number; where: string };
  "cli/summary-line": { sentence: string };
  "cli/indicator-count": { count: number };
  "cli/total": { files: number; errors: number; warnings: number; infos: number };
  "cli/loading": None;
  "cli/checking": None;
}

/** The sheets the check adds ("Tổng hợp", "Phát hiện") and the ribbon commands' messages. */
export interface SheetMessages {
  "summary-sheet/name": None;
  "summary-sheet/title": None;
  "summary-sheet/explanation": None;
  "summary-sheet/sheet": { sheet: string };
  "summary-sheet/table": { index: number; where: string };
  "summary-sheet/chart": { index: number };
  "findings-sheet/name": None;
  "findings-sheet/title": None;
  "ribbon/check": None;
  "ribbon/results-sheet-active": { sheet: string };
  "ribbon/no-table": { sheet: string; reason?: string };
  "ribbon/clean": { sheet: string; total: number };
  "ribbon/failed": { command: string; detail: string };
  "ribbon/too-old": None;
}

export type UiMessages = SharedMessages & PaneMessages & PageMessages & CliMessages & SheetMessages;

export type UiMessageId = keyof UiMessages;

/** The data argument of `t(lang, id, …)`: none for a message without data. */
export type UiArgs<Id extends UiMessageId> = UiMessages[Id] extends None ? [] : [UiMessages[Id]];
