/**
 * The report reader of the pane and the page on real files: PDFs through pdf.js (in a plain
 * Node process, as pdf.js is an ES module this runner cannot load), .docx and .txt in-process.
 * It must read what the command line reads, and refuse what it refuses with the same line.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { readDocument, type DocumentReadError } from "../../../src/adapters/documents";
import { worksheetToGrid } from "../../../src/adapters/exceljs/read";
import { checkNarrative } from "../../../src/engine/claims";
import type { NarrativeParagraph, SubmissionSheet } from "../../../src/engine/claims/types";
import { checkSheet } from "../../../src/engine";
import { paragraphsOfFile } from "../../../src/adapters/documents/report-paragraphs";

const ROOT = join(__dirname, "..", "..", "..");
const REPORTS = join(ROOT, "tests", "fixtures", "documents");
const FIXTURES = join(__dirname, "fixtures");
const SCRIPT = join(__dirname, "support", "report-files.ts");
const REALISTIC = join(ROOT, "tests", "fixtures", "realistic");

/** The workbook a report restates, every sheet checked, as the pane holds them after checking. */
async function checkedSheets(workbook: string): Promise<SubmissionSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(REALISTIC, workbook));
  return wb.worksheets.map((ws) => {
    const report = checkSheet(worksheetToGrid(ws));
    return { file: workbook, sheet: report.name, report };
  });
}

type Outcome =
  { paragraphs: NarrativeParagraph[] } | { error: { code: string; data: unknown; vi: string; en: string } };

function readInNode(files: string[]): Array<{ pane: Outcome; cli: Outcome }> {
  const out = execFileSync(process.execPath, ["--import", "tsx", SCRIPT, ...files], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(out) as Array<{ pane: Outcome; cli: Outcome }>;
}

async function refusal(name: string, bytes: Uint8Array): Promise<DocumentReadError> {
  try {
    await paragraphsOfFile(name, bytes);
  } catch (e) {
    return e as DocumentReadError;
  }
  throw new Error(`${name} was read`);
}

describe("a chosen report's PDF (pdf.js)", () => {
  const pdfs = ["bao-cao-pdf-bach-thong-lech.pdf", "bao-cao-pdf-dong-thang-khop.pdf"];
  let results: Array<{ pane: Outcome; cli: Outcome }>;
  beforeAll(() => {
    results = readInNode([...pdfs.map((f) => join(REPORTS, f)), join(FIXTURES, "scanned.pdf")]);
  });

  it.each(pdfs.map((file, k) => [file, k] as const))(
    "%s: the command line's paragraphs; checked against its workbook, every planted contradiction found",
    async (file, k) => {
      const { pane, cli } = results[k];
      if (!("paragraphs" in pane)) throw new Error(`${file}: ${JSON.stringify(pane.error)}`);
      expect(pane).toEqual(cli);
      const truth = JSON.parse(
        readFileSync(join(REPORTS, file.replace(/\.pdf$/, ".truth.json")), "utf8"),
      ) as { workbook: string; claims: Array<{ agrees: boolean | null }> };
      const narrative = checkNarrative(pane.paragraphs, await checkedSheets(truth.workbook));
      const errors = narrative.findings.filter((f) => f.severity === "error");
      const planted = truth.claims.filter((c) => c.agrees === false);
      // One planted claim may hold two disagreements (the opening's two counts): compare paragraphs.
      expect(new Set(errors.map((e) => e.paragraph)).size).toBe(planted.length);
      expect(narrative.claims.length).toBeGreaterThan(10);
    },
  );

  it("refuses a scanned PDF with the command line's line, in both languages", () => {
    const { pane, cli } = results[2];
    expect(pane).toEqual(cli);
    expect(pane).toEqual({
      error: {
        code: "no-text-layer",
        data: { pages: 2 },
        vi: "scanned.pdf là PDF chỉ có hình ảnh (2 trang, không có lớp chữ): hãy dùng bản PDF xuất từ Word hoặc tệp .docx",
        en: "scanned.pdf is an image-only PDF (2 page(s), no text layer): use a PDF exported from Word, or the .docx",
      },
    });
  });
});

describe("a chosen report's .docx and .txt", () => {
  it("reads a .docx's paragraphs as the command line does (its tables are not narrative)", async () => {
    const bytes = new Uint8Array(readFileSync(join(REPORTS, "bao-cao-word-bach-thong-lech.docx")));
    const paragraphs = await paragraphsOfFile("bao-cao.docx", bytes);
    expect(paragraphs).toEqual((await readDocument(bytes, "bao-cao.docx")).paragraphs);
    expect(paragraphs.some((p) => p.text.includes("190,3"))).toBe(true);
  });

  it("reads a .txt", async () => {
    const bytes = new Uint8Array(readFileSync(join(REPORTS, "bao-cao-bach-thong-lech.txt")));
    const paragraphs = await paragraphsOfFile("BAO-CAO.TXT", bytes);
    expect(paragraphs).toEqual((await readDocument(bytes, "bao-cao.txt")).paragraphs);
    expect(paragraphs.length).toBeGreaterThan(10);
  });

  it("refuses what the picker does not offer before reading it, and a disguised file by its bytes", async () => {
    const workbook = await refusal("bieu.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect([workbook.code, workbook.data]).toEqual(["unsupported", { format: "xlsx" }]);
    const notPdf = await refusal("bao-cao.pdf", new TextEncoder().encode("không phải PDF"));
    expect([notPdf.code, notPdf.data]).toEqual(["corrupt", { reason: "pdf" }]);
  });
});
