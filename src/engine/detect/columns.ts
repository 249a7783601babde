/**
 * Column roles from one or two header rows.
 * In a two-row header the child labels win ("Kết quả" merged over "Thực hiện | Tỷ lệ %" gives
 * actual and percent); a parent merged across several columns never claims a column by
 * itself, but a parent over a single column (or merged down over both rows) does.
 */
import type { ColumnMap, ColumnRole } from "../types";
import { COLUMN_ROLES } from "../types";
import type { Sheet } from "./sheet";
import type { HeaderLabel } from "./synonyms";

interface LabelledColumn {
  column: number;
  label: HeaderLabel;
}

/** The label of one column of a header made of `rows` (0-based, one or two rows). */
function columnLabel(sheet: Sheet, rows: number[], column: number): HeaderLabel | null {
  const top = rows[0];
  const topArea = sheet.merges.areaAt(top, column);
  const topText = topArea ? sheet.text(topArea.top, topArea.left) : sheet.text(top, column);
  const ownsTop = !topArea || (topArea.top === top && topArea.left === column);
  if (rows.length === 1) return ownsTop ? sheet.headerLabel(topText) : null;

  const bottom = rows[1];
  // A cell merged down over both header rows is a single label.
  if (topArea && topArea.bottom >= bottom) return ownsTop ? sheet.headerLabel(topText) : null;
  const bottomArea = sheet.merges.areaAt(bottom, column);
  const ownsBottom = !bottomArea || (bottomArea.top === bottom && bottomArea.left === column);
  const childText = ownsBottom ? sheet.text(bottom, column) : "";
  const child = sheet.headerLabel(childText);
  if (child) return child;
  const parentSpansMany = topArea !== undefined && topArea.right > topArea.left;
  if (childText !== "") {
    // "Kết quả" over "Năm 2025": read the two together.
    return parentSpansMany && topText !== "" ? sheet.headerLabel(`${topText} ${childText}`) : null;
  }
  if (!ownsBottom) return null;
  return ownsTop && !parentSpansMany ? sheet.headerLabel(topText) : null;
}

/** Role → column, first column wins; a plain "Chỉ tiêu" beside an explicit name column is the target. */
export function assignColumns(sheet: Sheet, rows: number[]): ColumnMap {
  let width = 0;
  for (const r of rows) width = Math.max(width, sheet.width(r));
  const labelled: LabelledColumn[] = [];
  for (let c = 0; c < width; c++) {
    const label = columnLabel(sheet, rows, c);
    if (label) labelled.push({ column: c, label });
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
  // In the usual role order, so reports list them the same way every time.
  const ordered: ColumnMap = {};
  for (const role of COLUMN_ROLES) if (columns[role] !== undefined) ordered[role] = columns[role];
  return ordered;
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
