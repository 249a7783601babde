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

/**
 * Queues writes and syncs whenever the next one would push the pending request over the budget,
 * so a write of any size is cut into requests under the limit. Calculation is suspended in each
 * batch (ExcelApi 1.6) so that Excel does not recalculate after every block.
 */
export class BatchWriter {
  private pending = 0;
  private suspended = false;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Queue `write` (whose request is about `bytes` long), syncing first when needed. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    if (!this.suspended) {
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
      this.suspended = true;
    }
    write();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0 && !this.suspended) return;
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
    this.suspended = false;
  }
}
