/**
 * What the document reader returns, and how it fails. Codes and data only: the words for a
 * failure live in the message catalog.
 */
import type { Grid } from "../../engine/grid";

export type DocumentKind = "docx" | "pdf" | "txt";

/** A glued number that may be a footnote mark ("đạt 95%35"): `text.slice(start, end)` is "35". */
export interface FootnoteSuspect {
  start: number;
  end: number;
}

export interface DocumentParagraph {
  /** 1-based position among the paragraphs returned (empty paragraphs are not returned). */
  index: number;
  /** The paragraph's text without its numbering label; runs of spaces kept as written (docx). */
  text: string;
  /** The label as a reader sees it: "(3)", "2.1.", "a)", "I.", "-" (bullets). */
  numbering?: string;
  /** "auto": Word's list numbering (w:numPr); "typed": typed at the start of the text. */
  numberingSource?: "auto" | "typed";
  /** 1 for "Heading 1" and outline level 0, … (docx only). */
  headingLevel?: number;
  /** 1-based page (pdf, and txt when it has form feeds). */
  page?: number;
  /** The paragraph looks like a footnote body ("5 Quang Thuận: …") at a page's foot (pdf, txt). */
  footnote?: boolean;
  /** Glued numbers that may be footnote marks (pdf and txt); left in `text`, never removed. */
  footnoteSuspects?: FootnoteSuspect[];
}

export interface DocumentTable {
  /** 1-based, in document order (a nested table follows the table that holds it). */
  index: number;
  /** The nearest non-empty paragraph above the table, e.g. "Biểu 01". */
  caption?: string;
  /** The number of paragraphs that come before the table (0: the table opens the document). */
  afterParagraph: number;
  /** For a table inside a cell of another table, that table's index. */
  nestedIn?: number;
  /** The table as the engine reads a sheet: text cells, merged cells as merged areas. */
  grid: Grid;
}

export interface DocumentContent {
  kind: DocumentKind;
  paragraphs: DocumentParagraph[];
  /** Word tables (docx only). */
  tables: DocumentTable[];
  /** Number of pages (pdf; txt with form feeds). */
  pages?: number;
}

/** Bounds on what a document may make the reader do. */
export interface DocumentLimits {
  /** Size of the file itself. */
  maxInputBytes: number;
  /** Sum of the uncompressed sizes a zip declares, checked before anything is inflated. */
  maxUncompressedBytes: number;
  /** Entries in a zip's central directory. */
  maxZipEntries: number;
  /** Uncompressed/compressed ratio of one entry, for entries larger than `ratioFloorBytes`. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** Element nesting in an XML part. */
  maxXmlDepth: number;
  maxPdfPages: number;
}

export const DEFAULT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxInputBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxXmlDepth: 256,
  maxPdfPages: 5_000,
});

/** What each failure carries, by code. */
export interface DocumentReadErrorData {
  /** A password-protected .docx (an OLE file with an EncryptionInfo stream), .doc ("doc") or PDF. */
  encrypted: { container: "ole" | "pdf"; format?: "doc" };
  /** Word 97–2003; "legacy-doc-or-encrypted" when the OLE directory could not be read. */
  "legacy-doc": { format: "doc" | "legacy-doc-or-encrypted" };
  corrupt: { reason: CorruptReason; part?: string };
  "too-large": {
    what: "input" | "uncompressed" | "entry" | "ratio" | "pages";
    limit: number;
    actual: number;
    part?: string;
  };
  "too-many-entries": { limit: number; actual: number };
  "too-deep": { part: string; limit: number };
  "no-text-layer": { pages: number };
  empty: { kind: DocumentKind };
  /** `offset`: first byte that is not UTF-8; `encoding` when a UTF-16 byte order mark was seen. */
  "not-utf8": { offset: number; encoding?: "utf-16le" | "utf-16be" };
  /** `format`: what the file is instead, e.g. "xlsx", "pptx", "xls", "rtf", or its extension. */
  unsupported: { format: string };
}

export type CorruptReason =
  | "zip" // not a readable zip (truncated, bad central directory, bad deflate data)
  | "no-document-part" // a zip without the Word document part
  | "xml" // a part that is not well-formed XML
  | "dtd" // a part with a DOCTYPE (OOXML never has one; entity expansion is refused)
  | "pdf"; // a PDF that pdf.js cannot parse

export type DocumentReadErrorCode = keyof DocumentReadErrorData;

export class DocumentReadError<C extends DocumentReadErrorCode = DocumentReadErrorCode> extends Error {
  readonly code: C;
  readonly data: DocumentReadErrorData[C];

  constructor(code: C, data: DocumentReadErrorData[C]) {
    super(code);
    this.name = "DocumentReadError";
    this.code = code;
    this.data = data;
  }
}

export function isDocumentReadError(e: unknown): e is DocumentReadError {
  return e instanceof DocumentReadError;
}
