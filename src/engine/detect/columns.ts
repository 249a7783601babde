/**
 * Column roles from one to three header rows.
 * In a two-row header the child labels win ("Kết quả" merged over "Thực hiện | Tỷ lệ %" gives
 * actual and percent); a parent merged across several columns never claims a column by
 * itself, but a parent over a single column (or merged down over both rows) does.
 */
import type { ColumnChoice, ColumnMap, ColumnRole } from "../types";
import { COLUMN_ROLES } from "../types";
import { chooseColumns } from "./column-choice";
import type { Sheet } from "./sheet";
import type { HeaderLabel } from "./synonyms";

interface LabelledColumn {
  column: number;
  label: HeaderLabel;
  /** The header text the label was read from. */
  text: string;
}

interface ReadLabel {
  label: HeaderLabel;
  text: string;
}

/**
 * The label of one column of a header made of `rows` (0-based, one to three rows), read from
 * the bottom up: the lowest label that names a role wins; a cell merged across several
 * columns names a role only together with the texts below it, or when it reaches down to
 * the last header row (then for its left column only).
 */
function columnLabel(sheet: Sheet, rows: number[], column: number): ReadLabel | null {
  const bottom = rows[rows.length - 1];
  const below: string[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    const area = sheet.merges.areaAt(row, column);
    // Covered by a label merged down from a higher row: read it there (or, when that row is
    // above this header, not at all).
    if (area && area.top !== row) continue;
    const text = area ? sheet.text(area.top, area.left) : sheet.text(row, column);
    if (text === "") continue;
    const spansMany = area !== undefined && area.right > area.left;
    if (spansMany && area.bottom >= bottom) return area.left === column ? readLabel(sheet, text) : null;
    if (spansMany) {
      // "Kết quả" over "Năm 2025": read the two together; alone, a parent claims nothing.
      return below.length > 0 ? readLabel(sheet, `${text} ${below.reverse().join(" ")}`) : null;
    }
    const label = readLabel(sheet, text);
    if (label) return label;
    below.push(text);
  }
  return null;
}

function readLabel(sheet: Sheet, text: string): ReadLabel | null {
  const label = sheet.headerLabel(text);
  return label ? { label, text } : null;
}

/**
 * Role → column, first column wins; a plain "Chỉ tiêu" beside an explicit name column is the
 * target; two columns for the target or the percent are settled by their headers' meaning
 * (column-choice.ts), and the choice is returned with its reason.
 */
export function assignColumns(sheet: Sheet, rows: number[]): { columns: ColumnMap; choices: ColumnChoice[] } {
  let width = 0;
  for (const r of rows) width = Math.max(width, sheet.width(r));
  const labelled: LabelledColumn[] = [];
  for (let c = 0; c < width; c++) {
    const read = columnLabel(sheet, rows, c);
    if (read) labelled.push({ column: c, label: read.label, text: read.text });
  }
  const columns: ColumnMap = {};
  const claim = (role: ColumnRole, column: number) => {
    if (columns[role] === undefined) columns[role] = column;
  };
  for (const { column, label } of labelled) if (!label.plainChiTieu) claim(label.role, column);
  // Several result columns ("Kết quả" over "2021 … Ước 2025"): the one just left of the % column.
  const actuals = labelled.filter(({ label }) => label.role === "actual").map(({ column }) => column);
  if (actuals.length > 1 && columns.percent !== undefined) {
    const beforePercent = actuals.filter((c) => c < columns.percent!);
    if (beforePercent.length > 0) columns.actual = beforePercent[beforePercent.length - 1];
  }
  for (const { column, label } of labelled) {
    if (!label.plainChiTieu) continue;
    if (columns.name === undefined) columns.name = column;
    else if (columns.name !== column) claim("target", column);
  }
  const named = labelled
    .filter(({ label }) => !label.plainChiTieu)
    .map(({ column, label, text }) => ({ column, role: label.role, text }));
  const choices = chooseColumns(named, columns);
  // In the usual role order, so reports list them the same way every time.
  const ordered: ColumnMap = {};
  for (const role of COLUMN_ROLES) if (columns[role] !== undefined) ordered[role] = columns[role];
  return { columns: ordered, choices };
}

/** Enough roles to be a target table: a name column plus target, actual, percent or status. */
export function isUsableColumnMap(columns: ColumnMap): boolean {
  return (
    columns.name !== undefined &&
    (columns.target !== undefined ||
      columns.actual !== undefined ||
      columns.percent !== undefined ||
      columns.status !== undefined)
  );
}

const ROLE_WEIGHT: Record<ColumnRole, number> = {
  name: 3,
  target: 2,
  actual: 2,
  percent: 1,
  status: 1,
  code: 1,
  unit: 1,
  note: 0.5,
};

export function scoreColumns(columns: ColumnMap): number {
  let score = 0;
  for (const role of Object.keys(columns) as ColumnRole[]) score += ROLE_WEIGHT[role];
  return score;
}
