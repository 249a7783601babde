/**
 * A sheet the check writes, as plain data: rows of cells with values, style names and links,
 * column widths and charts. The ExcelJS and the Office writers render the same layout, so the
 * annotated copy and the add-in show the same sheets with the same words.
 */

/**
 * How a cell looks, by name; each writer maps a name to its own formats.
 * - `title`, `heading`: the sheet's title and a checked sheet's name;
 * - `explanation`: the note under the title;
 * - `header`: a column heading of a counts table or of the findings list;
 * - `cell`, `cell-text`: a counts table's body (`cell-text` wraps: a group's name);
 * - `mismatch`: a reported count that differs from the computed one;
 * - `total`, `total-mismatch`: the all-groups row, and a reported total that differs;
 * - `label`: a bold caption ("Câu tổng hợp:");
 * - `link`: a link to a cell;
 * - `wrap`: long text (a finding's message);
 * - `error`, `warning`: a finding's severity.
 */
export type CellStyle =
  | "title"
  | "heading"
  | "explanation"
  | "header"
  | "cell"
  | "cell-text"
  | "mismatch"
  | "total"
  | "total-mismatch"
  | "label"
  | "link"
  | "wrap"
  | "error"
  | "warning";

/** A cell on another sheet: `sheet` is its name, `cell` its A1 address there. */
export interface CellLink {
  sheet: string;
  cell: string;
}

export interface LayoutCell {
  value: string | number;
  style?: CellStyle;
  link?: CellLink;
}

/** One sheet row; index = column (0 = A), null = an empty cell. */
export type LayoutRow = Array<LayoutCell | null>;

/**
 * A column chart over a block of the sheet (0-based, inclusive): its first row names the
 * series, its first column the categories (the groups).
 */
export interface ChartLayout {
  title: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface SheetLayout {
  /** The name to give the sheet (a free variant is used when a user's sheet has it). */
  name: string;
  /** Widths in characters, from column A. */
  columnWidths: number[];
  rows: LayoutRow[];
  charts: ChartLayout[];
  /** Rows kept in view when scrolling (0 = none). */
  frozenRows: number;
  /** The filtered block (0-based, inclusive), when the sheet is a filterable list. */
  filter?: { top: number; bottom: number; left: number; right: number };
}

export function cell(value: string | number, style?: CellStyle, link?: CellLink): LayoutCell {
  const out: LayoutCell = { value };
  if (style) out.style = style;
  if (link) out.link = link;
  return out;
}

/** The widest row's length: how many columns the layout uses. */
export function layoutWidth(layout: SheetLayout): number {
  return Math.max(layout.columnWidths.length, ...layout.rows.map((r) => r.length));
}
