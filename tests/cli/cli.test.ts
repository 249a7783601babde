/** The `chitieu` command line, run as users run it: `node bin/chitieu.js …` on files in a temp dir. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE, ensureBuilt, lines, makeZip, runCli, tempDir } from "./helpers";

interface JsonFinding {
  rule: string;
  severity: string;
  row: number;
  cell: string;
  message: string;
}
interface JsonSheet {
  name: string;
  table: null | { headerRows: number[]; firstRow: number; lastRow: number; columns: Record<string, string> };
  reason?: string;
  indicators: Array<Record<string, unknown>>;
  findings: JsonFinding[];
  summary: {
    computed: { rows: Record<string, number>; indicators: Record<string, number> };
    reported: unknown;
  };
}
interface JsonReport {
  files: Array<{ file: string; sheets: JsonSheet[] }>;
}

let dir: string;
let example: string;
/** 1-based row of each indicator name in the example's "Biểu 01". */
const rowOf = new Map<string, number>();

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  example = path.join(dir, "bao-cao-mau.xlsx");
  fs.copyFileSync(EXAMPLE, example);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet("Biểu 01")!.eachRow((row, n) => {
    const name = row.getCell(2).value;
    if (typeof name === "string") rowOf.set(name, n);
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function row(name: string): number {
  const r = rowOf.get(name);
  if (!r) throw new Error(`no row named ${name} in the example`);
  return r;
}

function json(args: string[]): { code: number | null; report: JsonReport } {
  const result = runCli(["check", "--format", "json", ...args]);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

/** A file-level failure: exit 2, one line on stderr, no stack trace, nothing on stdout. */
function expectFileError(args: string[], pattern: RegExp): void {
  const result = runCli(["check", ...args], { cwd: dir });
  expect(result.code).toBe(2);
  expect(lines(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(/^chitieu: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout.trim()).toBe("");
}

describe("help and version", () => {
  it("prints the package version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    const result = runCli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it("prints help for the check command without the hidden progress flag", () => {
    const result = runCli(["check", "--help"]);
    expect(result.code).toBe(0);
    for (const option of ["--format", "--out", "--out-dir", "--sheet", "--lang", "--disable"]) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).not.toContain("--progress");
  });

  it("treats a bare `chitieu` as a usage error", () => {
    const result = runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: chitieu");
  });
});

describe("checking the example workbook", () => {
  it("prints, per sheet, where the table is, the findings with their cells and the summary sentence", () => {
    const result = runCli(["check", example]);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain("Trang tính “Biểu 01”, bảng 1: dòng tiêu đề 6–7; dữ liệu dòng 8–");
    expect(out).toMatch(
      /cột: Số TT A, Tên chỉ tiêu B, Đơn vị tính C, Chỉ tiêu NQ D, Kết quả thực hiện E, Tỷ lệ \(%\) F, Đánh giá G/,
    );
    expect(out).toContain(`F${row("Tổng thu ngân sách nhà nước trên địa bàn")} percent-mismatch`);
    expect(out).toContain(`G${row("Diện tích cây ăn quả các loại")} status-mismatch`);
    expect(out).toMatch(/Tổng hợp: Tổng số 19 chỉ tiêu/);
    expect(out).toContain("Trang tính “Biểu 02”, bảng 1");
    expect(out).toContain("bảng chỉ tiêu nhiệm kỳ mới");
    expect(out).toMatch(/Trang tính “Nơi nhận”: không tìm thấy bảng chỉ tiêu/);
    expect(result.stderr).toBe("");
  });

  it("finds each inconsistency built into the example", () => {
    const { code, report } = json([example]);
    expect(code).toBe(1);
    const sheet = report.files[0].sheets.find((s) => s.name === "Biểu 01")!;
    const has = (rule: string, cell: string) =>
      sheet.findings.some((f) => f.rule === rule && f.cell === cell);
    const budget = row("Tổng thu ngân sách nhà nước trên địa bàn");
    const fruit = row("Diện tích cây ăn quả các loại");
    const poverty = row("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều");
    const water = row("Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh");
    const pesticide = row("Tỷ lệ bao bì thuốc bảo vệ thực vật được thu gom");
    expect(has("percent-mismatch", `F${budget}`)).toBe(true);
    expect(has("status-mismatch", `G${fruit}`)).toBe(true);
    expect(has("status-mismatch", `G${poverty}`)).toBe(true);
    expect(has("missing-value", `E${water}`)).toBe(true);
    expect(has("invalid-value", `F${pesticide}`)).toBe(true);
    expect(sheet.findings.some((f) => f.rule === "count-mismatch")).toBe(true);
    expect(sheet.findings.some((f) => f.rule === "text-number" && f.severity === "info")).toBe(true);
    const povertyRow = sheet.indicators.find((i) => i.row === poverty)!;
    expect(povertyRow.polarity).toBe("lower");
    expect(povertyRow.status).toBe("exceeded");
    // The poultry sub-row belongs to TT 4 and carries its code.
    const poultry = sheet.indicators.find((i) => i.row === row("Tổng đàn gia cầm"))!;
    expect(poultry.code).toBe("4");
    expect(poultry.status).toBe("missed");
  });
});

describe("JSON contract", () => {
  let report: JsonReport;
  beforeAll(() => {
    report = json([example]).report;
  });

  it("lists every sheet, a table or null with a reason", () => {
    expect(report.files).toHaveLength(1);
    expect(report.files[0].file).toBe(example);
    const sheets = report.files[0].sheets;
    expect(sheets.map((s) => s.name)).toEqual(["Biểu 01", "Biểu 02", "Nơi nhận"]);
    const none = sheets[2];
    expect(none.table).toBeNull();
    expect(typeof none.reason).toBe("string");
    expect(none.reason!.length).toBeGreaterThan(10);
  });

  it("describes the table with 1-based rows and column letters", () => {
    const table = report.files[0].sheets[0].table!;
    expect(table.headerRows).toEqual([6, 7]);
    expect(table.firstRow).toBe(8);
    expect(table.lastRow).toBeGreaterThan(table.firstRow);
    expect(table.columns).toMatchObject({
      code: "A",
      name: "B",
      unit: "C",
      target: "D",
      actual: "E",
      percent: "F",
      status: "G",
    });
  });

  it("gives each indicator its row, code, group, target, actual, polarity, percent, status and reported values", () => {
    const sheet = report.files[0].sheets[0];
    const fruit = sheet.indicators.find((i) => i.row === row("Diện tích cây ăn quả các loại"))!;
    expect(fruit).toMatchObject({
      code: "3",
      group: "I",
      name: "Diện tích cây ăn quả các loại",
      unit: "ha",
      target: { kind: "atLeast", value: 700 },
      actual: { value: 650 },
      polarity: "higher",
      status: "missed",
      reported: { status: "achieved" },
    });
    expect(fruit.percent).toBeCloseTo(92.86, 2);
    const kinds = [
      "atLeast",
      "atMost",
      "exact",
      "range",
      "fraction",
      "qualitative",
      "compound",
      "relative",
      "none",
    ];
    for (const i of sheet.indicators) {
      expect(kinds).toContain((i.target as { kind: string }).kind);
      expect(["higher", "lower"]).toContain(i.polarity);
      expect(i.percent === null || typeof i.percent === "number").toBe(true);
    }
  });

  it("gives findings with rule, severity, row, A1 cell and a message, and count objects in the summary", () => {
    const sheet = report.files[0].sheets[0];
    for (const f of sheet.findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "message", "row", "rule", "severity"]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.cell.replace(/^[A-Z]+/, "")).toBe(String(f.row));
      expect(typeof f.message).toBe("string");
    }
    const counts = ["total", "exceeded", "achieved", "missed", "unassessed"];
    for (const side of [sheet.summary.computed, sheet.summary.reported as typeof sheet.summary.computed]) {
      expect(Object.keys(side.rows).sort()).toEqual(counts.slice().sort());
      expect(Object.keys(side.indicators).sort()).toEqual(counts.slice().sort());
    }
    expect(sheet.summary.computed.indicators.total).toBe(19);
  });

  it("writes the messages in English with --lang en", () => {
    const en = json([example, "--lang", "en"]).report;
    const f = en.files[0].sheets[0].findings.find((x) => x.rule === "status-mismatch")!;
    expect(f.message).not.toMatch(/Đánh giá|nhưng/);
    expect(f.message).toMatch(/[A-Za-z]/);
  });
});

describe("options", () => {
  it("switches rules off with --disable, repeated or as a comma list", () => {
    const { report } = json([
      example,
      "--disable",
      "percent-mismatch,text-number",
      "--disable",
      "count-mismatch",
    ]);
    const rules = new Set(report.files[0].sheets.flatMap((s) => s.findings.map((f) => f.rule)));
    expect(rules.has("percent-mismatch")).toBe(false);
    expect(rules.has("text-number")).toBe(false);
    expect(rules.has("count-mismatch")).toBe(false);
    expect(rules.has("status-mismatch")).toBe(true);
  });

  it("rejects an unknown rule id as a usage error", () => {
    const result = runCli(["check", example, "--disable", "percent-mismatch,no-such-rule"]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("no-such-rule");
  });

  it("checks only the named sheet with --sheet", () => {
    const { code, report } = json([example, "--sheet", "Biểu 02"]);
    expect(report.files[0].sheets.map((s) => s.name)).toEqual(["Biểu 02"]);
    expect(code).toBe(0);
  });

  it("reports a sheet that does not exist as a file error", () => {
    expectFileError([example, "--sheet", "Biểu 09"], /Biểu 09/);
  });

  it("speaks English with --lang en", () => {
    const result = runCli(["check", example, "--lang", "en"]);
    expect(result.stdout).toContain("Sheet “Biểu 01”, table 1: header rows 6–7; data rows 8–");
    expect(result.stdout).toContain("no target table found");
    expect(result.stdout).toMatch(/Summary: /);
    expect(result.stdout).not.toContain("Trang tính");
  });

  it.each([
    [["--bogus"], /unknown option/],
    [["--format", "xml"], /xml/],
    [["--lang", "fr"], /fr/],
  ])("rejects bad options %j as usage errors", (extra, pattern) => {
    const result = runCli(["check", example, ...extra]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });

  it("rejects --out with several files, and --out together with --out-dir", () => {
    const several = runCli(["check", example, example, "--out", path.join(dir, "x.xlsx")]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain("--out-dir");
    const both = runCli(["check", example, "--out", path.join(dir, "x.xlsx"), "--out-dir", dir]);
    expect(both.code).toBe(2);
    expect(lines(both.stderr)).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("bad input files", () => {
  let bad: string;
  beforeAll(async () => {
    bad = tempDir("chitieu-bad-");
    fs.writeFileSync(path.join(bad, "notes.xlsx"), "Đây không phải tệp Excel\n");
    fs.writeFileSync(path.join(bad, "empty.xlsx"), "");
    fs.writeFileSync(
      path.join(bad, "corrupt.xlsx"),
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]),
    );
    // An OLE compound file: what Excel writes for a password-protected workbook (and old .xls).
    fs.writeFileSync(
      path.join(bad, "protected.xlsx"),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    );
    fs.mkdirSync(path.join(bad, "folder.xlsx"));
    fs.writeFileSync(path.join(bad, "nosheets.xlsx"), makeZip({ "readme.txt": "không phải bảng tính" }));
    const zip = new ExcelJS.Workbook();
    zip.addWorksheet("x");
    const bytes = Buffer.from(await zip.xlsx.writeBuffer());
    // Truncating the archive keeps the zip signature but loses the central directory.
    fs.writeFileSync(path.join(bad, "truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  });
  afterAll(() => fs.rmSync(bad, { recursive: true, force: true }));

  it.each([
    ["missing.xlsx", /Không tìm thấy tệp/],
    ["notes.xlsx", /không phải tệp Excel/],
    ["empty.xlsx", /không phải tệp Excel/],
    ["corrupt.xlsx", /bị hỏng/],
    ["truncated.xlsx", /bị hỏng/],
    ["nosheets.xlsx", /không phải bảng tính Excel/],
    ["protected.xlsx", /mã hóa\/đặt mật khẩu/],
    ["folder.xlsx", /thư mục/],
  ])("%s → exit 2 with one clear line", (name, pattern) => {
    expectFileError([path.join(bad, name)], pattern);
  });

  it("says the same in English with --lang en", () => {
    expectFileError([path.join(bad, "protected.xlsx"), "--lang", "en"], /encrypted\/password protected/);
  });

  it("still checks the good files when one file is bad, and exits 2", () => {
    const result = runCli(["check", example, path.join(bad, "missing.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Biểu 01");
    expect(lines(result.stderr)).toEqual([expect.stringContaining("missing.xlsx")]);
  });
});

describe("progress bar", () => {
  it("shows none when stderr is not a terminal", () => {
    const result = runCli(["check", example, example]);
    expect(result.stderr).toBe("");
  });

  it("is drawn on stderr when forced", () => {
    const result = runCli(["check", example, example, "--progress"]);
    expect(result.stderr).toMatch(/100% \|/);
    expect(result.stdout).toContain("Biểu 01");
  });
});
