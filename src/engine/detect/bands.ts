/**
 * Tables side by side on one sheet (one per former commune: A–G and I–O). Their header row
 * splits into column bands: runs of labelled columns separated by an empty column, or a TT
 * label coming again after a name column. Each band is then read as a sheet of its own (the
 * other columns masked out, addresses unchanged), so every table keeps its own columns, rows
 * and statement.
 */
import type { Grid, MergedArea } from "../grid";
import type { ColumnSpan } from "../types";
import { assignColumns, isUsableColumnMap } from "./columns";
import type { HeaderCandidate } from "./headers";
import { Sheet } from "./sheet";

/** The grid with every cell and merge outside `span` left out; rows and columns keep their places. */
export function columnBand(grid: Grid, span: ColumnSpan): Grid {
  const cells = grid.cells.map((row) => {
    if (!row) return row;
    const out = new Array<(typeof row)[number]>(Math.min(row.length, span.right + 1));
    for (let c = span.left; c < out.length; c++) out[c] = row[c];
    return out;
  });
  const merges: MergedArea[] = [];
  for (const m of grid.merges) {
    if (m.left < span.left || m.left > span.right) continue;
    merges.push(m.right > span.right ? { ...m, right: span.right } : m);
  }
  return { ...grid, cells, merges };
}

/** Whether any header row holds a text in the column, or a merge covers it there. */
function isLabelled(sheet: Sheet, rows: readonly number[], column: number): boolean {
  return rows.some((r) => sheet.text(r, column) !== "" || sheet.merges.areaAt(r, column) !== undefined);
}

/** Runs of labelled header columns, split at an empty column and where a TT label comes again. */
function headerRuns(sheet: Sheet, rows: readonly number[]): ColumnSpan[] {
  let width = 0;
  for (const r of rows) width = Math.max(width, sheet.width(r));
  const runs: ColumnSpan[] = [];
  let current: ColumnSpan | null = null;
  let sawName = false;
  for (let c = 0; c < width; c++) {
    if (!isLabelled(sheet, rows, c)) {
      current = null;
      continue;
    }
    const role = rows.map((r) => sheet.headerLabel(sheet.text(r, c))?.role).find((x) => x !== undefined);
    if (current && role === "code" && sawName) current = null;
    if (!current) {
      current = { left: c, right: c };
      runs.push(current);
      sawName = false;
    }
    current.right = c;
    if (role === "name") sawName = true;
  }
  return runs;
}

/**
 * The column bands of a sheet whose first header holds several tables side by side, or null
 * when it holds one. Each band reaches to the next one's first column (a column with no
 * header stays with the table on its left); the last reaches to the sheet's edge.
 */
export function headerBands(grid: Grid, sheet: Sheet, header: HeaderCandidate): ColumnSpan[] | null {
  const runs = headerRuns(sheet, header.rows);
  if (runs.length < 2) return null;
  const usable = runs.filter((run) => {
    const band = new Sheet(columnBand(grid, run));
    return isUsableColumnMap(assignColumns(band, header.rows).columns);
  });
  if (usable.length < 2) return null;
  let edge = 0;
  for (const row of grid.cells) edge = Math.max(edge, row?.length ?? 0);
  return usable.map((run, i) => ({
    left: i === 0 ? 0 : run.left,
    right: i + 1 < usable.length ? usable[i + 1].left - 1 : Math.max(edge - 1, run.right),
  }));
}
