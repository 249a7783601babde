/**
 * Finding header rows. A candidate row holds header labels (see synonyms.ts); a second row
 * joins it when a merge ties the two together ("Kết quả" merged over "Thực hiện | Tỷ lệ %",
 * "TT" merged down over both rows) or when it holds labels of its own and no data.
 * A title block above the header ("Biểu 01", "BIỂU CÁC CHỈ TIÊU …") has no usable labels and
 * is never taken for the header.
 */
import type { ColumnChoice, ColumnMap } from "../types";
import type { Sheet } from "./sheet";
import { assignColumns, isUsableColumnMap, scoreColumns } from "./columns";
import { isColumnNumberText, isGroupCode, isGroupHeadingText } from "./markers";

export interface HeaderCandidate {
  /** 0-based header rows, top first. */
  rows: number[];
  columns: ColumnMap;
  /** Roles that several columns named, and which one was taken. */
  choices: ColumnChoice[];
  score: number;
}

/** Header labels are short texts; a row holding a number-typed cell is data, not a header. */
const MAX_LABEL_LENGTH = 80;

/** How many cells of the row read as header labels (0 when the row cannot be a header row). */
export function countLabels(sheet: Sheet, row: number): number {
  const cells = sheet.nonBlank(row);
  if (cells.length === 0) return 0;
  let labels = 0;
  for (const { cell, text } of cells) {
    if (typeof cell.value === "number") return 0;
    if (text.length <= MAX_LABEL_LENGTH && sheet.headerLabel(text)) labels++;
  }
  return labels;
}

/** The row is the column-number row printed under many headers ("1 | 2 | 3 …", "(1) (2) (3)"). */
export function isColumnNumberRow(sheet: Sheet, row: number): boolean {
  const cells = sheet.nonBlank(row);
  if (cells.length < 2) return false;
  return cells.every(({ text }) => isColumnNumberText(text));
}

const YEAR = /^(?:19|20)\d\d$/;

/** Headers are at most this many rows ("Kết quả" over "Năm 2025" over "TH | %"). */
export const MAX_HEADER_ROWS = 3;

/** Whether the row below the header rows so far is one more header row. */
function continuesHeader(sheet: Sheet, rows: number[]): boolean {
  const last = rows[rows.length - 1];
  const next = last + 1;
  if (next >= sheet.rowCount || sheet.isRowBlank(next) || isColumnNumberRow(sheet, next)) return false;
  const below = sheet.nonBlank(next);
  // Data below a header: numbers, or texts that start like numbers ("1", "3.000"); a year is a label.
  if (below.some(({ text }) => /^\d/.test(text) && !YEAR.test(text))) return false;
  // The body's first group row ("I | Chỉ tiêu về kinh tế") is not a second header row.
  if (below.some(({ text }) => isGroupHeadingText(text) || (isGroupCode(text) && /^[IVX]/.test(text))))
    return false;
  for (const row of rows) {
    // A label merged down into the next row ("TT" over two rows).
    if (sheet.merges.areasStartingOn(row).some((area) => area.bottom >= next)) return true;
  }
  for (const area of sheet.merges.areasStartingOn(last)) {
    // A parent merged across columns with children under it.
    if (area.bottom === last && area.right > area.left) {
      if (below.some(({ column }) => column >= area.left && column <= area.right)) return true;
    }
  }
  return countLabels(sheet, next) >= 2;
}

/**
 * A title line ("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2025-2030") merged across the table: one text,
 * and a header's top row always has several.
 */
function isTitleLine(sheet: Sheet, row: number): boolean {
  const cells = sheet.nonBlank(row);
  if (cells.length !== 1) return false;
  const area = sheet.merges.areaAt(row, cells[0].column);
  return area !== undefined && area.top === row && area.bottom === row && area.right - area.left >= 2;
}

/** The header starting at `row`, when its labels make a usable table. */
export function headerAt(sheet: Sheet, row: number): HeaderCandidate | null {
  if (countLabels(sheet, row) === 0 || isTitleLine(sheet, row)) return null;
  const rows = [row];
  while (rows.length < MAX_HEADER_ROWS && continuesHeader(sheet, rows)) rows.push(rows[rows.length - 1] + 1);
  const { columns, choices } = assignColumns(sheet, rows);
  if (!isUsableColumnMap(columns)) return null;
  return { rows, columns, choices, score: scoreColumns(columns) };
}

/**
 * The first header at or after `from`, scanning row by row (each row is looked at once).
 * The header starting one row lower wins when it is at least as good and this row adds
 * nothing (a title line such as "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU" merged across the header),
 * or when it is strictly better.
 */
export function findHeader(sheet: Sheet, from: number): HeaderCandidate | null {
  for (let r = from; r < sheet.rowCount; r++) {
    const here = headerAt(sheet, r);
    if (!here) continue;
    const below = r + 1 < sheet.rowCount ? headerAt(sheet, r + 1) : null;
    if (below && (below.score > here.score || (here.rows.length > 1 && below.score >= here.score)))
      return below;
    return here;
  }
  return null;
}

/** Rows that read as header labels but do not make a usable table: for the failure reason. */
export function bestPartialHeader(
  sheet: Sheet,
  from: number,
  to: number,
): { row: number; labels: string[] } | null {
  let best: { row: number; labels: string[] } | null = null;
  for (let r = from; r < to; r++) {
    if (countLabels(sheet, r) === 0) continue;
    const labels = sheet
      .nonBlank(r)
      .map(({ text }) => text)
      .filter((text) => text.length <= MAX_LABEL_LENGTH && sheet.headerLabel(text) !== null);
    if (labels.length >= 2 && (!best || labels.length > best.labels.length)) best = { row: r, labels };
  }
  return best;
}
