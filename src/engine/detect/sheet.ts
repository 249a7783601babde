/** Row-level reading helpers over a grid, shared by the detection modules. */
import { cellText, getCell, isBlankCell, type Cell, type Grid } from "../grid";
import { cleanText } from "../text/fold";
import { foldFast } from "../text/fast-fold";
import type { ColumnMap, ColumnRole } from "../types";
import { classifyFoldedLabel, type HeaderLabel } from "./synonyms";
import { MergeIndex } from "./merges";

/** A grid with the lookups detection needs, built once per sheet. */
export class Sheet {
  readonly rowCount: number;
  readonly merges: MergeIndex;
  private readonly hidden: Set<number>;
  /** Folded text and header reading per distinct text: units, labels and statuses repeat. */
  private readonly folds = new Map<string, string>();
  private readonly labels = new Map<string, HeaderLabel | null>();

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
    return cellDisplayText(this.grid.cells[row]?.[column] ?? undefined);
  }

  isBlank(row: number, column: number): boolean {
    return isBlankCell(this.cell(row, column));
  }

  /** Some of the roles' columns holds a value in the row (asked of every row: a plain loop). */
  hasValueIn(row: number, columns: ColumnMap, roles: readonly ColumnRole[]): boolean {
    const cells = this.grid.cells[row];
    if (!cells) return false;
    for (const role of roles) {
      const column = columns[role];
      if (column !== undefined && !isBlankCell(cells[column] ?? undefined)) return true;
    }
    return false;
  }

  /** fold(text), computed once per distinct text of the sheet. */
  folded(text: string): string {
    let f = this.folds.get(text);
    if (f === undefined) {
      f = foldFast(text);
      this.folds.set(text, f);
    }
    return f;
  }

  /** The header role a text names (classifyHeaderLabel), once per distinct text. */
  headerLabel(text: string): HeaderLabel | null {
    let label = this.labels.get(text);
    if (label === undefined) {
      label = classifyFoldedLabel(this.folded(text));
      this.labels.set(text, label);
    }
    return label;
  }

  width(row: number): number {
    return this.grid.cells[row]?.length ?? 0;
  }

  isHidden(row: number): boolean {
    return this.hidden.size > 0 && this.hidden.has(row);
  }

  /** Every cell of the row is empty. */
  isRowBlank(row: number): boolean {
    const cells = this.grid.cells[row];
    if (!cells) return true;
    for (let c = 0; c < cells.length; c++) if (!isBlankCell(cells[c] ?? undefined)) return false;
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

/** Sheet.text of a cell already at hand. */
export function cellDisplayText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (typeof cell.value === "number" && (cell.text === undefined || cell.text === ""))
    return String(cell.value);
  return cleanText(cellText(cell));
}
