/**
 * Writes the PDF reports of tests/fixtures/documents/ (npx tsx scripts/realistic/make-pdf-reports.ts):
 * two of the plain-text reports printed with pdfkit line for line, as a Word file exported to
 * PDF prints them: the same hard wraps, the footnotes in small type at the page's foot, the
 * page number under them. The truth file is the text report's, with each claim's page (the
 * PDF's own, from 1) and the number printed on it.
 * Needs DejaVu Sans for the Vietnamese glyphs (Debian: fonts-dejavu-core); it is embedded.
 */
import { createWriteStream, existsSync, promises as fs } from "fs";
import * as path from "path";
import PDFDocument from "pdfkit";
import * as prettier from "prettier";

const DOC_DIR = path.resolve(__dirname, "../../tests/fixtures/documents");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const MARGIN = 60;
const BODY_SIZE = 11;
const LEADING = 15;
const FOOT_SIZE = 8.5;

interface Page {
  number: number;
  body: Array<{ line: number; text: string }>;
  footnotes: string[];
}

/**
 * The pages of a text report: body lines up to a line of spaces, then that page's footnotes,
 * then its number alone on a line (the layout of scripts/realistic/prose.ts).
 */
function pages(text: string): Page[] {
  const out: Page[] = [];
  let page: Page = { number: 0, body: [], footnotes: [] };
  let inFooter = false;
  text.split("\n").forEach((raw, i) => {
    if (/^ {10,}$/.test(raw)) {
      inFooter = true;
      return;
    }
    if (raw.trim() === "") return;
    if (inFooter && /^ \d+ $/.test(raw)) {
      page.number = Number(raw.trim());
      out.push(page);
      page = { number: 0, body: [], footnotes: [] };
      inFooter = false;
      return;
    }
    if (inFooter) page.footnotes.push(raw.trim());
    else page.body.push({ line: i + 1, text: raw.trimEnd() });
  });
  if (page.body.length > 0) throw new Error("text after the last page number");
  return out;
}

function print(file: string, laid: Page[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // A fixed creation date keeps the bytes the same from one run to the next.
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      autoFirstPage: false,
      info: { CreationDate: new Date(Date.UTC(2025, 7, 1)), Title: file },
    });
    const stream = createWriteStream(path.join(DOC_DIR, file));
    stream.on("finish", () => resolve());
    stream.on("error", reject);
    doc.pipe(stream);
    doc.font(FONT);
    const width = 595.28 - 2 * MARGIN;
    for (const page of laid) {
      doc.addPage();
      doc.page.margins.bottom = 0; // everything is placed by hand: pdfkit must not add pages
      let y = MARGIN;
      for (const { text } of page.body) {
        doc.fontSize(BODY_SIZE).text(text, MARGIN, y, { width, lineBreak: false });
        y += LEADING;
      }
      if (y > 700) throw new Error(`${file}: page ${page.number} runs into its footnotes`);
      let foot = 842 - MARGIN - 14 - page.footnotes.length * 11;
      if (page.footnotes.length > 0) {
        doc
          .moveTo(MARGIN, foot - 4)
          .lineTo(MARGIN + 120, foot - 4)
          .lineWidth(0.5)
          .stroke();
      }
      for (const note of page.footnotes) {
        doc.fontSize(FOOT_SIZE).text(note, MARGIN, foot, { width, lineBreak: false });
        foot += 11;
      }
      doc.fontSize(10).text(String(page.number), MARGIN, 842 - MARGIN, {
        width,
        align: "center",
        lineBreak: false,
      });
    }
    doc.end();
  });
}

interface Truth {
  document: string;
  claims: Array<{ line: number; page?: number }>;
  [key: string]: unknown;
}

async function write(source: string, file: string, options: prettier.Options): Promise<void> {
  const text = await fs.readFile(path.join(DOC_DIR, source), "utf8");
  const laid = pages(text);
  await print(file, laid);
  const truth = JSON.parse(
    await fs.readFile(path.join(DOC_DIR, source.replace(/\.txt$/, ".truth.json")), "utf8"),
  ) as Truth;
  const pageOf = (line: number) => {
    const at = laid.findIndex((p) => p.body.some((b) => b.line === line));
    if (at < 0) throw new Error(`${source}: line ${line} is on no page`);
    return { page: at + 1, printedPage: laid[at].number };
  };
  const out = {
    ...truth,
    document: file,
    source,
    claims: truth.claims.map((c) => ({ ...c, ...pageOf(c.line) })),
  };
  const json = await prettier.format(JSON.stringify(out), { ...options, parser: "json" });
  await fs.writeFile(path.join(DOC_DIR, file.replace(/\.pdf$/, ".truth.json")), json);
  console.log(`${file}: ${laid.length} pages, ${out.claims.length} claims`);
}

async function main(): Promise<void> {
  if (!existsSync(FONT)) throw new Error(`${FONT} is missing (apt-get install -y fonts-dejavu-core)`);
  const options = (await prettier.resolveConfig(DOC_DIR)) ?? {};
  await write("bao-cao-dong-thang-khop.txt", "bao-cao-pdf-dong-thang-khop.pdf", options);
  await write("bao-cao-bach-thong-lech.txt", "bao-cao-pdf-bach-thong-lech.pdf", options);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
