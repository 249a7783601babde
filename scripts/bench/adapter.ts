/**
 * Office adapter benchmark on the in-memory Excel: reading a results table of N rows into the
 * engine's grid. Prints one line per size:
 *   adapter rows=N syncs=S max_payload_bytes=B
 * S = context.sync calls; B = the largest request or response of any sync (Excel on the web
 * refuses over 5,000,000 bytes). Targets: S ≤ 4 at 10,000 rows, B < 5,000,000 at every size.
 *
 * Then, through the real Office.js request builder (tests/support/office-js-harness.ts), one
 * line per operation and requirement-set path, on a sheet of 50,000 rows:
 *   adapter op=read|flag|clear|summary rows=N|cells=N|findings=N path=P requests=R max_request_bytes=B serializer=office-js
 * B = the largest request body Office.js sent. Target: B < 5,000,000 on every line.
 */
import { readSheetGrid } from "../../src/adapters/office/read";
import { detectFeatures } from "../../src/adapters/office/requirements";
import { FakeExcel, FakeWorkbookState, addTargetTable } from "../../tests/support/fake-excel";
import { officeJsAvailable } from "../../tests/support/office-js-harness";
import {
  OFFICE_PATHS,
  benchLine,
  measureFlagAndClear,
  measureRead as measureOfficeJsRead,
  measureSummary,
} from "../../tests/support/office-js-scenarios";

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

/** The sizes of the Office.js lines: Excel on the web's 5 MB limit at the adapter's caps. */
export const OFFICE_JS_ROWS = 50_000;
export const OFFICE_JS_CELLS = 20_000;

async function runOfficeJsBench(): Promise<void> {
  if (!officeJsAvailable()) {
    console.log("# adapter op=…: @microsoft/office-js not found (npm install, or set OFFICE_JS_DIR)");
    return;
  }
  for (const path of OFFICE_PATHS) {
    console.log(benchLine(await measureOfficeJsRead(path, OFFICE_JS_ROWS)));
    const { flag, clear } = await measureFlagAndClear(path, OFFICE_JS_CELLS, OFFICE_JS_ROWS);
    console.log(benchLine(flag));
    console.log(benchLine(clear));
    console.log(benchLine(await measureSummary(path, OFFICE_JS_CELLS, OFFICE_JS_ROWS)));
  }
}

export async function runAdapterBench(): Promise<void> {
  for (const rows of ADAPTER_BENCH_ROWS) {
    const { syncs, maxPayloadBytes } = await measureRead(rows);
    console.log(`adapter rows=${rows} syncs=${syncs} max_payload_bytes=${maxPayloadBytes}`);
  }
  await runOfficeJsBench();
}

if (require.main === module) {
  runAdapterBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
