/** A caller's explicit mapping (header rows + column letters) instead of detection. */
import { columnIndex } from "../grid";
import type { ColumnMap, ColumnRole, DetectedTable, Detection, ExplicitMapping } from "../types";
import type { Sheet } from "./sheet";
import { findExtent, statementsBelow, statementsWithin } from "./extent";
import { isColumnNumberRow } from "./headers";
import {
  badColumnLetter,
  badHeaderRows,
  badLastRow,
  missingNameColumn,
  noDataBelowGivenHeader,
} from "./reasons";

export function detectExplicit(sheet: Sheet, mapping: ExplicitMapping): Detection {
  const headerRows = mapping.headerRows;
  if (
    headerRows.length === 0 ||
    headerRows.some((r) => !Number.isInteger(r) || r < 1 || r > sheet.rowCount)
  ) {
    return { tables: [], reason: badHeaderRows(headerRows, sheet.rowCount) };
  }
  const columns: ColumnMap = {};
  for (const [role, letters] of Object.entries(mapping.columns) as Array<[ColumnRole, string | undefined]>) {
    if (letters === undefined || letters.trim() === "") continue;
    const index = columnIndex(letters);
    if (index < 0) return { tables: [], reason: badColumnLetter(role, letters) };
    columns[role] = index;
  }
  if (columns.name === undefined) return { tables: [], reason: missingNameColumn() };

  const lastHeader = Math.max(...headerRows) - 1;
  let first = lastHeader + 1;
  if (first < sheet.rowCount && isColumnNumberRow(sheet, first)) first++;
  const sortedHeaders = [...headerRows].sort((a, b) => a - b);
  const base = {
    headerRows: sortedHeaders,
    firstRow: first + 1,
    columns,
    targetOnly: columns.actual === undefined,
  };

  let table: DetectedTable;
  if (mapping.lastRow !== undefined) {
    if (!Number.isInteger(mapping.lastRow) || mapping.lastRow < first + 1) {
      return { tables: [], reason: badLastRow(mapping.lastRow, first + 1) };
    }
    const last = Math.min(mapping.lastRow, sheet.rowCount) - 1;
    const statements = [
      ...statementsWithin(sheet, first, last, columns),
      ...statementsBelow(sheet, last + 1, columns).statements,
    ];
    table = { ...base, lastRow: last + 1, endedBy: "explicit", statements };
  } else {
    const extent = findExtent(sheet, first, columns);
    if (extent.lastRow < first) return { tables: [], reason: noDataBelowGivenHeader(lastHeader) };
    table = { ...base, lastRow: extent.lastRow + 1, endedBy: extent.endedBy, statements: extent.statements };
  }
  return { tables: [table] };
}
