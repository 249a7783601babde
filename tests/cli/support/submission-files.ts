/** Files of a submission built in code: a report as .docx (with its Word tables), .pdf, .txt. */
import * as fs from "fs";
import * as path from "path";
import { Paragraph } from "docx";
import PDFDocument from "pdfkit";
import { BIEU_01, buildDocx, wordTable } from "../../adapters/documents/support/build-docx";

export const NARRATIVE = "(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội.";

/** Longer than a caption: the second table gets no name of its own ("Bảng 2"). */
const LONG_PARAGRAPH =
  "Các chỉ tiêu về văn hóa – xã hội được thực hiện theo kế hoạch của Ban Chấp hành Đảng bộ xã trong cả nhiệm kỳ.";

/** A report: "Biểu 01" (the engine's test table), a narrative paragraph, an uncaptioned table. */
export async function writeReportDocx(file: string): Promise<void> {
  const bytes = await buildDocx([
    new Paragraph("Biểu 01"),
    wordTable(BIEU_01),
    new Paragraph(NARRATIVE),
    new Paragraph(LONG_PARAGRAPH),
    wordTable(BIEU_01.slice(0, 3)),
  ]);
  fs.writeFileSync(file, bytes);
}

/** A PDF drawn with pdfkit; `lines` empty gives a page with no text layer at all. */
export function writePdf(file: string, lines: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 60 });
    const stream = fs.createWriteStream(file);
    stream.on("finish", () => resolve());
    stream.on("error", reject);
    doc.pipe(stream);
    if (lines.length === 0) doc.rect(100, 100, 200, 200).fill("#888888");
    for (const line of lines) doc.text(line).moveDown();
    doc.end();
  });
}

export function writeText(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text, "utf8");
  return file;
}
