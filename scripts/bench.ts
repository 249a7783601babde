/**
 * npm run bench [-- --sizes 1000,10000,50000]
 * Engine against ExcelJS load time per table size, then the add-in adapter's own figures.
 * Targets: ratio ≤ 0.10 at every size; engine time at 50k ≤ 6 × the time at 10k; the narrative
 * check of a ~300 KB report under 2000 ms.
 */
import { runAdapterBench } from "./bench/adapter";
import { runDocsBench } from "./bench/docs";
import { runDriftBench } from "./bench/drift";
import { DEFAULT_SIZES, runEngineBench } from "./bench/engine";
import { runExtractBench } from "./bench/extract";

function sizesFromArgs(argv: string[]): number[] {
  const i = argv.indexOf("--sizes");
  if (i < 0 || !argv[i + 1]) return DEFAULT_SIZES;
  return argv[i + 1]
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

async function main(): Promise<void> {
  const results = await runEngineBench(sizesFromArgs(process.argv.slice(2)));
  const byRows = new Map(results.map((r) => [r.rows, r]));
  const tenK = byRows.get(10_000);
  const fiftyK = byRows.get(50_000);
  const ratioOk = results.every((r) => r.ratio <= 0.1);
  const growth = tenK && fiftyK ? fiftyK.engineMs / tenK.engineMs : null;
  console.log(
    `# targets: ratio<=0.10 ${ratioOk ? "ok" : "MISSED"}` +
      (growth === null ? "" : `; engine 50k/10k=${growth.toFixed(2)} (<=6) ${growth <= 6 ? "ok" : "MISSED"}`),
  );
  const docs = runDocsBench();
  console.log(`# targets: docs<2000ms ${docs.ms < 2000 ? "ok" : "MISSED"}`);
  // The add-in adapter's figures (Office.js syncs and payload sizes), printed by its own bench.
  await runAdapterBench();
  await benchExtract();
  await runDriftBench();
}

/** The resolution extractor's line, on its own (scripts/bench/extract.ts). */
async function benchExtract(): Promise<void> {
  await runExtractBench();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
