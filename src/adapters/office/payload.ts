/**
 * Excel on the web rejects a request or a response over 5 MB. Reads and writes are planned
 * against a smaller budget from an estimate of their size, and every batch is flushed before
 * it would cross it.
 */
/** What one `context.sync` may carry by estimate; the margin below 5 MB absorbs estimation error. */
export const SYNC_BUDGET_BYTES = 4_500_000;
/** Estimated JSON bytes of one cell read as values + text + numberFormat + valueTypes. */
export const READ_BYTES_PER_CELL = 48;
/** Estimated JSON bytes per row for its visibility. */
export const READ_BYTES_PER_ROW = 24;
/** Excel caps the cells of one range read well below this; stay far from it. */
export const MAX_CELLS_PER_CHUNK = 500_000;

/** Error codes Excel uses when a batch crossed the payload limit. */
const PAYLOAD_ERROR_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERROR_CODES.has(code);
}

/** JSON size of a value written to Excel (what its request carries). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** UTF-8 length of a string without Buffer (the add-in runs in a browser). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/*
 * What one call adds to a request, measured on Office.js 1.1.110's Excel web script (the request
 * body its `context.sync()` sends, for 100 more calls of the kind, on a sheet named "Biểu 01").
 * Texts and arrays add their own JSON on top. Each figure is rounded up a little.
 */
/** `getRange(a).format.fill.clear()` and `.fill.color = …`: measured 553–562 B. */
export const BYTES_FILL_WRITE = 600;
/** `getRange(a).format.fill.load("color")`: measured 549 B. */
export const BYTES_FILL_READ = 600;
/** `getRange(a).getCellProperties({ format: { fill } })`: measured 373 B. */
export const BYTES_CELL_PROPERTIES_READ = 400;
/** `getRange…(…).setCellProperties(grid)`, without the grid's own JSON: measured 345 B. */
export const BYTES_CELL_PROPERTIES_WRITE = 400;
/** `notes.getItemOrNullObject("F6").load("content")`: measured 281 B. */
export const BYTES_NOTE_LOOKUP = 320;
/** A loaded comment's `getLocation().load("address")` (its item path sent too): measured 465 B. */
export const BYTES_LOCATION_LOOKUP = 500;
/** `notes.add(getRange(a), text)` without the text: measured 383 B. */
export const BYTES_NOTE_ADD = 420;
/** `comments.add(getRange(a), text)` without the text: measured 390 B. */
export const BYTES_COMMENT_ADD = 420;
/** Deleting a loaded note, comment or XML part: 20,000 comments' deletes measured 327 B each. */
export const BYTES_DELETE = 360;
/** `getRangeByIndexes(…).hyperlink = {…}` without the link's JSON: measured 346 B. */
export const BYTES_HYPERLINK = 400;
/** One style block of a layout at its heaviest (fonts, fill, wrap, six borders): measured 3,228 B. */
export const BYTES_STYLE_BLOCK = 3_400;
/** A single property set on a new range (a column width, a bold row): measured 568 B. */
export const BYTES_RANGE_PROPERTY = 600;

/**
 * Queues loads of many objects and syncs whenever the next would push the request over the
 * budget, so reading one property of 20,000 cells never becomes one request over the limit.
 */
export async function loadInBatches<TItem, TLoaded>(
  context: Excel.RequestContext,
  items: TItem[],
  bytesEach: (item: TItem) => number,
  queue: (item: TItem) => TLoaded,
  budget = SYNC_BUDGET_BYTES,
): Promise<TLoaded[]> {
  const loaded: TLoaded[] = [];
  let pending = 0;
  for (const item of items) {
    const bytes = bytesEach(item);
    if (pending > 0 && pending + bytes > budget) {
      await context.sync();
      pending = 0;
    }
    loaded.push(queue(item));
    pending += bytes;
  }
  if (pending > 0) await context.sync();
  return loaded;
}

interface PendingWrite {
  bytes: number;
  write: () => void;
}

/**
 * Collects writes and syncs them in requests under the budget. Calculation is suspended in each
 * batch (ExcelApi 1.6) so that Excel does not recalculate after every block. A batch that Excel
 * still refuses for its size was not applied: it is split in two and each half sent again, down
 * to a single write.
 */
export class BatchWriter {
  private pending: PendingWrite[] = [];
  private pendingBytes = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Queue `write` (whose request is about `bytes` long), syncing first when needed. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.pending.length > 0 && this.pendingBytes + bytes > this.budget) await this.flush();
    this.pending.push({ bytes, write });
    this.pendingBytes += bytes;
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (batch.length > 0) await this.send(batch);
  }

  private async send(batch: PendingWrite[]): Promise<void> {
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const { write } of batch) write();
    try {
      await this.context.sync();
      this.syncs++;
    } catch (error) {
      if (!isPayloadLimitError(error) || batch.length < 2) throw error;
      const half = Math.ceil(batch.length / 2);
      await this.send(batch.slice(0, half));
      await this.send(batch.slice(half));
    }
  }
}
