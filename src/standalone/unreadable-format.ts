/**
 * What a file the page cannot read probably is, from its name: once its bytes have said it is
 * not a workbook (failure "notExcel"), the extension tells the user's format, so the message can
 * name it and say how to get an .xlsx from it.
 */

/** Formats with their own advice. */
export type KnownFormat = "csv" | "text" | "doc" | "ods" | "numbers" | "html" | "xml" | "disguisedXls";

export type UnreadableFormat = { format: KnownFormat } | { extension: string };

const BY_EXTENSION: Record<string, KnownFormat> = {
  csv: "csv",
  tsv: "csv",
  txt: "text",
  prn: "text",
  doc: "doc",
  rtf: "doc",
  odt: "doc",
  ods: "ods",
  numbers: "numbers",
  htm: "html",
  html: "html",
  mht: "html",
  mhtml: "html",
  xml: "xml",
  // An .xls whose bytes are not Excel 97–2003: usually a web page or text exported by a program.
  xls: "disguisedXls",
};

/** Word and PDF files have their own place on the page (the report comparison): no advice here. */
const LEFT_TO_DOCUMENTS = new Set(["docx", "pdf"]);

/** The format to name for a file that is not a workbook; null when there is nothing to add. */
export function unreadableFormat(fileName: string): UnreadableFormat | null {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  if (!m) return null;
  const extension = m[1].toLowerCase();
  if (LEFT_TO_DOCUMENTS.has(extension) || extension === "xlsx") return null;
  const format = BY_EXTENSION[extension];
  return format ? { format } : { extension };
}
