import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  readDocument,
  setPdfjsLoader,
  type DocumentContent,
  type DocumentReadError,
  type PdfjsModule,
} from "../../../src/adapters/documents";

const FIXTURES = join(__dirname, "fixtures");
const READER = join(__dirname, "support", "read-files.ts");
const REALISTIC_PDF = join(__dirname, "..", "..", "fixtures", "documents", "bao-cao-pdf-bach-thong-lech.pdf");

function paragraphsOf(result: Result): string[] {
  if (!("content" in result)) throw new Error(`not read: ${JSON.stringify(result.error)}`);
  return result.content.paragraphs.map((p) => p.text);
}

type Result = { content: DocumentContent } | { error: { code: string; data: unknown } };

/**
 * pdf.js is an ES module, which this test runner cannot load in-process: the real files are
 * read in a plain Node process, as the command line reads them.
 */
function readInNode(files: string[]): Result[] {
  const out = execFileSync(process.execPath, ["--import", "tsx", READER, ...files], {
    cwd: join(__dirname, "..", "..", ".."),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as Result[];
}

describe("PDF files (pdf.js in Node)", () => {
  let results: Result[];
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "chitieu-pdf-"));
    const broken = join(dir, "broken.pdf");
    writeFileSync(broken, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot a pdf at all\n");
    results = readInNode([
      join(FIXTURES, "report.pdf"),
      join(FIXTURES, "scanned.pdf"),
      join(FIXTURES, "encrypted.pdf"),
      broken,
    ]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rebuilds paragraphs with their numbering and pages from the text layer", () => {
    const report = results[0];
    if (!("content" in report)) throw new Error(`report.pdf failed: ${JSON.stringify(report.error)}`);
    const { content } = report;
    expect(content.kind).toBe("pdf");
    expect(content.pages).toBe(2);
    expect(content.tables).toEqual([]);
    expect(content.paragraphs.map((p) => [p.numbering ?? null, p.page, p.text.slice(0, 40)])).toEqual([
      ["I.", 1, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"],
      [null, 1, "Trong nhiệm kỳ 2020-2025, Đảng bộ xã đã "],
      ["(3)", 1, "Tổng đàn gia súc: 8.200/7.500 con, đạt 1"],
      [null, 1, "Tỷ lệ bao phủ BHYT đạt 95%35. Duy trì xã"],
      ["(4)", 2, "Giá trị sản xuất bình quân: 41/35 triệu "],
    ]);
    expect(content.paragraphs[1].text).toContain(
      "18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt",
    );
    expect(content.paragraphs[2].text).toBe(
      "Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội.",
    );
    // The paragraph runs on to page 2; the page number between is gone.
    const health = content.paragraphs[3];
    expect(health.text.endsWith("trên địa bàn xã trong cả nhiệm kỳ 2020 - 2025.")).toBe(true);
    expect(health.footnoteSuspects?.map((s) => health.text.slice(s.start, s.end))).toEqual(["35"]);
  });

  it("names a scanned PDF, a password-protected one and a broken one", () => {
    expect(results.slice(1)).toEqual([
      { error: { code: "no-text-layer", data: { pages: 2 } } },
      { error: { code: "encrypted", data: { container: "pdf" } } },
      { error: { code: "corrupt", data: { reason: "pdf" } } },
    ]);
  });
});

describe("PDF lines wrapped after a comma (pdf.js in Node)", () => {
  let results: Result[];
  beforeAll(() => {
    results = readInNode([join(FIXTURES, "wrapped.pdf"), REALISTIC_PDF]);
  });

  it("keeps the space where a line wraps, whether pdfkit drew the wrap over the next line or flowed it", () => {
    expect(paragraphsOf(results[0])).toEqual([
      "Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên hằng năm: 90/90% đạt 100%, đạt Nghị quyết Đại hội.",
      "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm: 92/92% đạt 100%, đạt Nghị quyết Đại hội.",
      "Thu nhập bình quân đầu người: 56.010.000/50.000.000 đồng/người/năm, đạt 112%, vượt chỉ tiêu Nghị quyết.",
    ]);
  });

  it("glues no words in the realistic PDF report", () => {
    const glued = paragraphsOf(results[1]).flatMap((text) => text.match(/\S*[,;](?=\p{L})\S*/gu) ?? []);
    expect(glued).toEqual([]);
  });
});

interface FakeItem {
  str: string;
  x: number;
  y: number;
  size?: number;
  width?: number;
  hasEOL?: boolean;
}

/** A pdf.js stand-in serving text items, to test line and paragraph rebuilding in-process. */
function fakePdfjs(pages: FakeItem[][], failure?: Error): PdfjsModule {
  const module = {
    VerbosityLevel: { ERRORS: 0 },
    getDocument: () => ({
      promise: failure
        ? Promise.reject(failure)
        : Promise.resolve({
            numPages: pages.length,
            getPage: async (n: number) => ({
              getTextContent: async () => ({
                items: pages[n - 1].map((i) => ({
                  str: i.str,
                  transform: [i.size ?? 12, 0, 0, i.size ?? 12, i.x, i.y],
                  width: i.width ?? i.str.length * 6,
                  height: i.size ?? 12,
                  hasEOL: i.hasEOL ?? false,
                })),
              }),
              cleanup: () => undefined,
            }),
          }),
      destroy: async () => undefined,
    }),
  };
  return module as unknown as PdfjsModule;
}

async function readFake(pages: FakeItem[][], failure?: Error, limits = {}): Promise<DocumentContent> {
  setPdfjsLoader(async () => fakePdfjs(pages, failure));
  return readDocument(new TextEncoder().encode("%PDF-1.7\n"), "x.pdf", limits);
}

async function fakeFailure(pages: FakeItem[][], failure?: Error, limits = {}): Promise<DocumentReadError> {
  try {
    await readFake(pages, failure, limits);
  } catch (e) {
    return e as DocumentReadError;
  }
  throw new Error("the PDF was read");
}

describe("PDF lines and paragraphs", () => {
  it("orders items by baseline and x, keeps raised marks on their line, joins wrapped lines", async () => {
    // Two wrapped lines (both reach x≈540) and an indented new paragraph after a wide gap.
    const page: FakeItem[] = [
      { str: "vượt Nghị quyết.", x: 60, y: 686, width: 100 },
      { str: "đạt 95%", x: 60, y: 700, width: 60 },
      { str: "Tỷ lệ bao phủ BHYT", x: 300, y: 714, width: 240 },
      { str: "35", x: 120, y: 704, size: 7, width: 8 },
      { str: "(3) Tổng đàn", x: 90, y: 714, width: 200 },
      { str: ", tăng", x: 128, y: 700, width: 412 },
      { str: "(4) Thu nhập bình quân đạt 34 triệu đồng.", x: 90, y: 640, width: 300 },
      { str: "1", x: 300, y: 40, width: 6 },
    ];
    const content = await readFake([page]);
    expect(content.paragraphs.map((p) => [p.numbering, p.text])).toEqual([
      ["(3)", "Tổng đàn Tỷ lệ bao phủ BHYT đạt 95%35, tăng vượt Nghị quyết."],
      ["(4)", "Thu nhập bình quân đạt 34 triệu đồng."],
    ]);
    expect(content.paragraphs[0].footnoteSuspects).toEqual([{ start: 35, end: 37 }]);
  });

  it("reads a line end pdf.js reports between items of one baseline as a space, a mark after it as glued", async () => {
    const page: FakeItem[] = [
      // pdf.js's line end on the item itself, then on an empty item after it.
      { str: "(1) Tỷ lệ hộ dùng nước sạch đạt 100%,", x: 60, y: 700, width: 220, hasEOL: true },
      { str: "đạt Nghị quyết;", x: 281, y: 699, width: 90 },
      { str: "", x: 371, y: 699, width: 0, hasEOL: true },
      { str: "bao phủ BHYT đạt 95%", x: 372, y: 700, width: 120, hasEOL: true },
      { str: "35", x: 492, y: 704, size: 7, width: 8 },
      { str: ".", x: 500, y: 700, width: 3 },
    ];
    const content = await readFake([page]);
    expect(content.paragraphs.map((p) => p.text)).toEqual([
      "Tỷ lệ hộ dùng nước sạch đạt 100%, đạt Nghị quyết; bao phủ BHYT đạt 95%35.",
    ]);
  });

  it("reads a wrapped line drawn back over the line before, on nearly its baseline, as a space", async () => {
    const page: FakeItem[] = [
      { str: "(22) Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ: 90/90% đạt 100%,", x: 60, y: 702, width: 470 },
      { str: "đạt Nghị quyết Đại hội.", x: 60, y: 700, width: 130 },
      // Kerning may start an item a little before the last one ends: still one word.
      { str: "(23) Số thôn đạt chuẩn: 8/10 th", x: 60, y: 670, width: 200 },
      { str: "ôn.", x: 259, y: 670, width: 20 },
    ];
    const content = await readFake([page]);
    expect(content.paragraphs.map((p) => p.text)).toEqual([
      "Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ: 90/90% đạt 100%, đạt Nghị quyết Đại hội.",
      "Số thôn đạt chuẩn: 8/10 thôn.",
    ]);
  });

  it("maps pdf.js failures to codes", async () => {
    const password = Object.assign(new Error("No password given"), { name: "PasswordException" });
    expect((await fakeFailure([], password)).code).toBe("encrypted");
    expect((await fakeFailure([], new Error("Invalid PDF structure"))).code).toBe("corrupt");
    expect((await fakeFailure([[], []])).data).toEqual({ pages: 2 });
    expect((await fakeFailure([[], [], []], undefined, { maxPdfPages: 2 })).data).toEqual({
      what: "pages",
      limit: 2,
      actual: 3,
    });
    expect((await fakeFailure([])).code).toBe("empty");
  });
});
