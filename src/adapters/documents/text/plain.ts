/**
 * A .txt report as pdftotext or copy-paste gives it: UTF-8 (with or without a byte order mark),
 * hard-wrapped, often with a blank line after every line, lone page-number lines ("12",
 * "- 12 -", "Trang 12") and form feeds between pages.
 */
import { DocumentReadError } from "../types";
import { paragraphsFromLines, type Meter, type SourceLine } from "./lines";
import type { DocumentContent } from "../types";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Strict UTF-8 (a byte order mark is dropped); `not-utf8` with the first bad byte's offset. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    throw new DocumentReadError("not-utf8", { offset: 0, encoding: "utf-16le" });
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    throw new DocumentReadError("not-utf8", { offset: 0, encoding: "utf-16be" });
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw new DocumentReadError("not-utf8", { offset: firstInvalidUtf8(bytes) });
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let k = 0;
  while (k < bytes.length) {
    const b = bytes[k];
    let need: number;
    let min: number;
    if (b < 0x80) {
      k++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return k;
    let cp = b & (0x3f >> need);
    for (let j = 1; j <= need; j++) {
      const c = bytes[k + j];
      if (c === undefined || (c & 0xc0) !== 0x80) return k;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return k;
    k += need + 1;
  }
  return bytes.length;
}

const PAGE_NUMBER_LINE =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|(?:Trang|trang|TRANG|Page|page)\s+\d{1,4}(?:\s*\/\s*\d{1,4})?)$/u;
const MAX_PAGE_NUMBER_LINE = 24;

/** A line that only numbers the page: "12", "- 12 -", "Trang 12", "Trang 3/40". */
export function isPageNumberLine(trimmed: string): boolean {
  return trimmed.length <= MAX_PAGE_NUMBER_LINE && PAGE_NUMBER_LINE.test(trimmed);
}

function isBlank(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) return false;
  }
  return true;
}

/** Share of line pairs with a blank between them above which the text is "double-spaced". */
const DOUBLE_SPACED_SHARE = 0.9;
/** Wrapped lines are the longest ones: a line near the 90th-percentile length reached the margin. */
const FULL_SHARE = 0.8;
/** Longer typical lines mean the text was not hard-wrapped (one line per paragraph). */
const MAX_WRAP_WIDTH = 160;
const LENGTH_BUCKETS = 1000;

function wrapWidth(lengths: readonly number[]): number {
  if (lengths.length === 0) return 0;
  const counts = new Array<number>(LENGTH_BUCKETS + 1).fill(0);
  for (const n of lengths) counts[Math.min(n, LENGTH_BUCKETS)]++;
  let seen = 0;
  const target = Math.ceil(lengths.length * 0.9);
  for (let n = 0; n <= LENGTH_BUCKETS; n++) {
    seen += counts[n];
    if (seen >= target) return n;
  }
  return LENGTH_BUCKETS;
}

interface RawLine {
  text: string;
  page: number;
  blanksBefore: number;
  pageBoundaryBefore: boolean;
}

/** Lines of the text, blank runs counted, page-number lines dropped, pages from form feeds. */
function rawLines(text: string, meter?: Meter): { lines: RawLine[]; pages: number } {
  const lines: RawLine[] = [];
  let page = 1;
  let blanks = 0;
  let boundary = false;
  let start = 0;
  const take = (end: number) => {
    const line = text.slice(start, end);
    if (isBlank(line)) blanks++;
    else if (isPageNumberLine(line.trim())) boundary = true;
    else {
      // Blank lines around a page break are the page's margins, not a paragraph's end.
      lines.push({ text: line, page, blanksBefore: boundary ? 0 : blanks, pageBoundaryBefore: boundary });
      blanks = 0;
      boundary = false;
    }
  };
  for (let k = 0; k < text.length; k++) {
    if (meter) meter.steps++;
    const c = text.charCodeAt(k);
    if (c === 10 || c === 12 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      // A form feed at the start of a line opens the next page; it is not a blank line.
      if (c !== 12 || k > start) take(k);
      start = k + 1;
      if (c === 12) {
        page++;
        boundary = true;
      }
    }
  }
  take(text.length);
  // pdftotext ends every page with a form feed, the last one included.
  return { lines, pages: lines.length > 0 ? lines[lines.length - 1].page : 1 };
}

/** The paragraphs of a plain-text report; `meter` counts steps (the tests check it is linear). */
export function plainTextParagraphs(
  text: string,
  meter?: Meter,
): { paragraphs: DocumentContent["paragraphs"]; pages: number } {
  const { lines, pages } = rawLines(text, meter);
  const lengths: number[] = [];
  let pairs = 0;
  let blankSeparated = 0;
  for (let k = 0; k < lines.length; k++) {
    if (meter) meter.steps++;
    lengths.push(lines[k].text.trim().length);
    if (k === 0 || lines[k].pageBoundaryBefore) continue;
    pairs++;
    if (lines[k].blanksBefore > 0) blankSeparated++;
  }
  // "Double-spaced" output has a blank line after every line: there a single blank says nothing.
  const doubleSpaced = pairs >= 3 && blankSeparated >= DOUBLE_SPACED_SHARE * pairs;
  const blanksForBreak = doubleSpaced ? 2 : 1;
  const width = wrapWidth(lengths);
  const hardWrapped = width > 0 && width <= MAX_WRAP_WIDTH;
  const source: SourceLine[] = lines.map((line, k) => ({
    text: line.text,
    page: pages > 1 ? line.page : undefined,
    breakBefore: line.blanksBefore >= blanksForBreak,
    full: hardWrapped && lengths[k] >= width * FULL_SHARE,
    pageBoundaryBefore: line.pageBoundaryBefore,
  }));
  return { paragraphs: paragraphsFromLines(source, meter), pages };
}

export function readPlainText(bytes: Uint8Array): DocumentContent {
  const text = decodeUtf8(bytes);
  const { paragraphs, pages } = plainTextParagraphs(text);
  if (paragraphs.length === 0) throw new DocumentReadError("empty", { kind: "txt" });
  const content: DocumentContent = { kind: "txt", paragraphs, tables: [] };
  if (pages > 1) content.pages = pages;
  return content;
}
