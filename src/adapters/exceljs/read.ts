/**
 * ExcelJS worksheet → engine Grid. Browser-safe: only ExcelJS types are used, no Node modules,
 * so the browser page's Web Worker and the command line share it.
 */
import type * as ExcelJS from "exceljs";
import type { Cell, CellValue, Grid, MergedArea } from "../../engine/grid";

/** ExcelJS `Cell.type` for the non-master cells of a merged area (ValueType.Merge). */
const MERGE_CELL_TYPE = 1;

/** Excel's day 0 (1899-12-30, counting the 1900 leap-year bug) in milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A date as an Excel serial number, the way the file stores it. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Vietnamese display of a date: "05/09/2025" (time shown only when there is one). */
function dateText(date: Date): string {
  const day = `${pad2(date.getUTCDate())}/${pad2(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad2(h)}:${pad2(m)}`;
}

function richTextToString(rich: ReadonlyArray<{ text?: string }>): string {
  let s = "";
  for (const run of rich) s += run.text ?? "";
  return s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

interface Converted {
  value: CellValue;
  text?: string;
  formula?: boolean;
  /** A date's format when the cell has none of its own, so the engine still sees a date. */
  dateFormat?: string;
}

/** The format a date written without one is shown with, as Excel set to Vietnam shows it. */
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/**
 * One ExcelJS value to the engine's value. Numbers carry no text: ExcelJS does not apply
 * number formats, so its text would be the raw number ("0.95" for a cell showing 95%),
 * and the engine reads numeric cells from the value and the number format instead.
 */
function convertValue(raw: unknown): Converted | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw } : null;
  if (typeof raw === "string") return { value: raw, text: raw };
  if (typeof raw === "boolean") return { value: raw, text: raw ? "TRUE" : "FALSE" };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    return { value: dateToSerial(raw), text: dateText(raw), dateFormat: DEFAULT_DATE_FORMAT };
  }
  if (!isObject(raw)) return null;
  if (typeof raw.error === "string") return { value: { error: raw.error }, text: raw.error };
  if (Array.isArray(raw.richText)) {
    const s = richTextToString(raw.richText as Array<{ text?: string }>);
    return { value: s, text: s };
  }
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = convertValue(raw.result);
    // A formula without a cached result (never calculated) is shown empty by ExcelJS too.
    return { ...(result ?? { value: null }), formula: true };
  }
  if ("hyperlink" in raw) {
    const t = raw.text;
    const s =
      typeof t === "string"
        ? t
        : isObject(t) && Array.isArray(t.richText)
          ? richTextToString(t.richText)
          : "";
    return { value: s, text: s };
  }
  return null;
}

/** The merged areas of a worksheet, 0-based and inclusive. */
export function worksheetMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  // `_merges` (master address → range) is ExcelJS's own index; reading it avoids building
  // `ws.model`, which serialises every row. `model.merges` is the public fallback.
  const internal = (ws as unknown as { _merges?: Record<string, { model?: MergedBox } & MergedBox> })._merges;
  const areas: MergedArea[] = [];
  if (internal && typeof internal === "object") {
    for (const key of Object.keys(internal)) {
      const range = internal[key];
      const box = range?.model ?? range;
      if (box && typeof box.top === "number") {
        areas.push({ top: box.top - 1, left: box.left - 1, bottom: box.bottom - 1, right: box.right - 1 });
      }
    }
    return areas;
  }
  const ranges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const r of ranges) {
    const area = parseRangeAddress(r);
    if (area) areas.push(area);
  }
  return areas;
}

interface MergedBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function lettersToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A8:B9" → 0-based area; null for anything else. */
function parseRangeAddress(range: string): MergedArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(range.toUpperCase());
  if (!m) return null;
  return {
    top: Number(m[2]) - 1,
    left: lettersToIndex(m[1]),
    bottom: Number(m[4]) - 1,
    right: lettersToIndex(m[3]),
  };
}

/**
 * Read one worksheet into a Grid: values (numbers, text, rich text joined, booleans, dates as
 * serial numbers with a d/m/y text and a date format, formula results, error values), number formats, merged
 * areas and hidden rows. As in Office.js only the top-left cell of a merged area keeps its
 * value. One pass over the stored cells; empty cells cost nothing.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: Array<Array<Cell | undefined> | undefined> = [];
  const hiddenRows: number[] = [];

  // Rows without values are skipped (asking ExcelJS for them would create them); a hidden
  // row matters to the engine only when it holds something.
  ws.eachRow((row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    let out: Array<Cell | undefined> | undefined;
    row.eachCell({ includeEmpty: false }, (xc, colNumber) => {
      if (xc.type === MERGE_CELL_TYPE) return;
      const converted = convertValue(xc.value);
      if (!converted) return;
      const cell: Cell = { value: converted.value };
      if (converted.text !== undefined) cell.text = converted.text;
      const numFmt = xc.numFmt;
      if (numFmt && numFmt !== "General") cell.numberFormat = numFmt;
      else if (converted.dateFormat) cell.numberFormat = converted.dateFormat;
      if (converted.formula) cell.formula = true;
      if (!out) out = [];
      out[colNumber - 1] = cell;
    });
    if (out) cells[r] = out;
  });

  return { name: ws.name, cells, merges: worksheetMerges(ws), hiddenRows };
}
