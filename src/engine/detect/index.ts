/**
 * Table detection: find every target table in a sheet (header rows, column roles, data
 * rows, what ended it, statements below it) and read its rows as groups and indicators.
 * See synonyms.ts (header labels), headers.ts (header rows), columns.ts (roles),
 * extent.ts (where a table ends), rows.ts (row classification), markers.ts (codes, group
 * titles, statements, notes, signatures), merges.ts and sheet.ts (lookups built once per
 * sheet), explicit.ts (a caller's mapping), reasons.ts (why nothing was found).
 * Every row is looked at a bounded number of times: the cost is linear in the sheet.
 */
import type { Grid } from "../grid";
import type { EngineMessage } from "../messages";
import type { ColumnSpan, DetectedTable, Detection, ExplicitMapping, TableRow } from "../types";
import { columnBand, headerBands } from "./bands";
import { detectExplicit } from "./explicit";
import { findExtent } from "./extent";
import { bestPartialHeader, findHeader, isColumnNumberRow, type HeaderCandidate } from "./headers";
import { isNoteText, isSignatureText, isStatementText } from "./markers";
import { emptySheet, noDataRows, noHeader } from "./reasons";
import { readRows } from "./table-rows";
import { Sheet } from "./sheet";

export { classifyHeaderLabel, normaliseLabel } from "./synonyms";
export { BLANK_RUN_END, MAX_BRIDGED_BLANK_RUN, STATEMENT_LOOKAHEAD } from "./extent";
export { MAX_HEADER_ROWS } from "./headers";

/** How many rows above a header may hold its title block. */
const TITLE_ROWS = 6;

function isSheetEmpty(sheet: Sheet): boolean {
  for (let r = 0; r < sheet.rowCount; r++) if (!sheet.isRowBlank(r)) return false;
  return true;
}

/** The title block above the header: its texts, top to bottom, after the previous table. */
function titleAbove(sheet: Sheet, headerTop: number, floor: number): string | undefined {
  const texts: string[] = [];
  for (let r = Math.max(floor, headerTop - TITLE_ROWS); r < headerTop; r++) {
    for (const { text } of sheet.nonBlank(r)) {
      // What is left of the previous table's footer is not this table's title.
      if (!isSignatureText(text) && !isStatementText(text) && !isNoteText(text)) texts.push(text);
    }
  }
  return texts.length > 0 ? texts.join(" — ") : undefined;
}

function tableFrom(
  sheet: Sheet,
  header: HeaderCandidate,
  floor: number,
): { table: DetectedTable | null; resumeAt: number } {
  const lastHeader = header.rows[header.rows.length - 1];
  let first = lastHeader + 1;
  if (first < sheet.rowCount && isColumnNumberRow(sheet, first)) first++;
  const extent = findExtent(sheet, first, header.columns);
  const resumeAt = Math.max(extent.resumeAt, lastHeader + 1);
  if (extent.lastRow < first) return { table: null, resumeAt };
  const table: DetectedTable = {
    headerRows: header.rows.map((r) => r + 1),
    firstRow: first + 1,
    lastRow: extent.lastRow + 1,
    columns: header.columns,
    targetOnly: header.columns.actual === undefined,
    endedBy: extent.endedBy,
    statements: extent.statements,
  };
  if (header.choices.length > 0) table.columnChoices = header.choices;
  const title = titleAbove(sheet, header.rows[0], floor);
  if (title !== undefined) table.title = title;
  return { table, resumeAt };
}

/** Every target table of the sheet, in order; or none and the reason. */
export function detectTables(grid: Grid, mapping?: ExplicitMapping): Detection {
  const sheet = new Sheet(grid);
  if (mapping) return detectExplicit(sheet, mapping);
  if (isSheetEmpty(sheet)) return { tables: [], reason: emptySheet() };
  const first = findHeader(sheet, 0);
  const bands = first ? headerBands(grid, sheet, first) : null;
  if (bands) return detectInBands(grid, bands);
  return detectInSheet(sheet);
}

/** Tables side by side: each band read as a sheet of its own, tables ordered top to bottom, then left to right. */
function detectInBands(grid: Grid, bands: ColumnSpan[]): Detection {
  const tables: DetectedTable[] = [];
  let reason: EngineMessage | undefined;
  for (const span of bands) {
    const found = detectInSheet(new Sheet(columnBand(grid, span)));
    for (const table of found.tables) tables.push({ ...table, columnSpan: span });
    reason ??= found.reason;
  }
  if (tables.length === 0) return { tables, reason };
  tables.sort((a, b) => a.headerRows[0] - b.headerRows[0] || a.columnSpan!.left - b.columnSpan!.left);
  return { tables };
}

function detectInSheet(sheet: Sheet): Detection {
  const tables: DetectedTable[] = [];
  let headerWithoutData: number | null = null;
  let from = 0;
  while (from < sheet.rowCount) {
    const header = findHeader(sheet, from);
    if (!header) break;
    const { table, resumeAt } = tableFrom(sheet, header, from);
    if (table) tables.push(table);
    else headerWithoutData ??= header.rows[header.rows.length - 1];
    from = resumeAt;
  }
  if (tables.length > 0) return { tables };
  const reason: EngineMessage =
    headerWithoutData !== null
      ? noDataRows(headerWithoutData)
      : noHeader(bestPartialHeader(sheet, 0, sheet.rowCount));
  return { tables: [], reason };
}

/** The table's rows: group rows, indicator rows and sub-rows, in sheet order (on its own columns). */
export function readTableRows(grid: Grid, table: DetectedTable): TableRow[] {
  return readRows(new Sheet(table.columnSpan ? columnBand(grid, table.columnSpan) : grid), table);
}
