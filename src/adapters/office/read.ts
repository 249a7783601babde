import type { Cell, Grid, MergedArea } from "../../engine/grid";
import {
  MAX_CELLS_PER_CHUNK,
  READ_BYTES_PER_CELL,
  READ_BYTES_PER_ROW,
  SYNC_BUDGET_BYTES,
  isPayloadLimitError,
} from "./payload";
import type { Features } from "./requirements";

/** The used range's position, 0-based, in sheet coordinates. */
interface UsedArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A block of whole used-range rows read with one range: [first, first + count). */
interface Chunk {
  first: number;
  count: number;
}

export interface ReadStats {
  syncs: number;
}

export interface ReadOptions {
  /** Bytes one sync may carry by estimate (tests lower it to exercise chunking). */
  budgetBytes?: number;
  stats?: ReadStats;
}

function worksheet(context: Excel.RequestContext, sheetName?: string): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  return sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
}

/** Rows of the used range per sync, from an estimate of the bytes each row's response carries. */
export function rowsPerSync(columnCount: number, budget = SYNC_BUDGET_BYTES): number {
  const perRow = columnCount * READ_BYTES_PER_CELL + READ_BYTES_PER_ROW;
  return Math.max(1, Math.floor(budget / perRow));
}

/** Cut the used rows into batches (one sync each) of chunks (one range each). */
export function planBatches(area: UsedArea, budget = SYNC_BUDGET_BYTES): Chunk[][] {
  const perSync = rowsPerSync(area.columnCount, budget);
  const perChunk = Math.max(
    1,
    Math.min(perSync, Math.floor(MAX_CELLS_PER_CHUNK / Math.max(1, area.columnCount))),
  );
  const batches: Chunk[][] = [];
  for (let start = 0; start < area.rowCount; start += perSync) {
    const end = Math.min(area.rowCount, start + perSync);
    const chunks: Chunk[] = [];
    for (let first = start; first < end; first += perChunk)
      chunks.push({ first, count: Math.min(perChunk, end - first) });
    batches.push(chunks);
  }
  return batches;
}

interface LoadedChunk {
  chunk: Chunk;
  range: Excel.Range;
  rowProperties?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  rowRanges?: Excel.Range[];
}

function queueChunk(sheet: Excel.Worksheet, area: UsedArea, chunk: Chunk, features: Features): LoadedChunk {
  const range = sheet.getRangeByIndexes(
    area.rowIndex + chunk.first,
    area.columnIndex,
    chunk.count,
    area.columnCount,
  );
  range.load(["values", "text", "numberFormat", "valueTypes"]);
  if (features.cellProperties) {
    return { chunk, range, rowProperties: range.getRowProperties({ rowHidden: true }) };
  }
  // Before ExcelApi 1.9 a range only says whether all its rows are hidden: ask row by row, same sync.
  const rowRanges: Excel.Range[] = [];
  for (let i = 0; i < chunk.count; i++) {
    const row = range.getRow(i);
    row.load("rowHidden");
    rowRanges.push(row);
  }
  return { chunk, range, rowRanges };
}

function toCell(value: unknown, type: string, text: string, numberFormat: string): Cell | undefined {
  if (type === "Empty") return undefined;
  if (type === "Error") return { value: { error: String(value) }, text };
  const cell: Cell = { value: value as Cell["value"] };
  if (text !== undefined && text !== String(value)) cell.text = text;
  if (numberFormat && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

/**
 * Reads a batch with one sync. When Excel still refuses the response as too large (the estimate
 * was too low for very long texts), the batch is split in two and read again.
 */
async function readBatch(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: UsedArea,
  chunks: Chunk[],
  features: Features,
  stats: ReadStats,
  into: (loaded: LoadedChunk) => void,
): Promise<void> {
  const loaded = chunks.map((chunk) => queueChunk(sheet, area, chunk, features));
  try {
    await context.sync();
    stats.syncs++;
  } catch (error) {
    stats.syncs++;
    const rows = chunks.reduce((n, c) => n + c.count, 0);
    if (!isPayloadLimitError(error) || rows <= 1) throw error;
    const halves = splitChunks(chunks);
    for (const half of halves) await readBatch(context, sheet, area, half, features, stats, into);
    return;
  }
  loaded.forEach(into);
}

function splitChunks(chunks: Chunk[]): Chunk[][] {
  const rows: Chunk[] = [];
  for (const c of chunks) {
    if (c.count === 1) rows.push(c);
    else {
      const half = Math.ceil(c.count / 2);
      rows.push({ first: c.first, count: half }, { first: c.first + half, count: c.count - half });
    }
  }
  const middle = Math.ceil(rows.length / 2);
  return [rows.slice(0, middle), rows.slice(middle)].filter((part) => part.length > 0);
}

/**
 * Reads the used range of a sheet (the active one by default) into the engine's grid, anchored
 * at A1: values, displayed text, number formats, Excel errors, merged areas and hidden rows.
 * One sync for the sheet's shape and merges, then one per batch of rows sized under the payload
 * limit (a single batch up to tens of thousands of cells).
 */
export async function readSheetGrid(
  context: Excel.RequestContext,
  features: Features,
  sheetName?: string,
  options: ReadOptions = {},
): Promise<Grid> {
  const stats = options.stats ?? { syncs: 0 };
  const sheet = worksheet(context, sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true); // values only: formatting alone adds nothing to read
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  let mergedAreas: Excel.RangeAreas | null = null;
  if (features.mergedAreas) {
    // Asked of the whole sheet, not of the used range, so it never hangs off a null object.
    mergedAreas = sheet.getRange().getMergedAreasOrNullObject();
    mergedAreas.load("areaCount");
    mergedAreas.areas.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  }
  await context.sync();
  stats.syncs++;

  const name = sheet.name;
  if (used.isNullObject) return { name, cells: [], merges: [], hiddenRows: [] };
  const area: UsedArea = {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
  const merges: MergedArea[] =
    mergedAreas && !mergedAreas.isNullObject
      ? mergedAreas.areas.items.map((a) => ({
          top: a.rowIndex,
          left: a.columnIndex,
          bottom: a.rowIndex + a.rowCount - 1,
          right: a.columnIndex + a.columnCount - 1,
        }))
      : [];

  const cells: Array<Array<Cell | undefined> | undefined> = new Array(area.rowIndex + area.rowCount).fill(
    undefined,
  );
  const hiddenRows: number[] = [];
  const into = (loaded: LoadedChunk) => {
    const { chunk, range } = loaded;
    const values = range.values;
    const texts = range.text;
    const formats = range.numberFormat;
    const types = range.valueTypes as string[][];
    for (let i = 0; i < chunk.count; i++) {
      const sheetRow = area.rowIndex + chunk.first + i;
      let row: Array<Cell | undefined> | undefined;
      for (let j = 0; j < area.columnCount; j++) {
        const cell = toCell(values[i][j], types[i][j], texts[i][j], formats[i][j] as string);
        if (!cell) continue;
        if (!row) row = new Array(area.columnIndex + area.columnCount).fill(undefined);
        row[area.columnIndex + j] = cell;
      }
      cells[sheetRow] = row;
      const hidden = loaded.rowProperties
        ? loaded.rowProperties.value[i]?.rowHidden
        : loaded.rowRanges?.[i].rowHidden;
      if (hidden) hiddenRows.push(sheetRow);
    }
  };
  for (const batch of planBatches(area, options.budgetBytes)) {
    await readBatch(context, sheet, area, batch, features, stats, into);
  }
  hiddenRows.sort((a, b) => a - b);
  return { name, cells, merges, hiddenRows };
}
