/**
 * Where a table ends. Reading down from the first data row, the table ends at
 *   - a run of blank rows (BLANK_RUN_END visible blank rows; hidden blank rows do not count),
 *     unless the run is short and the next row carries on the numbering (a TT or group code);
 *   - a summary statement ("Tổng số: 23 chỉ tiêu; vượt: 07 …") not followed by more data;
 *   - a note ("Ghi chú: …") or the signature block ("NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY", a date line);
 *   - the header of another table, looked for only after a blank row or a row without values
 *     such as its title (endedBy "blank"; the title rows are left out of this table);
 *   - the end of the sheet.
 * Statements in the table and within STATEMENT_LOOKAHEAD rows below it belong to it.
 * Every row is looked at a bounded number of times, so the cost is linear in the sheet.
 */
import type { ColumnMap, DetectedTable } from "../types";
import type { Cell } from "../grid";
import { cellDisplayText, type Sheet } from "./sheet";
import { headerAt } from "./headers";
import {
  isGroupCode,
  isNoteFolded,
  isNumericCode,
  isSignatureFolded,
  isStatementFolded,
  isStatementText,
  lead,
} from "./markers";

/** Two visible blank rows in a row end a table; a single blank row inside it does not. */
export const BLANK_RUN_END = 2;
/** A blank run up to this long is bridged when the next row continues the numbering. */
export const MAX_BRIDGED_BLANK_RUN = 3;
/** How far below the table's last row statements are still collected. */
export const STATEMENT_LOOKAHEAD = 6;

export type Statement = DetectedTable["statements"][number];

export interface Extent {
  /** 0-based last data row (firstRow - 1 when there is none). */
  lastRow: number;
  endedBy: DetectedTable["endedBy"];
  statements: Statement[];
  /** 0-based row where the search for the next table resumes. */
  resumeAt: number;
}

type Trailer = "statement" | "note" | "signature";

const VALUE_ROLES = ["target", "actual", "percent", "status", "unit"] as const;

/** The row's code cell holds a TT or group code. */
function hasCode(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  if (columns.code === undefined) return false;
  const cell = sheet.cell(row, columns.code);
  // A TT typed as a whole number reads as digits: a numeric code without writing it out.
  if (cell !== undefined && isWholeNumberCode(cell)) return true;
  const code = cellDisplayText(cell);
  return code !== "" && (isNumericCode(code) || isGroupCode(code));
}

/** A number cell shown as its value, a whole number of one to six digits ("1" … "999999"). */
function isWholeNumberCode(cell: Cell): boolean {
  const value = cell.value;
  return (
    typeof value === "number" &&
    (cell.text === undefined || cell.text === "") &&
    Number.isInteger(value) &&
    value >= 0 &&
    value < 1e6
  );
}

/** The row carries a value in a target/actual/percent/status/unit column. */
export function hasValues(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  return sheet.hasValueIn(row, columns, VALUE_ROLES);
}

/** A target/actual/percent cell holds a number, or a text that starts like one ("3.000", "≥ 90"). */
function hasNumberInValues(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  for (const role of ["target", "actual", "percent"] as const) {
    const c = columns[role];
    if (c === undefined) continue;
    const value = sheet.cell(row, c)?.value;
    if (typeof value === "number") return true;
    if (typeof value === "string" && NUMBER_START.test(value)) return true;
  }
  return false;
}

const NUMBER_START = /^\s*[-+<>≤≥~]?\s*\d/;
/** Trailer rows (statement, note, signature) hold a few cells; a wider row is data. */
const MAX_TRAILER_CELLS = 6;
const MAX_SIGNATURE_CELL = 48;

/** Statement, note or signature row; data rows (with a TT code or numbers) never are. */
export function classifyTrailer(sheet: Sheet, row: number, columns: ColumnMap): Trailer | null {
  if (hasCode(sheet, row, columns) || hasNumberInValues(sheet, row, columns)) return null;
  const cells = sheet.nonBlank(row);
  if (cells.length === 0 || cells.length > MAX_TRAILER_CELLS) return null;
  // A wide row with a long text (an indicator's name) is data: signature lines are short.
  if (cells.length > 3 && cells.some(({ text }) => text.length > MAX_SIGNATURE_CELL)) return null;
  const folded = cells.map(({ text }) => lead(sheet.folded(text)));
  // A note starts the row ("Ghi chú: …"); a note column of a data row does not end the table.
  if (isNoteFolded(folded[0])) return "note";
  if (cells.length <= 3 && folded.some(isStatementFolded)) return "statement";
  if (folded.some(isSignatureFolded)) return "signature";
  return null;
}

function statementsOf(sheet: Sheet, row: number): Statement[] {
  return sheet
    .nonBlank(row)
    .filter(({ text }) => isStatementText(text))
    .map(({ column, text }) => ({ row: row + 1, column, text }));
}

/** Could this row start another table's header? Cheap checks first: data rows hold numbers. */
function startsAnotherTable(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  if (hasCode(sheet, row, columns) || hasNumberInValues(sheet, row, columns)) return false;
  return headerAt(sheet, row) !== null;
}

/** The next non-blank row after `row`, within `limit` rows; -1 when none. */
function nextNonBlank(sheet: Sheet, row: number, limit: number): number {
  for (let r = row + 1; r < sheet.rowCount && r <= row + limit; r++) if (!sheet.isRowBlank(r)) return r;
  return -1;
}

/** A coded data row (TT or group code): the table carries on there. */
function continuesTable(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  return row >= 0 && hasCode(sheet, row, columns) && !startsAnotherTable(sheet, row, columns);
}

export function findExtent(sheet: Sheet, firstRow: number, columns: ColumnMap): Extent {
  const statements: Statement[] = [];
  let lastContent = firstRow - 1;
  let blankRun = 0;
  let endedBy: Extent["endedBy"] = "sheetEnd";
  let stopRow = sheet.rowCount;
  let trimTitle = false;
  // Another table's header follows a blank row or a row without values (its title), so
  // rows right after a data row are not probed: that keeps the probe off every row.
  let afterData = false;

  let r = firstRow;
  for (; r < sheet.rowCount; r++) {
    if (sheet.isRowBlank(r)) {
      if (sheet.isHidden(r)) continue;
      afterData = false;
      blankRun++;
      if (blankRun >= BLANK_RUN_END) {
        const next = nextNonBlank(sheet, r, MAX_BRIDGED_BLANK_RUN - blankRun + 1);
        if (next >= 0 && continuesTable(sheet, next, columns)) {
          r = next - 1;
          blankRun = 0;
          continue;
        }
        endedBy = "blank";
        stopRow = r + 1;
        break;
      }
      continue;
    }
    blankRun = 0;
    const trailer = classifyTrailer(sheet, r, columns);
    if (trailer === "statement") {
      statements.push(...statementsOf(sheet, r));
      if (continuesTable(sheet, nextNonBlank(sheet, r, 2), columns)) continue;
      endedBy = "statement";
      stopRow = r + 1;
      break;
    }
    if (trailer) {
      statements.push(...statementsOf(sheet, r));
      endedBy = trailer;
      stopRow = r + 1;
      break;
    }
    if (r > firstRow && !afterData && startsAnotherTable(sheet, r, columns)) {
      endedBy = "blank";
      stopRow = r;
      trimTitle = true;
      break;
    }
    lastContent = r;
    afterData = hasValues(sheet, r, columns);
  }

  if (trimTitle) {
    // Title rows of the next table ("Biểu 02", "BIỂU CHỈ TIÊU XÃ B") carry no code and no values.
    while (
      lastContent >= firstRow &&
      !hasCode(sheet, lastContent, columns) &&
      !hasValues(sheet, lastContent, columns)
    ) {
      lastContent--;
    }
    return { lastRow: lastContent, endedBy, statements, resumeAt: lastContent + 1 };
  }

  const below = statementsBelow(sheet, stopRow, columns);
  statements.push(...below.statements);
  return { lastRow: lastContent, endedBy, statements, resumeAt: Math.max(stopRow, below.resumeAt) };
}

/** Statements within STATEMENT_LOOKAHEAD rows from `from`, stopping at another table's header. */
export function statementsBelow(
  sheet: Sheet,
  from: number,
  columns: ColumnMap,
): { statements: Statement[]; resumeAt: number } {
  const statements: Statement[] = [];
  let resumeAt = from;
  const limit = Math.min(sheet.rowCount, from + STATEMENT_LOOKAHEAD);
  for (let s = from; s < limit; s++) {
    if (sheet.isRowBlank(s)) continue;
    if (startsAnotherTable(sheet, s, columns)) break;
    const found = statementsOf(sheet, s);
    if (found.length > 0) {
      statements.push(...found);
      resumeAt = s + 1;
    }
  }
  return { statements, resumeAt };
}

/** Statement rows inside [from, to] (0-based, inclusive), e.g. for an explicit last row. */
export function statementsWithin(sheet: Sheet, from: number, to: number, columns: ColumnMap): Statement[] {
  const statements: Statement[] = [];
  for (let r = from; r <= to; r++) {
    if (classifyTrailer(sheet, r, columns) === "statement") statements.push(...statementsOf(sheet, r));
  }
  return statements;
}
