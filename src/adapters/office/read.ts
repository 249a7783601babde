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

/** What the first sync asks: the sheet's name, its used range and (ExcelApi 1.13) its merged areas. */
interface Shape {
  used: Excel.Range;
  mergedAreas: Excel.RangeAreas | null;
  /** Set when there were too many merged areas to ask at once. */
  mergedInBands?: boolean;
}

function queueShape(sheet: Excel.Worksheet, withMerges: boolean): Shape {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true); // values only: formatting alone adds nothing to read
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  if (!withMerges) return { used, mergedAreas: null };
  // Asked of the whole sheet, not of the used range, so it never hangs off a null object.
  return { used, mergedAreas: queueMergedAreas(sheet.getRange()) };
}

function queueMergedAreas(range: Excel.Range): Excel.RangeAreas {
  const areas = range.getMergedAreasOrNullObject();
  areas.load("areaCount");
  areas.areas.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  return areas;
}

function toMerges(areas: Excel.RangeAreas): MergedArea[] {
  return areas.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

/** Excel's last column (XFD) is the 16,384th. */
const SHEET_COLUMNS = 16384;
/** Merged areas aimed at per band: under the 512 Excel answers, for bands denser than the average. */
const MERGES_PER_BAND = 400;
/** Bands asked in one sync once their height is known (each answers at most 512 small areas). */
const BANDS_PER_SYNC = 32;

/**
 * The merged areas of rows 0..lastRow, for a sheet with more than Excel answers in one call (512).
 * Bands of rows, halved until one answers; then as many bands a sync as the areas found so far
 * say will answer, halved again when a sync fails. Excel gives a band the merged areas whose
 * top-left cell is in it (office-js #3611), so each area comes once, whole.
 */
async function mergesByBands(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  lastRow: number,
  stats: ReadStats,
): Promise<MergedArea[]> {
  const merges: MergedArea[] = [];
  let height = Math.ceil((lastRow + 1) / 2); // the whole sheet already failed
  let next = 0;
  let densityKnown = false;
  while (next <= lastRow) {
    const bands: Array<{ first: number; areas: Excel.RangeAreas }> = [];
    for (let first = next; first <= lastRow && bands.length < (densityKnown ? BANDS_PER_SYNC : 1);) {
      const count = Math.min(height, lastRow - first + 1);
      const range = sheet.getRangeByIndexes(first, 0, count, SHEET_COLUMNS);
      bands.push({ first, areas: queueMergedAreas(range) });
      first += count;
    }
    try {
      await context.sync();
      stats.syncs++;
    } catch (error) {
      stats.syncs++;
      if (height <= 1) throw error;
      height = Math.ceil(height / 2);
      continue;
    }
    let found = 0;
    for (const band of bands) {
      if (band.areas.isNullObject) continue;
      const areas = toMerges(band.areas);
      merges.push(...areas);
      found += areas.length;
    }
    const rows = Math.min(lastRow + 1, next + bands.length * height) - next;
    next += rows;
    densityKnown = true;
    height = Math.max(1, Math.floor((MERGES_PER_BAND * rows) / Math.max(1, found)));
  }
  return merges;
}

/**
 * Reads the used range of a sheet (the active one by default) into the engine's grid, anchored
 * at A1: values, displayed text, number formats, Excel errors, merged areas and hidden rows.
 * One sync for the sheet's shape and merges, then one per batch of rows sized under the payload
 * limit (a single batch up to tens of thousands of cells). A sheet of over 512 merged areas takes
 * a few more syncs for them (Excel answers no more at once).
 */
export async function readSheetGrid(
  context: Excel.RequestContext,
  features: Features,
  sheetName?: string,
  options: ReadOptions = {},
): Promise<Grid> {
  const stats = options.stats ?? { syncs: 0 };
  const sheet = worksheet(context, sheetName);
  let shape = queueShape(sheet, features.mergedAreas);
  try {
    await context.sync();
    stats.syncs++;
  } catch (error) {
    stats.syncs++;
    if (!shape.mergedAreas) throw error;
    // Excel fails the whole batch when the sheet has over 512 merged areas: ask again without
    // them (a failure here is not theirs and is thrown), then read them by bands of rows.
    shape = queueShape(sheet, false);
    await context.sync();
    stats.syncs++;
    shape.mergedInBands = true;
  }

  const { used } = shape;
  const name = sheet.name;
  if (used.isNullObject) return { name, cells: [], merges: [], hiddenRows: [] };
  const area: UsedArea = {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
  const merges: MergedArea[] = shape.mergedInBands
    ? await mergesByBands(context, sheet, area.rowIndex + area.rowCount - 1, stats)
    : shape.mergedAreas && !shape.mergedAreas.isNullObject
      ? toMerges(shape.mergedAreas)
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
