/**
 * Narrative check benchmark: a ~300 KB report built in code with its tables (three former
 * communes' sheets, sections naming them, one item per TT and the counts), checked by the
 * compiled `checkNarrative`, in steady state (untimed warm-up, then the median of RUNS).
 * Prints `bench docs chars=N claims=C ms=X`; the goal is under 2000 ms.
 */
import type * as Engine from "../../src/engine/index";
import type { Cell, Grid } from "../../src/engine/grid";
import { compiled } from "./compiled";

const WARM_RUNS = 2;
const RUNS = 3;
const COMMUNES = ["Quang Thuận", "Dương Phong", "Đồng Thắng"];
const TARGET_CHARS = 300_000;

function compiledEngine(): typeof Engine {
  return compiled<typeof Engine>("engine/index");
}

const cell = (value: string | number): Cell => ({ value });

/** TT n of a commune's table: a target of 100 + n head, an actual a little above or below. */
function figures(n: number): { target: number; actual: number } {
  const target = 100 + n;
  return { target, actual: n % 4 === 0 ? target - 3 : target + (n % 7) };
}

function tableGrid(name: string, indicators: number): Grid {
  const rows: Cell[][] = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"].map(cell),
  ];
  for (let n = 1; n <= indicators; n++) {
    const { target, actual } = figures(n);
    const percent = Math.round((actual / target) * 1000) / 10;
    const label = actual > target ? "Vượt" : actual === target ? "Đạt" : "Không đạt";
    rows.push([n, `Tổng đàn vật nuôi loại ${n}`, "Con", target, actual, percent, label].map(cell));
  }
  return { name, cells: rows, merges: [], hiddenRows: [] };
}

function item(n: number): string {
  const { target, actual } = figures(n);
  const verdict = actual > target ? "vượt" : actual === target ? "đạt" : "không đạt";
  const percent = ((actual / target) * 100).toFixed(1).replace(".", ",");
  return `Tổng đàn vật nuôi loại ${n}: ${actual}/${target} con, đạt ${percent}%, ${verdict} chỉ tiêu Nghị quyết.`;
}

export function buildReport(): { paragraphs: Engine.NarrativeParagraph[]; sheets: Engine.SubmissionSheet[] } {
  const { checkSheet } = compiledEngine();
  // Items run about 80 characters: enough TT per commune for the target size.
  const perCommune = Math.ceil(TARGET_CHARS / 80 / COMMUNES.length);
  const sheets = COMMUNES.map((commune) => ({
    file: "bao-cao.xlsx",
    sheet: commune,
    report: checkSheet(tableGrid(commune, perCommune)),
  }));
  const texts: Array<Omit<Engine.NarrativeParagraph, "index">> = [
    { text: `Nghị quyết đề ra ${perCommune * 3} chỉ tiêu; kết quả có nhiều chỉ tiêu đạt và vượt.` },
  ];
  COMMUNES.forEach((commune, i) => {
    texts.push({
      numbering: `2.${i + 1}-`,
      text: `Đối với xã ${commune} cũ (có biểu số 0${i + 1} kèm theo)`,
    });
    for (let n = 1; n <= perCommune; n++) texts.push({ numbering: `(${n})`, text: item(n) });
  });
  return { paragraphs: texts.map((p, i) => ({ index: i + 1, ...p })), sheets };
}

export function runDocsBench(): { chars: number; claims: number; ms: number } {
  const { checkNarrative } = compiledEngine();
  const { paragraphs, sheets } = buildReport();
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  for (let i = 0; i < WARM_RUNS; i++) checkNarrative(paragraphs, sheets);
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    claims = checkNarrative(paragraphs, sheets).claims.length;
    times.push(performance.now() - start);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`bench docs chars=${chars} claims=${claims} ms=${ms.toFixed(0)}`);
  return { chars, claims, ms };
}
