/** Row-level reading helpers over a grid, shared by the detection modules. */
import { cellText, getCell, isBlankCell, type Cell, type Grid } from "../grid";
import { cleanText } from "../text";
import { MergeIndex } from "./merges";

/** A grid with the lookups detection needs, built once per sheet. */
export class Sheet {
  readonly rowCount: number;
  readonly merges: MergeIndex;
  private readonly hidden: Set<number>;

  constructor(readonly grid: Grid) {
    this.rowCount = grid.cells.length;
    this.merges = new MergeIndex(grid.merges);
    this.hidden = new Set(grid.hiddenRows);
  }

  cell(row: number, column: number): Cell | undefined {
    return getCell(this.grid, row, column);
  }

  /** Display text with whitespace collapsed (diacritics kept). */
  text(row: number, column: number): string {
    return cleanText(cellText(this.cell(row, column)));
  }

  isBlank(row: number, column: number): boolean {
    return isBlankCell(this.cell(row, column));
  }

  width(row: number): number {
    return this.grid.cells[row]?.length ?? 0;
  }

  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }

  /** Every cell of the row is empty. */
  isRowBlank(row: number): boolean {
    const cells = this.grid.cells[row];
    if (!cells) return true;
    for (const cell of cells) if (!isBlankCell(cell ?? undefined)) return false;
    return true;
  }

  /** The row's non-empty cells, left to right, with their cleaned text. */
  nonBlank(row: number): Array<{ column: number; text: string; cell: Cell }> {
    const cells = this.grid.cells[row];
    const out: Array<{ column: number; text: string; cell: Cell }> = [];
    if (!cells) return out;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell && !isBlankCell(cell)) out.push({ column: c, text: cleanText(cellText(cell)), cell });
    }
    return out;
  }
}
