import type { CheckOptions, ExplicitMapping, Lang, Polarity, SheetReport } from "../engine/types";

/**
 * What the task pane needs from a workbook. The add-in implements it over Office.js,
 * the browser page over ExcelJS (in a worker). Components receive it as a prop and never
 * call Excel or ExcelJS themselves.
 */
export interface Settings {
  lang: Lang;
  /** Extra tolerance for a reported %, in percentage points. */
  tolerance: number;
  disabledRules: string[];
  /** Per sheet: an explicit mapping replacing detection. */
  mappings: Record<string, ExplicitMapping>;
  /** Per sheet, per 1-based row: polarity overrides. */
  polarity: Record<string, Record<number, Polarity>>;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: "vi",
  tolerance: 0,
  disabledRules: [],
  mappings: {},
  polarity: {},
};

/**
 * The options a check of `sheet` runs with: the user's settings for it. The one place this is
 * computed, for the task pane, the ribbon commands and the browser page alike.
 */
export function checkOptionsFor(settings: Settings, sheet: string): CheckOptions {
  const options: CheckOptions = { disabledRules: settings.disabledRules, tolerance: settings.tolerance };
  const mapping = settings.mappings[sheet];
  if (mapping) options.mapping = mapping;
  const polarity = settings.polarity[sheet];
  if (polarity && Object.keys(polarity).length > 0) options.polarityOverrides = polarity;
  return options;
}

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
  /** Add-in: remove the flags, restoring the user's formatting. */
  clearFlags?(sheet: string): Promise<void>;
  /** Add-in: write the "Tổng hợp" summary sheet. */
  writeSummarySheet?(report: SheetReport, lang: Lang): Promise<void>;
  /** Add-in: fill only the empty % and Đánh giá cells (after the user confirmed). */
  fillEmptyCells?(sheet: string, report: SheetReport): Promise<number>;
  /** Browser page: build and download the annotated workbook. */
  downloadAnnotated?(reports: SheetReport[], lang: Lang): Promise<void>;
}
