/**
 * The document reader: a political report as Word (.docx), PDF or plain text → its paragraphs
 * and its Word tables, for the claim reader that checks the narrative against the tables. No
 * checking here; browser-safe (Uint8Array in, no Node modules; pdf.js is loaded in one place,
 * `pdf/pdfjs.ts`, which a Web Worker can replace with `setPdfjsLoader`).
 *
 * `readDocument(bytes, fileName, limits?)` resolves to a `DocumentContent`:
 * - `kind`: "docx" | "pdf" | "txt" (chosen from the bytes first, the file name second);
 * - `paragraphs`: `{ index (1-based), text, numbering?, numberingSource?, headingLevel?, page?,
 *   footnote?, footnoteSuspects? }`, empty paragraphs left out. `text` never holds the
 *   numbering: Word's automatic label (computed from word/numbering.xml: "(1)", "2.1.", "a)",
 *   "IV.") and a typed label ("(3) Tổng đàn …" → numbering "(3)", text "Tổng đàn …") both go to
 *   `numbering`, `numberingSource` telling which. `headingLevel` comes from heading styles and
 *   outline levels (docx). `page` is kept for PDFs (and .txt with form feeds).
 *   Text from a PDF or .txt keeps footnote marks glued to words ("đạt 95%35"): they are not
 *   removed, because "35" could belong to the number; `footnoteSuspects` lists their offsets in
 *   `text` (`text.slice(start, end)` is the mark) for the claim reader to decide. Footnote bodies
 *   at a page's foot come as paragraphs of their own with `footnote: true`, and a body paragraph
 *   that runs on past them is joined up again. In a .docx, footnote references are not text,
 *   and the paragraphs of table cells are in the tables, not here.
 * - `tables` (docx only): every Word table, nested ones and those inside content controls
 *   included, as `{ index, caption?, afterParagraph, nestedIn?, grid }`. `grid` is the engine's
 *   `Grid`: text cells (a cell's paragraphs joined by "\n", list labels included), `gridSpan`,
 *   `vMerge` and `hMerge` as merged areas holding their value in the top-left cell, so
 *   `checkSheet(grid)` reads a Word table exactly like a sheet. `caption` is the nearest
 *   non-empty paragraph above ("Biểu 01"); a nested table's text is also in its outer cell.
 *
 * It rejects with a `DocumentReadError { code, data }` (codes and data only; the words are in the
 * message catalog): "encrypted", "legacy-doc", "corrupt", "too-large", "too-many-entries",
 * "too-deep", "no-text-layer", "empty", "not-utf8", "unsupported". `DEFAULT_LIMITS` bounds the
 * work: the input's size, the zip's declared total size and entry count (read from the central
 * directory before anything is inflated), each entry's compression ratio and its real inflated
 * size, XML nesting (no DTD is accepted, so no entity is ever expanded), PDF pages.
 */
import { readDocx } from "./docx/read";
import { hasOleSignature, oleKind } from "./ole";
import { readPdf } from "./pdf/read";
import { readPlainText } from "./text/plain";
import { DEFAULT_LIMITS, DocumentReadError, type DocumentContent, type DocumentLimits } from "./types";

export * from "./types";
export { setPdfjsLoader, type PdfjsLoader, type PdfjsModule } from "./pdf/pdfjs";
export { plainTextParagraphs } from "./text/plain";

const PDF_SEARCH = 1024;
const TEXT_EXTENSIONS = new Set(["txt", "text", "md", ""]);

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let k = 0; k < signature.length; k++) if (bytes[at + k] !== signature[k]) return false;
  return true;
}

/** "%PDF-" within the first kilobyte, where readers accept it. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, PDF_SEARCH);
  for (let at = 0; at <= end; at++) {
    if (bytes[at] === 0x25 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], at)) return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

function readOle(bytes: Uint8Array): never {
  switch (oleKind(bytes)) {
    case "encrypted-ooxml":
      throw new DocumentReadError("encrypted", { container: "ole" });
    case "encrypted-doc":
      throw new DocumentReadError("encrypted", { container: "ole", format: "doc" });
    case "doc":
      throw new DocumentReadError("legacy-doc", { format: "doc" });
    case "xls":
      throw new DocumentReadError("unsupported", { format: "xls" });
    default:
      throw new DocumentReadError("legacy-doc", { format: "legacy-doc-or-encrypted" });
  }
}

export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<DocumentLimits> = {},
): Promise<DocumentContent> {
  const bounds: DocumentLimits = { ...DEFAULT_LIMITS, ...limits };
  const extension = extensionOf(fileName);
  if (bytes.length > bounds.maxInputBytes) {
    throw new DocumentReadError("too-large", {
      what: "input",
      limit: bounds.maxInputBytes,
      actual: bytes.length,
    });
  }
  if (hasOleSignature(bytes)) readOle(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return readDocx(bytes, bounds);
  }
  if (looksLikePdf(bytes)) return readPdf(bytes, bounds);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    throw new DocumentReadError("unsupported", { format: "rtf" });
  if (extension === "docx" || extension === "pdf" || extension === "doc") {
    if (bytes.length === 0)
      throw new DocumentReadError("empty", { kind: extension === "pdf" ? "pdf" : "docx" });
    throw new DocumentReadError("corrupt", { reason: extension === "pdf" ? "pdf" : "zip" });
  }
  if (!TEXT_EXTENSIONS.has(extension)) throw new DocumentReadError("unsupported", { format: extension });
  return readPlainText(bytes);
}
