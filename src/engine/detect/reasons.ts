/** Why detection found no table, naming the rows it looked at (1-based, as a person counts them). */
import { constantMessage, message, type EngineMessage } from "../messages";
import type { ColumnRole } from "../types";

const EMPTY_SHEET = constantMessage("detect/empty-sheet");
const NO_HEADER = constantMessage("detect/no-header");
const MISSING_NAME_COLUMN = constantMessage("detect/missing-name-column");

export function emptySheet(): EngineMessage {
  return EMPTY_SHEET;
}

/** `partial`: the 0-based row that came closest to a header, and its labels. */
export function noHeader(partial: { row: number; labels: string[] } | null): EngineMessage {
  if (!partial || partial.labels.length === 0) return NO_HEADER;
  return message("detect/partial-header", { row: partial.row + 1, labels: partial.labels });
}

/** `headerRow`: 0-based. */
export function noDataRows(headerRow: number): EngineMessage {
  return message("detect/no-data-rows", { headerRow: headerRow + 1 });
}

/** `headerRow`: 0-based. */
export function noDataBelowGivenHeader(headerRow: number): EngineMessage {
  return message("detect/no-data-below-given-header", { headerRow: headerRow + 1 });
}

/** `rows`: as the caller gave them. */
export function badHeaderRows(rows: number[], rowCount: number): EngineMessage {
  return message("detect/bad-header-rows", { rows, rowCount });
}

export function badColumnLetter(role: ColumnRole, letters: string): EngineMessage {
  return message("detect/bad-column-letter", { role, letters });
}

export function missingNameColumn(): EngineMessage {
  return MISSING_NAME_COLUMN;
}

/** Both 1-based. */
export function badLastRow(lastRow: number, firstRow: number): EngineMessage {
  return message("detect/bad-last-row", { lastRow, firstRow });
}
