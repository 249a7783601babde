/**
 * Engine benchmark: for each size, generate a table, then in this one process time
 *   load   = reading the .xlsx with ExcelJS (`wb.xlsx.readFile`) and turning the sheet into the
 *            engine's grid (`worksheetToGrid`) — everything the command line does before checking;
 *   engine = `checkSheet(grid)`: detect, parse, evaluate, check, summarise (median of 3 runs).
 * Prints `bench rows=N load_ms=X engine_ms=Y ratio=Z` per size (Z = engine/load).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { checkSheet } from "../../src/engine/index";
import type { Grid } from "../../src/engine/grid";
import { writeLargeTable } from "./generate";

export const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const ENGINE_RUNS = 3;

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

function timeEngine(grid: Grid): number {
  const times: number[] = [];
  for (let i = 0; i < ENGINE_RUNS; i++) {
    const start = performance.now();
    const report = checkSheet(grid);
    times.push(performance.now() - start);
    if (report.tables.length === 0)
      throw new Error(`no table detected in the generated sheet: ${report.reason?.en}`);
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
    // Warm up the JIT on a small table so the first size is not charged for it.
    const warm = await writeLargeTable(path.join(dir, "warm.xlsx"), 500);
    timeEngine(await load(warm.file));

    for (const rows of sizes) {
      const { file } = await writeLargeTable(path.join(dir, `table-${rows}.xlsx`), rows);
      const start = performance.now();
      const grid = await load(file);
      const loadMs = performance.now() - start;
      const engineMs = timeEngine(grid);
      const result = { rows, loadMs, engineMs, ratio: engineMs / loadMs };
      results.push(result);
      console.log(formatBenchLine(result));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return results;
}
