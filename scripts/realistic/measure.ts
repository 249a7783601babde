/**
 * Measures the engine on the realistic fixtures (npx tsx scripts/realistic/measure.ts):
 * one line per workbook, the problems under it, and the total line
 *   realistic files=N tables=T/TT rows=R status_wrong=S percent_wrong=P misses=M false_errors=F unexpected_warnings=W
 * It measures and never fails: the exit code is 0 whatever the figures.
 *   --json             machine output (per-workbook scores, problems and totals)
 *   --in-process       run the engine from src/ instead of the compiled `chitieu` (no build needed)
 *   --write-baseline   record today's figures in tests/fixtures/realistic/baseline.json
 * By default it runs `node bin/chitieu.js check … --format json`: run `npm run build:cli` first.
 */
import { promises as fs } from "fs";
import * as prettier from "prettier";
import { baselineOf } from "./baseline";
import { BASELINE_FILE, FIXTURE_DIR, measure } from "./run";
import { totalLine, totals, workbookLine } from "./score";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scores = await measure(args.includes("--in-process") ? "in-process" : "cli");
  const sum = totals(scores);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ workbooks: scores, totals: sum }, null, 2));
  } else {
    for (const s of scores) {
      console.log(workbookLine(s));
      for (const p of s.problems) console.log(`    ${p.kind} [${p.sheet}] ${p.detail}`);
    }
    console.log(totalLine(sum));
  }
  if (args.includes("--write-baseline")) {
    const options = (await prettier.resolveConfig(FIXTURE_DIR)) ?? {};
    const json = await prettier.format(JSON.stringify(baselineOf(scores)), { ...options, parser: "json" });
    await fs.writeFile(BASELINE_FILE, json);
    console.error(`baseline written to ${BASELINE_FILE}`);
  }
}

main().catch((err: unknown) => {
  // A measuring script, not a gate: say what went wrong and exit 0.
  console.error(err instanceof Error ? err.message : err);
});
