/**
 * Loads an .xlsx with ExcelJS and says how far it has got. ExcelJS says nothing while it reads,
 * so its steps are watched from the outside, on this one workbook only: the worksheet XML as its
 * parser consumes it (measured against the sizes in the zip's directory), its reconcile step,
 * and the rows it then turns into cells. Should a later ExcelJS change any of these internals,
 * loading still works; the progress only moves in fewer steps.
 */
import type ExcelJS from "exceljs";
import { zipEntrySizes } from "./zip-sizes";

/**
 * Where each step ends, as a share of the whole load, measured on generated workbooks of
 * 5,000–50,000 rows: unzipping about a tenth, the worksheet XML about two fifths, reconcile
 * about a sixth, building the cells the rest.
 */
const UNZIPPED = 0.1;
const PARSED = 0.5;
const RECONCILED = 0.7;

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

type Chunk = string | Uint8Array;

/** ExcelJS's model of the workbook read, as far as it is watched. */
interface ReadModel {
  worksheets?: Array<{ rows?: unknown[] }>;
}

/** The members of ExcelJS's XLSX reader that are watched (not part of its typed API). */
interface WatchedReader {
  _processWorksheetEntry?: (stream: AsyncIterable<Chunk>, ...rest: unknown[]) => Promise<unknown>;
  reconcile?: (model: ReadModel, ...rest: unknown[]) => unknown;
}

/** The stream, passed on chunk by chunk, each chunk's length told to `seen` as it goes by. */
async function* counted(stream: AsyncIterable<Chunk>, seen: (length: number) => void): AsyncIterable<Chunk> {
  for await (const chunk of stream) {
    seen(chunk.length);
    yield chunk;
  }
}

/** `workbook.xlsx.load(bytes)`, calling `onProgress` with fractions that only grow, ending at 1. */
export async function loadWithProgress(
  workbook: ExcelJS.Workbook,
  bytes: ArrayBuffer,
  onProgress: (fraction: number) => void,
): Promise<void> {
  let worksheetBytes = 0;
  for (const [name, size] of zipEntrySizes(new Uint8Array(bytes))) {
    if (WORKSHEET.test(name)) worksheetBytes += size;
  }
  let last = 0;
  const tell = (fraction: number) => {
    if (fraction <= last) return;
    last = fraction;
    onProgress(fraction);
  };

  const reader = workbook.xlsx as unknown as WatchedReader;
  let consumed = 0;
  // Characters against bytes: a sheet's XML is nearly all ASCII, and the share is capped anyway.
  const parsed = (length: number) => {
    consumed += length;
    const share = worksheetBytes > 0 ? Math.min(1, consumed / worksheetBytes) : 0;
    tell(UNZIPPED + (PARSED - UNZIPPED) * share);
  };
  const unwatchRows: Array<() => void> = [];
  const restore = [
    watch(reader, "_processWorksheetEntry", (process) => (stream, ...rest) => {
      tell(UNZIPPED);
      const watched = Symbol.asyncIterator in stream ? counted(stream, parsed) : stream;
      return process.call(reader, watched, ...rest);
    }),
    watch(reader, "reconcile", (reconcile) => (model, ...rest) => {
      tell(PARSED);
      const result = reconcile.call(reader, model, ...rest);
      tell(RECONCILED);
      unwatchRows.push(watchRows(model, (share) => tell(RECONCILED + (1 - RECONCILED) * share)));
      return result;
    }),
  ];
  try {
    await workbook.xlsx.load(bytes);
  } finally {
    for (const undo of [...restore, ...unwatchRows]) undo();
  }
  tell(1);
}

/**
 * Counts the rows as ExcelJS turns each sheet's row models into cells (it walks them with
 * `forEach`); `share` gets the part of all rows done, every hundred rows.
 */
function watchRows(model: ReadModel, share: (done: number) => void): () => void {
  const lists = (model.worksheets ?? []).map((ws) => ws.rows).filter((rows) => Array.isArray(rows));
  const total = lists.reduce((n, rows) => n + rows.length, 0);
  if (total === 0) return () => undefined;
  let done = 0;
  for (const rows of lists) {
    const forEach = rows.forEach;
    Object.defineProperty(rows, "forEach", {
      configurable: true,
      value(this: unknown[], each: (row: unknown, index: number, all: unknown[]) => void, thisArg?: unknown) {
        forEach.call(this, (row, index, all) => {
          each.call(thisArg, row, index, all);
          if (++done % 100 === 0) share(done / total);
        });
      },
    });
  }
  return () => {
    for (const rows of lists) delete (rows as { forEach?: unknown }).forEach;
  };
}

/** Puts `wrap(method)` in place of the reader's own `name`; returns how to put ExcelJS's back. */
function watch<Name extends keyof WatchedReader>(
  reader: WatchedReader,
  name: Name,
  wrap: (method: NonNullable<WatchedReader[Name]>) => NonNullable<WatchedReader[Name]>,
): () => void {
  const method = reader[name];
  if (typeof method !== "function") return () => undefined;
  const own = Object.prototype.hasOwnProperty.call(reader, name);
  reader[name] = wrap(method);
  return () => {
    if (own) reader[name] = method;
    else delete reader[name];
  };
}
