/**
 * Engine benchmark: for each size, generate a table, then in this one process time
 *   load   = reading the .xlsx with ExcelJS (`wb.xlsx.readFile`) and turning the sheet into the
 *            engine's grid (`worksheetToGrid`) — everything the command line does before checking;
 *   engine = `checkSheet(grid)`: detect, parse, evaluate, check, summarise.
 * Both sides are measured the same way, in steady state: per size, untimed loads of that same
 * table, then untimed checks of it, each side repeated until it has run at least WARM_RUNS
 * times and for at least WARM_MS (so neither side is charged for compiling its code or for the
 * first growth of the heap; small tables need more rounds than large ones to get there), then
 * the median of LOAD_RUNS timed loads and of ENGINE_RUNS timed checks. Each timed check runs
 * on the grid of the last load.
 * Prints `bench rows=N load_ms=X engine_ms=Y ratio=Z` per size (Z = engine/load).
 *
 * Both sides run the compiled build (`npm run build:cli`, what `chitieu` runs), not tsx's
 * on-the-fly transform of src/: tsx exports every function through a property getter, so each
 * call between modules goes through one, which made the engine about a third slower than the
 * code reviewers actually run. `npm run bench` builds first.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type * as ExcelRead from "../../src/adapters/exceljs/read";
import type * as Engine from "../../src/engine/index";
import type { Grid } from "../../src/engine/grid";
import type * as I18n from "../../src/i18n/index";
import { writeLargeTable } from "./generate";
import { compiled } from "./compiled";

const { worksheetToGrid } = compiled<typeof ExcelRead>("adapters/exceljs/read");
const { checkSheet } = compiled<typeof Engine>("engine/index");
const { render } = compiled<typeof I18n>("i18n/index");

export const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const WARM_RUNS = 2;
const WARM_MS = 1000;
const LOAD_RUNS = 3;
const ENGINE_RUNS = 5;

export interface EngineBenchResult {
  rows: number;
  loadMs: number;
  engineMs: number;
  ratio: number;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function load(file: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  return worksheetToGrid(ws);
}

/** Median load time over `runs` loads, and the grid of the last one. */
async function timeLoad(file: string, runs: number): Promise<{ ms: number; grid: Grid }> {
  const times: number[] = [];
  let grid: Grid | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    grid = await load(file);
    times.push(performance.now() - start);
  }
  if (!grid) throw new Error("no load run");
  return { ms: median(times), grid };
}

function timeEngine(grid: Grid, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const report = checkSheet(grid);
    times.push(performance.now() - start);
    if (report.tables.length === 0)
      throw new Error(
        `no table detected in the generated sheet: ${report.reason ? render(report.reason, "en") : ""}`,
      );
  }
  return median(times);
}

export function formatBenchLine(r: EngineBenchResult): string {
  return `bench rows=${r.rows} load_ms=${r.loadMs.toFixed(0)} engine_ms=${r.engineMs.toFixed(1)} ratio=${r.ratio.toFixed(3)}`;
}

export async function runEngineBench(sizes: number[] = DEFAULT_SIZES): Promise<EngineBenchResult[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "chitieu-bench-"));
  const results: EngineBenchResult[] = [];
  try {
    for (const rows of sizes) {
      const { file } = await writeLargeTable(path.join(dir, `table-${rows}.xlsx`), rows);
      // Warm-up, untimed and symmetric: loads, then checks, of this same table.
      let warmGrid: Grid | null = null;
      for (let n = 0, start = performance.now(); n < WARM_RUNS || performance.now() - start < WARM_MS; n++) {
        warmGrid = await load(file);
      }
      for (let n = 0, start = performance.now(); n < WARM_RUNS || performance.now() - start < WARM_MS; n++) {
        if (warmGrid) checkSheet(warmGrid);
      }
      const { ms: loadMs, grid } = await timeLoad(file, LOAD_RUNS);
      const engineMs = timeEngine(grid, ENGINE_RUNS);
      const result = { rows, loadMs, engineMs, ratio: engineMs / loadMs };
      results.push(result);
      console.log(formatBenchLine(result));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return results;
}
