/**
 * Writes the drift fixtures of tests/fixtures/drift/ (npx tsx scripts/realistic/make-drift.ts):
 * the new-term target tables of resolutions 000 (Bạch Thông) and 004 (Phiêng Khoài) as staff
 * type them, once faithful to the resolution and once with drift planted (guide §9), each with
 * the resolution text beside it and a truth file naming every planted drift, the text's wording
 * (with its line) and the table's.
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as prettier from "prettier";
import {
  buildWorkbook,
  type IndicatorRow,
  type RowSpec,
  type SheetSpec,
  type V,
  type WorkbookSpec,
} from "./build";
import { withFixedDates } from "./fixed-zip";
import { sub } from "./rows";
import { WORKBOOKS } from "./specs";

const OUT = path.resolve(__dirname, "../../tests/fixtures/drift");
const SEEDS = path.resolve(__dirname, "../../../../shared/seeds");

type Kind = "value" | "comparator" | "range" | "fraction" | "unit" | "missing" | "extra";

interface Drift {
  kind: Kind;
  /** The TT (and, for sub-rows, the n-th row of that TT) the drift is planted on. */
  code: string;
  n?: number;
  /** The resolution's words for the target, as printed on one line of the text. */
  text?: string;
  change: (row: IndicatorRow) => IndicatorRow | null;
  /** For "extra": the row added after the drift's row. */
  added?: IndicatorRow;
  why: string;
}

interface Resolution {
  name: string;
  seed: string;
  textFile: string;
  /** Where the target table comes from in the realistic fixtures. */
  workbook: string;
  sheet: string;
  drifts: Drift[];
}

const retarget = (target: V, unit?: string) => (row: IndicatorRow) => ({
  ...row,
  target,
  ...(unit === undefined ? {} : { unit }),
});

const RESOLUTIONS: Resolution[] = [
  {
    name: "bach-thong",
    seed: "000_e01f332bca1518ff.txt",
    textFile: "nghi-quyet-bach-thong.txt",
    workbook: "08-sap-nhap-bach-thong.xlsx",
    sheet: "Chỉ tiêu 2025-2030",
    drifts: [
      {
        kind: "range",
        code: "1",
        text: "đạt từ 11%/năm",
        change: retarget("Từ 11% đến 13%"),
        why: "the text sets a lower bound only; the table adds an upper bound of 13 %",
      },
      {
        kind: "unit",
        code: "3",
        text: "3.000 tấn/năm",
        change: retarget("3.000", "Tạ/năm"),
        why: "3.000 tấn is 30.000 tạ: the unit changed, the number did not",
      },
      {
        kind: "value",
        code: "6",
        n: 1,
        text: "duy trì độ che phủ rừng đạt 76%",
        change: retarget(70),
        why: "76 % in the text, 70 in the table",
      },
      {
        kind: "missing",
        code: "19",
        text: "100% hồ sơ và kết quả giải quyết các thủ tục hành chính được số hóa",
        change: () => null,
        why: "target (19) has no row",
      },
      {
        kind: "comparator",
        code: "27",
        text: "kết nạp ít nhất 3% đảng viên mới",
        change: retarget("< 3%"),
        why: "at least 3 % in the text, below 3 % in the table",
      },
    ],
  },
  {
    name: "phieng-khoai",
    seed: "004_bd552adaefbb1e7f.txt",
    textFile: "nghi-quyet-phieng-khoai.txt",
    workbook: "11-nhiem-ky-moi-phieng-khoai.xlsx",
    sheet: "Chỉ tiêu 2025-2030",
    drifts: [
      {
        kind: "fraction",
        code: "6",
        text: "Phấn đấu đạt 05/07 trường",
        change: retarget("04/07"),
        why: "05 of 07 schools in the text, 04/07 in the table",
      },
      {
        kind: "comparator",
        code: "7",
        text: "đến năm 2030 dưới 12%",
        change: retarget("Trên 12%"),
        why: "below 12 % in the text (lower is better), above 12 % in the table",
      },
      {
        kind: "value",
        code: "13",
        text: "thu gom trên địa bàn đạt 45%",
        change: retarget(54),
        why: "45 % in the text, 54 in the table (digits swapped)",
      },
      {
        kind: "extra",
        code: "14",
        change: (row) => row,
        added: sub("14", "Tỷ lệ hộ dân sử dụng điện lưới quốc gia", "%", 99, undefined, "U", {
          tt: "-",
          percent: "none",
          label: "none",
          pct: null,
        }),
        why: "a sub-row under (14) that the resolution does not have",
      },
    ],
  },
];

function sheetOf(file: string, sheet: string): SheetSpec {
  const wb = WORKBOOKS.find((w) => w.file === file);
  const found = wb?.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet} in ${file}`);
  return found;
}

function isIndicator(r: RowSpec): r is IndicatorRow {
  return !("group" in r);
}

/** The rows with each drift applied; `marks` gets the row each drift lands on (by object). */
function drifted(rows: RowSpec[], drifts: Drift[], marks: Map<Drift, IndicatorRow>): RowSpec[] {
  const out: RowSpec[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!isIndicator(r)) {
      out.push(r);
      continue;
    }
    const k = seen.get(r.code) ?? 0;
    seen.set(r.code, k + 1);
    const drift = drifts.find((d) => d.code === r.code && (d.n ?? 0) === k);
    if (!drift) {
      out.push(r);
      continue;
    }
    const changed = drift.change(r);
    if (changed) {
      out.push(changed);
      if (drift.kind !== "extra") marks.set(drift, changed);
    }
    if (drift.added) {
      out.push(drift.added);
      marks.set(drift, drift.added);
    }
  }
  return out;
}

function lineOf(text: string, words: string, file: string): number {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.includes(words));
  if (at < 0) throw new Error(`${file}: "${words}" is on no line`);
  return at + 1;
}

/** Where each indicator row landed on the sheet: the truth's rows, in order. */
function sheetRows(spec: WorkbookSpec): { rows: number[]; targetColumn: string } {
  const table = buildWorkbook(spec).truth.sheets[0].tables[0];
  return { rows: table.indicators.map((i) => i.row), targetColumn: table.columns.target ?? "D" };
}

function shownTarget(r: IndicatorRow): string {
  return typeof r.target === "number" ? String(r.target).replace(".", ",") : String(r.target ?? "");
}

async function writeWorkbook(spec: WorkbookSpec): Promise<void> {
  const { workbook } = buildWorkbook(spec);
  const bytes = await withFixedDates(await workbook.xlsx.writeBuffer());
  await fs.writeFile(path.join(OUT, spec.file), bytes);
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  const json = (x: unknown) => prettier.format(JSON.stringify(x), { ...options, parser: "json" });
  for (const res of RESOLUTIONS) {
    const text = await fs.readFile(path.join(SEEDS, res.seed), "utf8");
    await fs.writeFile(path.join(OUT, res.textFile), text);
    const sheet = sheetOf(res.workbook, res.sheet);
    const faithful: WorkbookSpec = {
      file: `bieu-${res.name}-dung.xlsx`,
      correct: true,
      description: `The target table of ${res.textFile}, faithful to it.`,
      sheets: [{ ...sheet, tables: [{ ...sheet.tables[0], statements: [] }] }],
    };
    const marks = new Map<Drift, IndicatorRow>();
    const rows = drifted(sheet.tables[0].rows, res.drifts, marks);
    const drift: WorkbookSpec = {
      ...faithful,
      file: `bieu-${res.name}-lech.xlsx`,
      description: `The target table of ${res.textFile} with drift planted.`,
      sheets: [{ ...sheet, tables: [{ ...sheet.tables[0], rows, statements: [] }] }],
    };
    await writeWorkbook(faithful);
    await writeWorkbook(drift);
    const placed = sheetRows(drift);
    const indicators = drift.sheets[0].tables[0].rows.filter(isIndicator).filter((r) => !r.heading);
    const drifts = res.drifts.map((d) => {
      const row = marks.get(d);
      const at = row ? placed.rows[indicators.indexOf(row)] : null;
      return {
        kind: d.kind,
        code: d.code,
        row: at,
        cell: at === null ? null : `${placed.targetColumn}${at}`,
        text: d.text === undefined ? null : { line: lineOf(text, d.text, res.textFile), wording: d.text },
        table: row ? { name: row.name, unit: row.unit ?? "", target: shownTarget(row) } : null,
        expected:
          d.kind === "missing" ? "target-missing" : d.kind === "extra" ? "target-extra" : "target-drift",
        why: d.why,
      };
    });
    const truth = (file: string, list: typeof drifts) => ({
      table: file,
      text: res.textFile,
      sheet: res.sheet,
      faithful: list.length === 0,
      errors: list.filter((d) => d.expected === "target-drift").length,
      description:
        list.length === 0
          ? "Every target of the table is the text's: checking it against the text must give 0 errors (target-drift) and no target-missing."
          : "Each planted drift below must be found at its row; every other row is faithful and must give no error.",
      drifts: list,
    });
    await fs.writeFile(
      path.join(OUT, faithful.file.replace(/\.xlsx$/, ".truth.json")),
      await json(truth(faithful.file, [])),
    );
    await fs.writeFile(
      path.join(OUT, drift.file.replace(/\.xlsx$/, ".truth.json")),
      await json(truth(drift.file, drifts)),
    );
    console.log(`${res.name}: ${drifts.length} drifts planted`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
