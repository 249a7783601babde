/**
 * Merged-cell lookup, built once per sheet. Only the top-left cell of a merged area holds
 * its value (as in Office.js and ExcelJS), so readers ask which area covers a cell.
 * The index maps each row to the areas crossing it: building it costs the total height of
 * the merges, and a lookup scans the few areas of one row.
 */
import type { MergedArea } from "../grid";

export class MergeIndex {
  private readonly byRow = new Map<number, MergedArea[]>();

  constructor(merges: ReadonlyArray<MergedArea>) {
    for (const area of merges) {
      if (area.bottom === area.top && area.right === area.left) continue;
      for (let r = area.top; r <= area.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(area);
        else this.byRow.set(r, [area]);
      }
    }
  }

  /** The merged area covering (row, column), if any (0-based). */
  areaAt(row: number, column: number): MergedArea | undefined {
    // Most sheets have no merge at all: no lookup then.
    if (this.byRow.size === 0) return undefined;
    const list = this.byRow.get(row);
    if (!list) return undefined;
    for (const area of list) {
      if (column >= area.left && column <= area.right) return area;
    }
    return undefined;
  }

  /** True when (row, column) lies inside a merge but is not its top-left cell. */
  isCovered(row: number, column: number): boolean {
    const area = this.areaAt(row, column);
    return area !== undefined && (area.top !== row || area.left !== column);
  }

  /** True when (row, column) is covered by a merge from a row above (a vertical merge). */
  isCoveredFromAbove(row: number, column: number): boolean {
    const area = this.areaAt(row, column);
    return area !== undefined && area.top < row;
  }

  /** Areas starting on this row. */
  areasStartingOn(row: number): MergedArea[] {
    return (this.byRow.get(row) ?? []).filter((a) => a.top === row);
  }
}
