/**
 * `bench drift chars=N targets=T rows=R planted=P found=F ms=X`: the ~300 KB resolution of the extract
 * bench beside the target table typed from it (the layout `chitieu extract --out` writes), one
 * target in fifty retyped with another value; the narrative check of the pair, as `chitieu check`
 * runs it (compiled build), median of 5 runs after a warm-up.
 */
import type * as Documents from "../../src/adapters/documents";
import type * as TargetTable from "../../src/app/target-table-layout";
import type * as Engine from "../../src/engine/index";
import type * as Resolution from "../../src/engine/resolution";
import { resolutionText } from "./extract";
import { compiled } from "./compiled";

const RUNS = 5;
const DRIFT_EVERY = 50;

export async function runDriftBench(): Promise<void> {
  const { readDocument } = compiled<typeof Documents>("adapters/documents/index");
  const { extractTargets } = compiled<typeof Resolution>("engine/resolution/index");
  const { targetTableRows, TARGET_TABLE_HEADER } = compiled<typeof TargetTable>("app/target-table-layout");
  const { checkNarrative, checkSheet } = compiled<typeof Engine>("engine/index");
  const text = resolutionText();
  const { paragraphs } = await readDocument(new TextEncoder().encode(text), "nghi-quyet.txt");
  const targets = extractTargets(paragraphs);
  let planted = 0;
  const rows = targetTableRows(targets, () => "").map((row, i) => {
    // A figure's first digit retyped: "đạt 150 con" → "đạt 250 con" (a drift of value).
    const retyped = row.cells[3].replace(/\d(?=[\d.,]*\D*$)/, (d) => String((Number(d) % 9) + 1));
    if (i % DRIFT_EVERY !== 1 || retyped === row.cells[3]) return row.cells;
    planted++;
    return [...row.cells.slice(0, 3), retyped, ...row.cells.slice(4)];
  });
  const grid = {
    name: "Biểu chỉ tiêu",
    cells: [[...TARGET_TABLE_HEADER], ...rows].map((r) => r.map((value) => ({ value }))),
    merges: [],
    hiddenRows: [],
  };
  const sheets = [{ file: "bieu.xlsx", sheet: grid.name, report: checkSheet(grid) }];
  checkNarrative(paragraphs, sheets);
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    findings = checkNarrative(paragraphs, sheets).findings.filter((f) => f.rule === "target-drift").length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `bench drift chars=${text.length} targets=${targets.length} rows=${rows.length} ` +
      `planted=${planted} found=${findings} ms=${times[RUNS >> 1].toFixed(1)}`,
  );
}
