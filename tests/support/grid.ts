import type { Cell, CellValue, Grid, MergedArea } from "../../src/engine/grid";
import { columnIndex } from "../../src/engine/grid";

/** A cell given in a test: a plain value, or a full cell (numeric value with text, format …). */
export type TestCell = CellValue | undefined | Cell;

function isCell(value: TestCell): value is Cell {
  return typeof value === "object" && value !== null && "value" in value;
}

/** "A8:A9" → 0-based merged area. */
export function parseRange(range: string): MergedArea {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.toUpperCase());
  if (!m) throw new Error(`bad range ${range}`);
  return {
    top: Number(m[2]) - 1,
    left: columnIndex(m[1]),
    bottom: Number(m[4]) - 1,
    right: columnIndex(m[3]),
  };
}

/**
 * Build a grid from rows of values, row 1 first. Strings stay strings, numbers numbers;
 * `{ value, text, numberFormat }` gives a full cell. `merges` in A1 ranges; `hidden` 1-based rows.
 * As in Office.js, only the top-left cell of a merge keeps its value: pass the others empty.
 */
export function makeGrid(
  rows: TestCell[][],
  options: { name?: string; merges?: string[]; hidden?: number[] } = {},
): Grid {
  const cells = rows.map((row) =>
    row.map((value): Cell | undefined => {
      if (value === undefined) return undefined;
      if (isCell(value)) return value;
      return { value };
    }),
  );
  return {
    name: options.name ?? "Biểu 01",
    cells,
    merges: (options.merges ?? []).map(parseRange),
    hiddenRows: (options.hidden ?? []).map((r) => r - 1),
  };
}
