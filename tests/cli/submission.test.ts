/** Submissions on the command line: workbooks and reports checked together, as users run it. */
import * as fs from "fs";
import * as path from "path";
import { oleFile } from "../adapters/documents/support/ole-file";
import { EXAMPLE, ensureBuilt, lines, runCli, tempDir } from "./helpers";
import { writePdf, writeReportDocx, writeText } from "./support/submission-files";

interface JsonSheet {
  name: string;
  table: null | { headerRows: number[]; firstRow: number; lastRow: number; columns: Record<string, string> };
  indicators: Array<{ row: number; code: string; name: string }>;
  findings: Array<{ rule: string; severity: string; row: number; cell: string }>;
}
interface JsonFile {
  file: string;
  sheets: JsonSheet[];
  document?: { kind: string; paragraphs: number; claims: unknown[]; findings: unknown[] };
}

let dir: string;
let bieu: string;
let docx: string;
let pdf: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("chitieu-submission-");
  bieu = path.join(dir, "bieu.xlsx");
  fs.copyFileSync(EXAMPLE, bieu);
  docx = path.join(dir, "bao-cao.docx");
  await writeReportDocx(docx);
  pdf = path.join(dir, "bao-cao.pdf");
  await writePdf(pdf, ["BAO CAO KET QUA THUC HIEN NGHI QUYET", "Tong dan gia suc: 8.200/7.500 con."]);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function json(args: string[]): { code: number | null; files: JsonFile[] } {
  const result = runCli(["check", "--format", "json", ...args]);
  return { code: result.code, files: (JSON.parse(result.stdout) as { files: JsonFile[] }).files };
}

describe("a submission of a workbook and a report", () => {
  it("lists the workbook's sheets and the .docx's Word tables, each report with its document entry", () => {
    const { code, files } = json([bieu, docx]);
    expect(files.map((f) => f.file)).toEqual([bieu, docx]);
    expect(files[0].sheets.map((s) => s.name)).toContain("Biểu 01");
    expect(files[0].document).toBeUndefined();
    const report = files[1];
    expect(report.sheets.map((s) => s.name)).toEqual(["Biểu 01", "Bảng 2"]);
    expect(report.document).toMatchObject({ kind: "report", paragraphs: 3 });
    // "(3) Tổng đàn gia súc: 8.200/7.500 con, …": only the .docx's own Biểu 01 holds item 3.
    expect(report.document?.claims).toEqual([
      expect.objectContaining({ kind: "result", code: "3", match: { file: docx, sheet: "Biểu 01", row: 7 } }),
    ]);
    // The example's table has errors: exit 1.
    expect(code).toBe(1);
  });

  it("gives a Word table's rows and cells in the Word table's own grid, header row 1", () => {
    const { files } = json([docx]);
    const [bieu01] = files[0].sheets;
    expect(bieu01.table).toMatchObject({ headerRows: [1], firstRow: 2, columns: { code: "A", name: "B" } });
    const herd = bieu01.indicators.find((i) => i.name === "Tổng đàn gia súc");
    expect(herd).toMatchObject({ row: 7, code: "3" });
    // "Số thôn đạt chuẩn văn hóa": 8/10 written as 90 % and "Đạt", on the table's 8th row.
    expect(bieu01.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "percent-mismatch", severity: "error", row: 8, cell: "F8" }),
        expect.objectContaining({ rule: "status-mismatch", row: 8, cell: "G8" }),
      ]),
    );
  });

  it("checks a .docx alone against its own tables, and exits 1 on their errors", () => {
    const result = runCli(["check", docx]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Bảng Word “Biểu 01”");
    expect(result.stdout).toContain("Báo cáo: 3 đoạn văn");
    expect(result.stderr).toBe("");
  });

  it("reads a PDF report beside the workbook", () => {
    const { code, files } = json([pdf, bieu]);
    expect(files.map((f) => f.file)).toEqual([pdf, bieu]);
    expect(files[0].sheets).toEqual([]);
    expect(files[0].document).toMatchObject({ kind: "report", claims: [], findings: [] });
    expect(files[0].document!.paragraphs).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it("takes a directory as one submission of its files, skipping annotated copies and lock files", () => {
    const folder = path.join(dir, "ho-so");
    fs.mkdirSync(folder);
    fs.copyFileSync(bieu, path.join(folder, "bieu.xlsx"));
    fs.copyFileSync(bieu, path.join(folder, "bieu.checked.xlsx"));
    fs.copyFileSync(docx, path.join(folder, "bao-cao.docx"));
    fs.writeFileSync(path.join(folder, "~$bao-cao.docx"), "lock");
    fs.writeFileSync(path.join(folder, "ghi-chu.csv"), "a,b");
    const { files } = json([folder]);
    expect(files.map((f) => path.basename(f.file))).toEqual(["bao-cao.docx", "bieu.xlsx"]);
  });

  it("says so when a directory holds nothing to check", () => {
    const empty = path.join(dir, "trong");
    fs.mkdirSync(empty);
    const result = runCli(["check", empty]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/thư mục không có tệp/)]);
  });

  it("accepts --out beside a report: it names the copy of the one workbook", () => {
    const out = path.join(dir, "bieu.checked.xlsx");
    const result = runCli(["check", bieu, docx, "--out", out]);
    expect(result.code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });
});

describe("reports that cannot be read", () => {
  let bad: string;
  beforeAll(async () => {
    bad = tempDir("chitieu-bad-report-");
    fs.writeFileSync(path.join(bad, "mat-khau.docx"), oleFile(["EncryptionInfo", "EncryptedPackage"]));
    fs.writeFileSync(path.join(bad, "cu.doc"), oleFile(["WordDocument", "1Table"]));
    fs.writeFileSync(
      path.join(bad, "hong.docx"),
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(300, 9)]),
    );
    fs.writeFileSync(path.join(bad, "rong.pdf"), "");
    await writePdf(path.join(bad, "quet.pdf"), []);
    // Windows-1258 bytes of "Báo cáo": not UTF-8.
    fs.writeFileSync(path.join(bad, "cp1258.txt"), Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f]));
  });
  afterAll(() => fs.rmSync(bad, { recursive: true, force: true }));

  it.each([
    ["mat-khau.docx", /đặt mật khẩu/, /password protected/],
    ["cu.doc", /Word 97–2003/, /Word 97–2003 document/],
    ["hong.docx", /bị hỏng/, /corrupt/],
    ["rong.pdf", /không có nội dung chữ/, /holds no text/],
    ["quet.pdf", /PDF chỉ có hình ảnh/, /image-only PDF/],
    ["cp1258.txt", /không phải văn bản UTF-8/, /not UTF-8 text/],
  ])("%s → exit 2, one clear line in each language, the rest of the batch checked", (name, vi, en) => {
    const file = path.join(bad, name);
    const result = runCli(["check", file, docx]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(vi)]);
    expect(result.stderr).toContain(file);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain("Bảng Word “Biểu 01”");
    const english = runCli(["check", file, "--lang", "en"]);
    expect(english.code).toBe(2);
    expect(lines(english.stderr)).toEqual([expect.stringMatching(en)]);
  });

  it("keeps the JSON of the good files when one report is bad", () => {
    const result = runCli(["check", "--format", "json", path.join(bad, "cu.doc"), bieu]);
    expect(result.code).toBe(2);
    const files = (JSON.parse(result.stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => f.file)).toEqual([bieu]);
  });
});

describe("text reports", () => {
  it("reads a UTF-8 .txt report", () => {
    const txt = writeText(dir, "bao-cao.txt", "BÁO CÁO\n\n(3) Tổng đàn gia súc: 8.200/7.500 con.\n");
    const result = runCli(["check", txt, "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Report: 2 paragraphs, 1 claim");
  });
});

describe("a report checked against its workbook with the real narrative check", () => {
  const FIXTURES = path.join(__dirname, "..", "fixtures");
  const workbook = path.join(FIXTURES, "realistic", "01-bieu01-bach-thong.xlsx");
  type DocFinding = { rule: string; severity: string; paragraph: number; table: null | { cell: string } };

  it("finds each planted contradiction of the report, and exits 1", () => {
    const report = path.join(FIXTURES, "documents", "bao-cao-bach-thong-lech.txt");
    const { code, files } = json([workbook, report]);
    expect(code).toBe(1);
    const doc = files.find((f) => f.file.endsWith("bao-cao-bach-thong-lech.txt"))?.document;
    const findings = (doc?.findings ?? []) as DocFinding[];
    const errors = findings.filter((f) => f.severity === "error").map((f) => f.rule);
    for (const rule of ["claim-count", "claim-percent", "claim-verdict", "claim-value"]) {
      expect(errors).toContain(rule);
    }
    // A value contradicting the table points at the cell it contradicts.
    expect(findings.find((f) => f.rule === "claim-value")?.table?.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("gives no error on a report that agrees with its workbook, and exits 0", () => {
    const report = path.join(FIXTURES, "documents", "bao-cao-bach-thong-khop.txt");
    const { code, files } = json([workbook, report]);
    const doc = files.find((f) => f.file.endsWith("bao-cao-bach-thong-khop.txt"))?.document;
    expect(doc?.claims.length).toBeGreaterThan(20);
    expect(((doc?.findings ?? []) as DocFinding[]).filter((f) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("a report whose Word tables are the workbook's sheets, checked with that workbook", () => {
  const DOCS = path.join(__dirname, "..", "fixtures", "documents");
  const workbook = path.join(__dirname, "..", "fixtures", "realistic", "01-bieu01-bach-thong.xlsx");
  type Claim = { kind: string; match: null | { file: string }; over?: unknown };
  type Finding = { rule: string; severity: string; paragraph: number; table: null | { file: string } };

  it("ties every claim once, to the workbook's sheet: each planted contradiction found once", () => {
    const docx = path.join(DOCS, "bao-cao-word-bach-thong-lech.docx");
    const truth = JSON.parse(
      fs.readFileSync(path.join(DOCS, "bao-cao-word-bach-thong-lech.truth.json"), "utf8"),
    ) as { claims: Array<{ agrees: boolean | null; paragraph: number }> };
    const alone = json([docx]).files[0].document;
    const { code, files } = json([docx, workbook]);
    expect(code).toBe(1);
    // The Word table is still checked and listed under the report.
    expect(files[0].sheets.map((s) => s.name)).toEqual(["Biểu 01"]);
    const doc = files[0].document!;
    const claims = doc.claims as Claim[];
    expect(claims.filter((c) => c.kind === "result" && c.match === null)).toEqual([]);
    for (const c of claims) if (c.match) expect(c.match.file).toBe(workbook);
    const errors = (findings: unknown[]) => (findings as Finding[]).filter((f) => f.severity === "error");
    const planted = truth.claims.filter((c) => c.agrees === false).map((c) => c.paragraph);
    expect([...new Set(errors(doc.findings).map((f) => f.paragraph))].sort((a, b) => a - b)).toEqual(
      planted.sort((a, b) => a - b),
    );
    // Found once: as many errors as the report checked against its own table alone.
    expect(errors(doc.findings)).toHaveLength(errors(alone!.findings).length);
    for (const f of errors(doc.findings)) if (f.table) expect(f.table.file).toBe(workbook);
  });
});

describe("the Word and PDF reports of the realistic set, checked as a reviewer runs them", () => {
  const DOCS = path.join(__dirname, "..", "fixtures", "documents");
  const REALISTIC = path.join(__dirname, "..", "fixtures", "realistic");
  interface Truth {
    workbook: string;
    claims: Array<{ agrees: boolean | null; paragraph?: number }>;
  }
  const cases = fs
    .readdirSync(DOCS)
    .filter((f) => /\.(docx|pdf)$/.test(f))
    .map((document) => {
      const truth = JSON.parse(
        fs.readFileSync(path.join(DOCS, document.replace(/\.(docx|pdf)$/, ".truth.json")), "utf8"),
      ) as Truth;
      return { document, truth };
    });

  it.each(cases)(
    "$document: every planted contradiction found, no error on an agreeing claim",
    ({ document, truth }) => {
      const file = path.join(DOCS, document);
      // A .docx carries its tables; a PDF is checked beside the workbook it restates.
      const args = truth.workbook === document ? [file] : [path.join(REALISTIC, truth.workbook), file];
      const { files } = json(args);
      const doc = files.find((f) => f.file === file)?.document;
      const errors = ((doc?.findings ?? []) as Array<{ severity: string; paragraph: number }>).filter(
        (f) => f.severity === "error",
      );
      const planted = truth.claims.filter((c) => c.agrees === false);
      // One planted claim may hold two disagreements (the opening's two counts): compare claims.
      const flagged = [...new Set(errors.map((e) => e.paragraph))].sort((a, b) => a - b);
      if (planted.every((c) => c.paragraph !== undefined)) {
        expect(flagged).toEqual(planted.map((c) => c.paragraph ?? 0).sort((a, b) => a - b));
      } else {
        // The PDF truth names lines and pages, not the reader's paragraphs.
        expect(flagged).toHaveLength(planted.length);
      }
    },
  );
});
