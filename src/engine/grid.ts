/**
 * The engine's input: one worksheet as a grid of cells, produced by every adapter
 * (ExcelJS for the command line and the browser page, Office.js for the add-in).
 *
 * The grid is anchored at A1: `cells[0][0]` is A1 whatever the sheet's used range is.
 * Rows may be missing or shorter than others (sparse sheets); a missing cell is empty.
 */
import { numberText } from "./text/number-text";
import { isTrimmedSpace } from "./text/fold";

/** An Excel error value such as `#DIV/0!`, `#REF!`, `#VALUE!`, `#N/A`. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  /** The typed value: a number cell holds a number, a text cell a string. */
  value: CellValue;
  /** The text Excel displays, when the adapter knows it (e.g. "105,0" for 105 formatted). */
  text?: string;
  /** The cell's number format, e.g. "0.0", "#,##0", "0%". */
  numberFormat?: string;
  /** True when the value comes from a formula. */
  formula?: boolean;
}

/** A merged area, 0-based and inclusive, in grid coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The worksheet's name, e.g. "Biểu 01". */
  name: string;
  /** Row-major cells, 0-based; `cells[r]` or `cells[r][c]` may be undefined (empty). */
  cells: ReadonlyArray<ReadonlyArray<Cell | null | undefined> | undefined>;
  merges: ReadonlyArray<MergedArea>;
  /** 0-based indexes of hidden rows. */
  hiddenRows: ReadonlyArray<number>;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** 0-based column index to letters: 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column letters to a 0-based index: "A" → 0, "AB" → 27. Returns -1 for anything else. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return -1;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based (row, column). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function getCell(grid: Grid, row: number, column: number): Cell | undefined {
  return grid.cells[row]?.[column] ?? undefined;
}

/** Display text of a cell: the adapter's text when present, otherwise the value as text. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  return typeof v === "number" ? numberText(v) : String(v);
}

export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  if (v === null || v === undefined) return true;
  return typeof v === "string" && isBlankText(v);
}

/** `text.trim() === ""` without making the trimmed copy: most texts fail on their first character. */
export function isBlankText(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isTrimmedSpace(text.charCodeAt(k))) return false;
  return true;
}
