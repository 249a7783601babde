/**
 * Runs the engine over the realistic fixtures and scores it. Two ways in, both through public
 * surfaces: the compiled command line's JSON contract (what `measure.ts` uses by default), or
 * in process through the ExcelJS adapter and `checkSheet` (what the jest test uses).
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { checkSheet, toContractJson } from "../../src/engine/index";
import { render } from "../../src/i18n";
import type { ContractFileLike, WorkbookScore } from "./score";
import { scoreWorkbook } from "./score";
import type { TruthFile } from "./truth";

export const FIXTURE_DIR = path.resolve(__dirname, "../../tests/fixtures/realistic");
export const BASELINE_FILE = path.join(FIXTURE_DIR, "baseline.json");
const ROOT = path.resolve(__dirname, "../..");

export async function loadTruths(dir = FIXTURE_DIR): Promise<TruthFile[]> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith(".truth.json")).sort();
  return Promise.all(
    names.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as TruthFile),
  );
}

/** `node bin/chitieu.js check … --format json` over every fixture in one process. */
export function contractViaCli(files: string[]): ContractFileLike[] {
  const bin = path.join(ROOT, "bin", "chitieu.js");
  const run = spawnSync(process.execPath, [bin, "check", ...files, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit 1 only says that error-level findings exist.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(
      `chitieu check failed (exit ${run.status}): ${run.stderr.trim()} — run \`npm run build:cli\` first`,
    );
  }
  return (JSON.parse(run.stdout) as { files: ContractFileLike[] }).files;
}

/** The same contract, built in process from the adapter and the engine. */
export async function contractInProcess(files: string[]): Promise<ContractFileLike[]> {
  const results = [];
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    results.push({ file, sheets: wb.worksheets.map((ws) => checkSheet(worksheetToGrid(ws))) });
  }
  return toContractJson(results, (m) => render(m, "vi")).files as ContractFileLike[];
}

export async function measure(mode: "cli" | "in-process", dir = FIXTURE_DIR): Promise<WorkbookScore[]> {
  const truths = await loadTruths(dir);
  const files = truths.map((t) => path.join(dir, t.file));
  const contract = mode === "cli" ? contractViaCli(files) : await contractInProcess(files);
  return truths.map((t, i) => scoreWorkbook(t, contract[i]));
}
