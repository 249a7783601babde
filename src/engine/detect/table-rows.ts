/**
 * Reading a detected table's rows as group rows and indicator rows.
 *   - group row: a Roman numeral or letter code (I, II, A, b)) with a title and no numbers,
 *     or a code and title in one cell ("I. CÁC CHỈ TIÊU VỀ KINH TẾ"), or a title reading as a
 *     group heading ("Nhóm chỉ tiêu về …") with no code and no values;
 *   - indicator row: a numeric TT ("1", "01", "1.");
 *   - sub-row: TT cell blank, a bullet ("-", "+") or covered by a vertical merge, or a
 *     sub-code under TT 2 ("2.1", or "a"/"b)" with numbers); it carries the code of its TT.
 * Blank rows and the table's statement rows are skipped; hidden rows are kept and flagged.
 * Only the top-left cell of a merge holds a value: a unit or name merged down over sub-rows
 * is read from the top-left cell, but target/actual/percent/status cells are left as they are
 * so a merged value is judged once.
 */
import type { ColumnMap, ColumnRole, DetectedTable, GroupRow, IndicatorRow, TableRow } from "../types";
import type { Cell } from "../grid";
import { cellDisplayText, type Sheet } from "./sheet";
import { isColumnNumberRow } from "./headers";
import {
  isColumnNumberText,
  isBulletCode,
  isLowerLetterCode,
  isGroupCode,
  isNumericCode,
  looksLikeGroupTitle,
  namesIndicatorGroup,
  normaliseGroupCode,
  normaliseNumericCode,
  splitCodeAndTitle,
  statedCount,
} from "./markers";

type RowCells = NonNullable<Sheet["grid"]["cells"][number]>;

const NUMBER_ROLES = ["target", "actual", "percent"] as const;
const ROLES_BESIDES_NAME = ["unit", "target", "actual", "percent", "status"] as const;

function hasNumbers(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  return sheet.hasValueIn(row, columns, NUMBER_ROLES);
}

/**
 * The text of a cell, or of the cell above when it is merged down (not across) into this one.
 * `cells` is the row's cells.
 */
function mergedText(sheet: Sheet, cells: RowCells, row: number, column: number | undefined): string {
  if (column === undefined) return "";
  const area = sheet.merges.areaAt(row, column);
  if (!area) return cellDisplayText(cells[column] ?? undefined);
  return area.left === column ? sheet.text(area.top, column) : "";
}

/** The row's own text in a column: empty when the cell is covered by a merge. */
function ownText(sheet: Sheet, cells: RowCells, row: number, column: number | undefined): string {
  if (column === undefined || sheet.merges.isCovered(row, column)) return "";
  return cellDisplayText(cells[column] ?? undefined);
}

/** The first non-empty own text of the row, left to right (a title merged across the table). */
function firstText(sheet: Sheet, row: number): { column: number; text: string } | null {
  const cells = sheet.nonBlank(row);
  return cells.length > 0 ? { column: cells[0].column, text: cells[0].text } : null;
}

function groupRow(row: number, code: string, title: string): GroupRow {
  const group: GroupRow = { kind: "group", row: row + 1, code, title };
  const count = statedCount(title);
  if (count !== undefined) group.statedCount = count;
  return group;
}

/**
 * The group this row opens, if it is a group row. `underIndicator`: an indicator with its own
 * TT precedes this row in its group, so a code-less row with only a name is one of its
 * sub-rows ("Trong đó: …") rather than a heading. `code` is not a numeric TT; `name` is the
 * row's own name text.
 */
function readGroup(
  sheet: Sheet,
  row: number,
  columns: ColumnMap,
  code: string,
  name: string,
  underIndicator: boolean,
): GroupRow | null {
  if (hasNumbers(sheet, row, columns)) return null;
  if (code !== "" && isGroupCode(code)) {
    const title = name !== "" ? name : (firstText(sheet, row)?.text ?? "");
    return groupRow(row, normaliseGroupCode(code), title === code ? "" : title);
  }
  const first = firstText(sheet, row);
  if (!first) return null;
  if (columns.code === undefined || first.column <= columns.code || code === "") {
    const split = splitCodeAndTitle(first.text);
    if (
      split &&
      (first.column === columns.code || looksLikeGroupTitle(split.title) || /^[IVX]+$/.test(split.code))
    ) {
      return groupRow(row, split.code, split.title);
    }
  }
  if (
    code === "" &&
    (looksLikeGroupTitle(first.text) || !underIndicator) &&
    !hasValuesBesidesName(sheet, row, columns)
  ) {
    // A group heading without a code ("Nhóm chỉ tiêu về …", or a name alone before any TT)
    // is known by its title.
    return groupRow(row, first.text, first.text);
  }
  if (code !== "" && isHeadingInCodeColumn(sheet, row, columns, code, first)) {
    return groupRow(row, first.text, first.text);
  }
  return null;
}

/**
 * A heading typed into the TT column ("Các chỉ tiêu về kinh tế" merged across the table): no
 * code, no values, and either a group heading's words or a merge that reaches the name column.
 */
function isHeadingInCodeColumn(
  sheet: Sheet,
  row: number,
  columns: ColumnMap,
  code: string,
  first: { column: number; text: string },
): boolean {
  if (first.column !== columns.code || first.text !== code) return false;
  if (isBulletCode(code) || isLowerLetterCode(code) || isColumnNumberText(code)) return false;
  if (hasValuesBesidesName(sheet, row, columns) || ownNameText(sheet, row, columns) !== "") return false;
  if (looksLikeGroupTitle(code)) return true;
  const area = sheet.merges.areaAt(row, first.column);
  return area !== undefined && columns.name !== undefined && area.right >= columns.name;
}

function ownNameText(sheet: Sheet, row: number, columns: ColumnMap): string {
  if (columns.name === undefined || sheet.merges.isCovered(row, columns.name)) return "";
  return sheet.text(row, columns.name);
}

/**
 * A group heading on a row whose TT cell is merged down from the indicator above (the TT of
 * the last indicator stretched over the next heading): its words and no values tell it apart.
 */
function headingUnderMergedCode(
  sheet: Sheet,
  row: number,
  columns: ColumnMap,
  name: string,
): GroupRow | null {
  const title = name !== "" ? name : (firstText(sheet, row)?.text ?? "");
  if (title === "" || !namesIndicatorGroup(title) || hasValuesBesidesName(sheet, row, columns)) return null;
  return groupRow(row, title, title);
}

function hasValuesBesidesName(sheet: Sheet, row: number, columns: ColumnMap): boolean {
  return sheet.hasValueIn(row, columns, ROLES_BESIDES_NAME);
}

function cellsByRole(rowCells: RowCells, columns: ColumnMap): IndicatorRow["cells"] {
  // Written out in COLUMN_ROLES order: one object shape per table, no keyed stores per row.
  const cells: Partial<Record<ColumnRole, Cell | undefined>> = {};
  if (columns.code !== undefined) cells.code = rowCells[columns.code] ?? undefined;
  if (columns.name !== undefined) cells.name = rowCells[columns.name] ?? undefined;
  if (columns.unit !== undefined) cells.unit = rowCells[columns.unit] ?? undefined;
  if (columns.target !== undefined) cells.target = rowCells[columns.target] ?? undefined;
  if (columns.actual !== undefined) cells.actual = rowCells[columns.actual] ?? undefined;
  if (columns.percent !== undefined) cells.percent = rowCells[columns.percent] ?? undefined;
  if (columns.status !== undefined) cells.status = rowCells[columns.status] ?? undefined;
  if (columns.note !== undefined) cells.note = rowCells[columns.note] ?? undefined;
  return cells;
}

export function readRows(sheet: Sheet, table: DetectedTable): TableRow[] {
  const { columns } = table;
  const skip = statementRows(table);
  const rows: TableRow[] = [];
  let group: string | null = null;
  /** The code of the last indicator with its own TT (sub-rows belong to it). */
  let lastCode: string | null = null;
  let sequence = 0;

  for (let r = table.firstRow - 1; r <= table.lastRow - 1; r++) {
    const cells = sheet.grid.cells[r];
    if (!cells || (skip !== null && skip.has(r)) || sheet.isRowBlank(r)) continue;
    const coveredFromAbove = columns.code !== undefined && sheet.merges.isCoveredFromAbove(r, columns.code);
    const codeText = unwrapNumber(ownText(sheet, cells, r, columns.code));
    // The TT and the name are read and tested once per row, shared by the header test, the
    // group test and the indicator (a name covered by a merge is then taken from the merge).
    const numeric = isNumericCode(codeText);
    const ownName = ownText(sheet, cells, r, columns.name);
    if (repeatsHeader(sheet, r, columns, codeText, numeric, ownName)) continue;
    // A row whose TT is merged with the one above belongs to that indicator unless it reads as
    // a group heading with no values; a numeric TT never opens a group.
    const underIndicator = columns.code !== undefined && lastCode !== null;
    const found = numeric
      ? null
      : coveredFromAbove
        ? headingUnderMergedCode(sheet, r, columns, ownName)
        : readGroup(sheet, r, columns, codeText, ownName, underIndicator);
    if (found) {
      rows.push(found);
      group = found.code;
      lastCode = null;
      continue;
    }
    let code: string;
    let isSubRow = false;
    let subCode: string | undefined;
    if (columns.code === undefined) {
      // No TT column: every row is its own indicator, numbered in order.
      sequence++;
      code = String(sequence);
    } else if (coveredFromAbove) {
      isSubRow = true;
      code = lastCode ?? normaliseCode(mergedText(sheet, cells, r, columns.code));
    } else if (codeText === "" || isBulletCode(codeText)) {
      isSubRow = lastCode !== null;
      code = lastCode ?? "";
    } else if (lastCode !== null && isLowerLetterCode(codeText)) {
      // "a", "b)" with numbers under TT 2 (a letter row without numbers is a group row).
      isSubRow = true;
      subCode = normaliseGroupCode(codeText);
      code = lastCode;
    } else {
      const normal = numeric ? normaliseNumericCode(codeText) : codeText;
      const parent = normal.includes(".") ? normal.slice(0, normal.indexOf(".")) : null;
      if (parent !== null && lastCode !== null && parent === lastCode.split(".")[0] && numeric) {
        isSubRow = true;
        subCode = normal;
        code = lastCode;
      } else {
        code = normal;
        lastCode = normal;
      }
    }
    const indicator: IndicatorRow = {
      kind: "indicator",
      row: r + 1,
      code,
      isSubRow,
      group,
      name:
        columns.name !== undefined && sheet.merges.isCovered(r, columns.name)
          ? mergedText(sheet, cells, r, columns.name)
          : ownName,
      unit: mergedText(sheet, cells, r, columns.unit),
      cells: cellsByRole(cells, columns),
      hidden: sheet.isHidden(r),
    };
    if (subCode !== undefined) indicator.subCode = subCode;
    rows.push(indicator);
  }
  return rows;
}

/**
 * The header (or its column-number row) repeated inside the table, as when a printed table
 * was pasted page by page: "TT | Chỉ tiêu | …" or "1 | 2 | 3 …". Only rows whose TT is not an
 * ordinary code, or whose name is a bare column number, are looked at. `numeric`: the TT is a
 * numeric code; `name` is the row's own name text.
 */
function repeatsHeader(
  sheet: Sheet,
  row: number,
  columns: ColumnMap,
  codeText: string,
  numeric: boolean,
  name: string,
): boolean {
  if (numeric) return isColumnNumberText(name) && isColumnNumberRow(sheet, row);
  if (codeText === "" || isGroupCode(codeText) || isBulletCode(codeText)) return false;
  return sheet.headerLabel(codeText)?.role === "code" && sheet.headerLabel(name)?.role === "name";
}

/** The 0-based rows of the table's statements, to skip; null when it has none. */
function statementRows(table: DetectedTable): Set<number> | null {
  if (table.statements.length === 0) return null;
  return new Set(table.statements.map((s) => s.row - 1));
}

/** "(2)" → "2": resolutions number their targets in brackets; the TT is the number inside. */
function unwrapNumber(code: string): string {
  return code.length >= 3 && code.length <= 5 && /^\(\d{1,3}\)$/.test(code) ? code.slice(1, -1) : code;
}

function normaliseCode(code: string): string {
  return isNumericCode(code) ? normaliseNumericCode(code) : code;
}
