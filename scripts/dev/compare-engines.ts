/**
 * Differential check of the engine's words: the reports of a reference build of the engine
 * (compiled JS whose messages are written inline in both languages) against this engine's,
 * whose messages are data rendered by `src/i18n`. For every grid, in Vietnamese and English:
 * the JSON contract must be byte-identical, and so must the whole report once each message is
 * rendered (findings, target, polarity and status reasons, summary sentences, sheet reasons).
 *
 * Grids: every grid the engine tests build (their files are loaded with stand-ins for the
 * test framework, and each grid handed to the grid helper is kept), the example workbook,
 * the benchmark's generated table (1,000 rows) and random target tables. The indicator rows
 * the tests evaluate one by one are evaluated by both engines too (status reasons, polarity).
 *
 *   npx tsx scripts/dev/compare-engines.ts [--seed N] [--runs N] [--reference DIR]
 *
 * --reference defaults to /tmp/before/build (the reference's `engine/index.js` must export
 * checkSheet, toContractJson(files, lang) and ALL_RULES). Prints
 * "compare: N comparisons, F failures" and the first failures; exits 1 on any failure.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Module from "node:module";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { ALL_RULES, checkSheet, toContractJson } from "../../src/engine";
import type { Cell, CellValue, Grid } from "../../src/engine/grid";
import { evaluateRow, type EvaluateOptions } from "../../src/engine/evaluate/evaluate";
import type { CheckOptions, IndicatorRow, Lang, SheetReport } from "../../src/engine/types";
import { catalogIds, render } from "../../src/i18n";
import { uiVi } from "../../src/i18n/vi/ui";
import { writeLargeTable } from "../bench/generate";

const ROOT = path.resolve(__dirname, "../..");
const LANGS: readonly Lang[] = ["vi", "en"];
const UI_IDS = new Set(Object.keys(uiVi));

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const seed = Number(argument("seed", "1"));
const runs = Number(argument("runs", "400"));
const referenceDir = argument("reference", "/tmp/before/build");

interface ReferenceEvaluation {
  evaluateRow(row: IndicatorRow, options: EvaluateOptions): unknown;
}

interface ReferenceEngine {
  checkSheet(grid: Grid, options?: CheckOptions): unknown;
  toContractJson(files: Array<{ file: string; sheets: unknown[] }>, lang: Lang): unknown;
  ALL_RULES: ReadonlyArray<{ id: string; description: { vi: string; en: string } }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const reference = require(path.join(referenceDir, "engine/index.js")) as ReferenceEngine;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const referenceEvaluation = require(path.join(referenceDir, "engine/evaluate.js")) as ReferenceEvaluation;

// ---------------------------------------------------------------- comparing

interface Case {
  source: string;
  grid: Grid;
  options: CheckOptions;
}

let comparisons = 0;
const failures: string[] = [];

/** A message of this engine: `{ id, data }` and nothing else. */
function isMessage(value: unknown): value is { id: string; data: unknown } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    keys[0] === "id" &&
    keys[1] === "data" &&
    typeof (value as { id: unknown }).id === "string"
  );
}

/** Message ids met in this engine's reports (nested ones included), to show what went untested. */
const seenIds = new Set<string>();

function noteIds(value: unknown): void {
  if (isMessage(value)) seenIds.add(value.id);
  if (Array.isArray(value)) value.forEach(noteIds);
  else if (typeof value === "object" && value !== null) Object.values(value).forEach(noteIds);
}

/** The report with every message rendered in both languages, as the reference writes them. */
function withWords(value: unknown): unknown {
  if (isMessage(value)) {
    noteIds(value);
    const m = value as Parameters<typeof render>[0];
    return { vi: render(m, "vi"), en: render(m, "en") };
  }
  if (Array.isArray(value)) return value.map(withWords);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = withWords(v);
    return out;
  }
  return value;
}

/** The first place two texts differ, with some context. */
function firstDifference(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const from = Math.max(0, k - 120);
  return `at character ${k}:\n      reference: …${a.slice(from, k + 120)}…\n      this:      …${b.slice(from, k + 120)}…`;
}

function expectSame(label: string, expected: string, actual: string): void {
  comparisons++;
  if (expected !== actual) failures.push(`${label}: ${firstDifference(expected, actual)}`);
}

function compare(c: Case): void {
  const label = `${c.source} ${JSON.stringify(c.options)}`;
  let before: unknown;
  try {
    before = reference.checkSheet(c.grid, c.options);
  } catch (error) {
    // A grid the reference cannot check must fail the same way here.
    comparisons++;
    try {
      checkSheet(c.grid, c.options);
      failures.push(`${label}: the reference threw (${String(error)}), this engine did not`);
    } catch {
      // Both threw.
    }
    return;
  }
  const after: SheetReport = checkSheet(c.grid, c.options);
  for (const lang of LANGS) {
    const file = [{ file: c.source, sheets: [before] }];
    expectSame(
      `${label} contract ${lang}`,
      JSON.stringify(reference.toContractJson(file, lang)),
      JSON.stringify(toContractJson([{ file: c.source, sheets: [after] }], (m) => render(m, lang))),
    );
  }
  expectSame(`${label} report`, JSON.stringify(before), JSON.stringify(withWords(after)));
}

function compareRuleDescriptions(): void {
  for (const rule of reference.ALL_RULES) {
    const mine = ALL_RULES.find((r) => r.id === rule.id);
    comparisons++;
    if (!mine) {
      failures.push(`rule ${rule.id}: missing`);
      continue;
    }
    for (const lang of LANGS)
      expectSame(`rule ${rule.id} ${lang}`, rule.description[lang], render(mine.description, lang));
  }
}

// ---------------------------------------------------------------- option sets

/** The options each grid is checked with: defaults, and variations that change the words. */
function optionSets(grid: Grid, random: () => number): CheckOptions[] {
  const rows = grid.cells.length;
  const overrides: Record<number, "higher" | "lower"> = {};
  for (let r = 1; r <= rows; r++) if (random() < 0.2) overrides[r] = random() < 0.5 ? "higher" : "lower";
  const sets: CheckOptions[] = [{}, { convention: "en" }, { polarityOverrides: overrides, tolerance: 0.5 }];
  if (random() < 0.3) sets.push({ disabledRules: ["text-number", "percent-mismatch"] });
  if (random() < 0.3) {
    const header = 1 + Math.floor(random() * Math.max(1, rows));
    const mappings: CheckOptions["mapping"][] = [
      {
        headerRows: [header],
        columns: { code: "A", name: "B", unit: "C", target: "D", actual: "E", percent: "F", status: "G" },
      },
      { headerRows: [header], columns: { name: "B", target: "D" }, lastRow: header + 3 },
      { headerRows: [header], columns: { name: "B", target: "1D" } },
      { headerRows: [header], columns: { target: "D" } },
      { headerRows: [0, rows + 5], columns: { name: "B" } },
      { headerRows: [], columns: { name: "B" } },
      { headerRows: [header], columns: { name: "B" }, lastRow: 1 },
    ];
    sets.push({ mapping: mappings[Math.floor(random() * mappings.length)] });
  }
  return sets;
}

function seededRandom(start: number): () => number {
  let state = start >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

// ---------------------------------------------------------------- grids of the engine tests

/** An indicator row a test evaluated, with its options. */
interface RowCase {
  source: string;
  row: IndicatorRow;
  options: EvaluateOptions;
}

function compareRow(c: RowCase): void {
  const label = `${c.source} row ${c.row.row}`;
  let before: unknown;
  try {
    before = referenceEvaluation.evaluateRow(c.row, c.options);
  } catch {
    return;
  }
  expectSame(label, JSON.stringify(before), JSON.stringify(withWords(evaluateRow(c.row, c.options))));
}

/**
 * Every grid the engine tests hand to the grid helper (tests/support/grid), and every row they
 * evaluate on its own.
 */
async function testGrids(): Promise<{ grids: Array<{ source: string; grid: Grid }>; rows: RowCase[] }> {
  const found: Array<{ source: string; grid: Grid }> = [];
  const rows: RowCase[] = [];
  let current = "";
  const gridHelper = path.join(ROOT, "tests/support/grid.ts");
  const evaluation = path.join(ROOT, "src/engine/evaluate/evaluate.ts");
  const moduleWithLoad = Module as unknown as {
    _load(request: string, parent: { filename?: string } | null, isMain: boolean): unknown;
    _resolveFilename(request: string, parent: unknown): string;
  };
  const load = moduleWithLoad._load.bind(Module);
  moduleWithLoad._load = (request, parent, isMain) => {
    const loaded = load(request, parent, isMain);
    let resolved = "";
    try {
      resolved = moduleWithLoad._resolveFilename(request, parent);
    } catch {
      return loaded;
    }
    if (resolved === evaluation && parent?.filename?.startsWith(path.join(ROOT, "tests"))) {
      const module = loaded as { evaluateRow: typeof evaluateRow };
      return {
        ...module,
        evaluateRow: (row: IndicatorRow, options: EvaluateOptions) => {
          rows.push({ source: current, row, options });
          return module.evaluateRow(row, options);
        },
      };
    }
    if (resolved !== gridHelper) return loaded;
    const helper = loaded as { makeGrid: (...args: unknown[]) => Grid };
    return {
      ...helper,
      makeGrid: (...args: unknown[]) => {
        const grid = helper.makeGrid(...args);
        found.push({ source: current, grid });
        return grid;
      },
    };
  };

  // Stand-ins for the test framework: suites run at once, tests run and their failures are
  // ignored, every assertion passes.
  const pending: Array<() => unknown> = [];
  const anything: unknown = new Proxy(function () {}, {
    get: (_target, key) => (key === "then" ? undefined : key === Symbol.toPrimitive ? () => "" : anything),
    apply: () => anything,
  });
  const run = (name: unknown, body?: unknown) => {
    if (typeof body === "function") pending.push(body as () => unknown);
    else if (typeof name === "function") pending.push(name as () => unknown);
  };
  // A table's row is the test's arguments: an array is spread, anything else passed alone.
  const argsOf = (row: unknown): unknown[] => (Array.isArray(row) ? row : [row]);
  const each =
    (table: unknown) =>
    (_name: unknown, body: (...args: unknown[]) => unknown): void => {
      for (const row of Array.isArray(table) ? table : []) pending.push(() => body(...argsOf(row)));
    };
  const test = Object.assign(run, { each, skip: () => {}, only: run, todo: () => {} });
  const describe = Object.assign((_name: unknown, body: () => void) => body(), {
    each:
      (table: unknown) =>
      (_name: unknown, body: (...args: unknown[]) => void): void => {
        for (const row of Array.isArray(table) ? table : []) body(...argsOf(row));
      },
    skip: () => {},
    only: (_n: unknown, b: () => void) => b(),
  });
  Object.assign(globalThis, {
    describe,
    it: test,
    test,
    expect: anything,
    beforeAll: run,
    beforeEach: run,
    afterAll: () => {},
    afterEach: () => {},
    jest: anything,
  });

  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".test.ts")) files.push(full);
    }
  };
  walk(path.join(ROOT, "tests/engine"));
  for (const file of files.sort()) {
    current = path.relative(ROOT, file);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(file);
      while (pending.length > 0) {
        const body = pending.shift()!;
        try {
          await body();
        } catch {
          // An assertion stand-in or a test of this engine's own shapes: only its grids matter.
        }
      }
    } catch (error) {
      console.warn(`(could not load ${current}: ${String(error)})`);
    }
  }
  moduleWithLoad._load = load;
  return { grids: found, rows };
}

// ---------------------------------------------------------------- workbooks

async function workbookGrids(file: string, source: string): Promise<Array<{ source: string; grid: Grid }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({ source: `${source} ${ws.name}`, grid: worksheetToGrid(ws) }));
}

// ---------------------------------------------------------------- random tables

const HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"];

const NAMES = [
  "Tỷ lệ hộ nghèo",
  "Tỷ lệ hộ cận nghèo",
  "Giảm tỷ lệ hộ nghèo xuống dưới 3%",
  "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm",
  "Giảm số vụ tai nạn giao thông",
  "Số vụ tai nạn giao thông",
  "Số bản không có ma túy",
  "Số hộ nghèo được hỗ trợ",
  "Số vụ việc được hòa giải thành",
  "Tổng sản lượng lương thực có hạt",
  "Thu nhập bình quân đầu người",
  "Tỷ lệ lao động nông nghiệp",
  "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi",
  "Tổng đàn gia cầm",
  "Tỷ lệ trường đạt chuẩn quốc gia đạt 98% trở lên",
  "Tỷ lệ dân số tham gia bảo hiểm y tế",
  "Tỷ lệ che phủ rừng",
  "Tốc độ tăng trưởng kinh tế",
  "Tỷ lệ thất nghiệp ở khu vực thành thị",
  "Số người nghiện được cai nghiện",
  "Số trường đạt chuẩn",
  "Tỷ lệ xã đạt chuẩn nông thôn mới",
  "Tỷ lệ hộ dùng nước sạch không dưới 95%",
  "Tỷ lệ trẻ em được tiêm chủng đạt 98% trở lên",
  "Tỷ lệ hộ nghèo giảm xuống dưới 95%",
];
const UNITS = ["%", "ha", "Tấn", "Nghìn con", "Con", "Triệu đồng", "vụ", "", "người", "trường", "%/năm"];
const STATUSES = [
  "Vượt",
  "Đạt",
  "Không đạt",
  "K.đạt",
  "Cơ bản đạt",
  "Chưa đạt",
  "vượt",
  "Hoàn thành",
  "",
  "?",
];
const ERRORS = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!"];

/** A number as typed: a number cell, or text in the Vietnamese or English convention. */
function typedNumber(): fc.Arbitrary<CellValue | Cell> {
  const value = fc.oneof(
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 0, max: 200_000 }),
    fc.double({ min: 0, max: 5000, noNaN: true }).map((n) => Math.round(n * 100) / 100),
    fc.constantFrom(1.25, 1250, 0.95, 95, 100, 12904, 91.2, 3000, 6586, 0),
  );
  return fc.oneof(
    value,
    value.map((n) => format(n, "vi")),
    value.map((n) => format(n, "en")),
    fc.constantFrom("1,250", "1.250", "6.586", "6,586", "12.904", "3.000,5", "91,2", "0,95", " 95 "),
    value.map((n) => ({ value: n / 100, text: `${n}%`, numberFormat: "0%" }) as Cell),
  );
}

function format(n: number, lang: Lang): string {
  const [whole, fraction] = String(n).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  return fraction ? `${grouped}${lang === "vi" ? "," : "."}${fraction}` : grouped;
}

function targetText(): fc.Arbitrary<CellValue | Cell> {
  const n = fc.integer({ min: 1, max: 99 });
  return fc.oneof(
    typedNumber(),
    n.map((v) => `Trên ${v}%`),
    n.map((v) => `Dưới ${v % 10}%`),
    fc.tuple(n, n).map(([a, b]) => `${Math.min(a, b)}% đến ${Math.max(a, b)}%`),
    fc.tuple(n, n).map(([a, b]) => `${Math.min(a, b)} - ${Math.max(a, b)}`),
    fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }))
      .map(([a, b]) => `0${Math.min(a, b)}/0${b}`),
    fc.constantFrom(
      "Đạt chuẩn",
      "Đạt",
      "Hoàn thành",
      "Giữ vững",
      "x",
      "-",
      "Không giao",
      "(không giao)",
      "…",
      "",
    ),
    n.map((v) => `tăng bình quân ${v}%/năm`),
    n.map((v) => `Tăng ${v}% so với năm 2020`),
    n.map((v) => `≥ ${v}%`),
    n.map((v) => `không quá ${v % 10},5%`),
    n.map((v) => `${v}% trở lên`),
    n.map((v) => `Giảm ${v}%`),
    fc.tuple(n, n).map(([a, b]) => `Trên ${a}%; dưới ${b % 10}%`),
    fc.tuple(n, n).map(([a, b]) => `${a} trường, ${b} lớp`),
    fc.tuple(n, n, n).map(([a, b, c]) => `${a} và ${b} hoặc ${c}`),
    fc.constantFrom(...ERRORS).map((error) => ({ error })),
    fc.constantFrom("Giữ vững danh hiệu", "Phấn đấu đạt", "100% xã", "1,250 ha", "3.000 tấn", "5 - 7"),
    fc.constantFrom(
      "Không",
      "chưa",
      "0/0",
      "trên",
      "không quá",
      "từ 5 đến",
      "5 -",
      "Trên 1,2,3%",
      "98",
      "95",
    ),
  ) as fc.Arbitrary<CellValue | Cell>;
}

function actualValue(): fc.Arbitrary<CellValue | Cell | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: typedNumber() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "Đạt",
        "Không đạt",
        "Hoàn thành",
        "Chưa hoàn thành",
        "Đạt chuẩn",
        "đang thực hiện",
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error }) as CellValue) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "", "-", "x", "05/07", "19/19 trường") },
  ) as fc.Arbitrary<CellValue | Cell | undefined>;
}

function percentValue(): fc.Arbitrary<CellValue | Cell | undefined> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: typedNumber() },
    { weight: 1, arbitrary: fc.constantFrom("100%", "95,5%", "x", "không", "#DIV/0!", "") },
    { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error }) as CellValue) },
  ) as fc.Arbitrary<CellValue | Cell | undefined>;
}

type Row = Array<CellValue | Cell | undefined>;

interface RandomRow {
  kind: "indicator" | "sub" | "group" | "blank";
  name: string;
  unit: string;
  target: CellValue | Cell;
  actual: CellValue | Cell | undefined;
  percent: CellValue | Cell | undefined;
  status: string;
  codeShift: number;
}

const randomRow: fc.Arbitrary<RandomRow> = fc.record({
  kind: fc.constantFrom("indicator", "indicator", "indicator", "indicator", "sub", "group", "blank"),
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  target: targetText(),
  actual: actualValue(),
  percent: percentValue(),
  status: fc.constantFrom(...STATUSES),
  codeShift: fc.constantFrom(1, 1, 1, 1, 1, 1, 0, 2, 3),
}) as fc.Arbitrary<RandomRow>;

const randomTable = fc.record({
  title: fc.boolean(),
  columns: fc.constantFrom("all", "all", "no-percent", "no-status", "target-only", "no-header"),
  rows: fc.array(randomRow, { minLength: 0, maxLength: 30 }),
  statement: fc.option(
    fc.oneof(
      fc
        .tuple(fc.nat(30), fc.nat(20), fc.nat(20), fc.nat(20))
        .map(
          ([t, v, d, k]) =>
            `Tổng số: ${t} chỉ tiêu; vượt: ${String(v).padStart(2, "0")}; đạt: ${d}; không đạt: ${String(k).padStart(2, "0")}`,
        ),
      fc
        .tuple(fc.nat(30), fc.nat(30), fc.integer({ min: 0, max: 100 }))
        .map(([a, b, p]) => `${a}/${b} chỉ tiêu đạt và vượt (chiếm ${p}%)`),
      fc
        .tuple(fc.nat(30), fc.nat(20), fc.nat(20))
        .map(([t, v, d]) =>
          `Tổng số ${t} chỉ tiêu: ${v} chỉ tiêu vượt, ${d} chỉ tiêu đạt; ${v + d}/${t} chỉ tiêu đạt và vượt (${((v + d) / Math.max(1, t)) * 100}%)`.replace(
            ".",
            ",",
          ),
        ),
    ),
    { nil: undefined },
  ),
  groupCounts: fc.boolean(),
});

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

type TableSpec = typeof randomTable extends fc.Arbitrary<infer T> ? T : never;

function buildTable(spec: TableSpec): Grid {
  const rows: Row[] = [];
  if (spec.title) rows.push(["BIỂU CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI XÃ A"], []);
  const keep = (k: number) =>
    spec.columns === "no-percent"
      ? k !== 5
      : spec.columns === "no-status"
        ? k !== 6
        : spec.columns === "target-only"
          ? k < 4 || k === 6
          : true;
  if (spec.columns === "no-header") rows.push(["Danh sách", "Ghi chú", "Chỉ tiêu"]);
  else rows.push(HEADER.filter((_h, k) => keep(k)));
  let code = 0;
  let sub = 0;
  let group = 0;
  for (let k = 0; k < spec.rows.length; k++) {
    const r = spec.rows[k];
    if (r.kind === "blank") {
      if (k > 0 && k < spec.rows.length - 1) rows.push([]);
      continue;
    }
    if (r.kind === "group") {
      const count = spec.rows.slice(k + 1).findIndex((x) => x.kind === "group");
      const title = `Nhóm chỉ tiêu ${group + 1}${spec.groupCounts ? ` (${count < 0 ? spec.rows.length - k : count} chỉ tiêu)` : ""}`;
      rows.push([ROMAN[group++ % ROMAN.length], title]);
      continue;
    }
    let codeCell: CellValue | undefined;
    if (r.kind === "sub") {
      sub++;
      codeCell = r.codeShift === 0 ? undefined : `${Math.max(1, code)}.${sub}`;
    } else {
      code += r.codeShift;
      sub = 0;
      codeCell = r.codeShift === 2 ? String(code) : code;
    }
    const all: Row = [codeCell, r.name, r.unit, r.target, r.actual, r.percent, r.status || undefined];
    rows.push(all.filter((_v, j) => keep(j)));
  }
  if (spec.statement) rows.push([], ["", spec.statement]);
  return {
    name: "Biểu 01",
    cells: rows.map((row) =>
      row.map((value): Cell | undefined => {
        if (value === undefined) return undefined;
        if (typeof value === "object" && value !== null && "value" in value) return value;
        return { value };
      }),
    ),
    merges: [],
    hiddenRows: [],
  };
}

/** Rows few random tables hit: comparators in the name, a % verdict one convention changes. */
function edgeGrid(): Grid {
  const rows: Row[] = [
    HEADER,
    [1, "Tỷ lệ trẻ em được tiêm chủng đạt 98% trở lên", "%", 98, 97, 99, "Đạt"],
    [2, "Tỷ lệ trẻ em được tiêm chủng đạt 98% trở lên", "%", "98%", 99, undefined, "Vượt"],
    [3, "Giảm tỷ lệ hộ nghèo xuống dưới 3%", "%", "3%", 2.5, undefined, "Vượt"],
    [4, "Tỷ lệ hộ nghèo còn dưới 3%", "%", 3, 4, 75, "Không đạt"],
    [5, "Tổng đàn gia cầm", "Con", 50, 40, "80,000", "Không đạt"],
    [6, "Tổng đàn gia cầm", "Con", 50, 40, "80.000", "Không đạt"],
    [7, "Diện tích cây ăn quả", "ha", "1,500", "1,250", "83,333", "Không đạt"],
    [8, "Số vụ tai nạn giao thông", "vụ", "không quá 5", "5", undefined, "Đạt"],
    [9, "Tỷ lệ hộ nghèo", "%", "Trên 3%", 3, undefined, "Đạt"],
  ];
  return {
    name: "Biên",
    cells: rows.map((row) => row.map((value) => (value === undefined ? undefined : ({ value } as Cell)))),
    merges: [],
    hiddenRows: [],
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const random = seededRandom(seed);
  const cases: Case[] = [];
  const add = (source: string, grid: Grid) => {
    for (const options of optionSets(grid, random)) cases.push({ source, grid, options });
  };

  compareRuleDescriptions();
  add("edge rows", edgeGrid());
  const fromTests = await testGrids();
  for (const { source, grid } of fromTests.grids) add(source, grid);
  for (const row of fromTests.rows) compareRow(row);
  console.log(
    `from the tests: ${fromTests.grids.length} grids, ${fromTests.rows.length} rows evaluated alone`,
  );
  for (const { source, grid } of await workbookGrids(
    path.join(ROOT, "examples/bao-cao-mau.xlsx"),
    "example",
  )) {
    add(source, grid);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "compare-engines-"));
  try {
    const file = path.join(dir, "bench.xlsx");
    await writeLargeTable(file, 1000);
    for (const { source, grid } of await workbookGrids(file, "bench 1000")) add(source, grid);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const tables = fc.sample(randomTable, { seed, numRuns: runs });
  tables.forEach((spec, k) => add(`random #${k} (seed ${seed})`, buildTable(spec)));

  for (const c of cases) compare(c);

  const unseen = catalogIds("vi").filter(
    (id) => !seenIds.has(id) && !id.startsWith("rule/") && !UI_IDS.has(id),
  );
  console.log(
    `cases: ${cases.length}; message ids met: ${seenIds.size}; not met: ${unseen.join(", ") || "none"}`,
  );
  console.log(`compare: ${comparisons} comparisons, ${failures.length} failures`);
  for (const failure of failures.slice(0, 10)) console.log(`  ✗ ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}

void main();
