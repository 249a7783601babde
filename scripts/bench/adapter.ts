/**
 * Office adapter benchmark on the in-memory Excel: reading a results table of N rows into the
 * engine's grid. Prints one line per size:
 *   adapter rows=N syncs=S max_payload_bytes=B
 * S = context.sync calls; B = the largest request or response of any sync (Excel on the web
 * refuses over 5,000,000 bytes). Targets: S ≤ 4 at 10,000 rows, B < 5,000,000 at every size.
 */
import { readSheetGrid } from "../../src/adapters/office/read";
import { detectFeatures } from "../../src/adapters/office/requirements";
import { FakeExcel, FakeWorkbookState, addTargetTable } from "../../tests/support/fake-excel";

export const ADAPTER_BENCH_ROWS = [10_000, 50_000];

export async function measureRead(rows: number): Promise<{ syncs: number; maxPayloadBytes: number }> {
  const state = new FakeWorkbookState();
  addTargetTable(state, "Biểu 01", rows);
  const excel = new FakeExcel(state);
  const features = detectFeatures(excel.env());
  const grid = await excel.run((context) => readSheetGrid(context, features, "Biểu 01"));
  if (grid.cells.length < rows) throw new Error(`read ${grid.cells.length} rows, expected at least ${rows}`);
  return { syncs: excel.syncs.length, maxPayloadBytes: excel.maxPayloadBytes };
}

export async function runAdapterBench(): Promise<void> {
  for (const rows of ADAPTER_BENCH_ROWS) {
    const { syncs, maxPayloadBytes } = await measureRead(rows);
    console.log(`adapter rows=${rows} syncs=${syncs} max_payload_bytes=${maxPayloadBytes}`);
  }
}

if (require.main === module) {
  runAdapterBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
