/**
 * A PDF's text layer → paragraphs. Lines are rebuilt from pdf.js text items by their baseline
 * (items within half a font size of each other share a line, so raised footnote marks stay glued
 * to their word, as pdftotext keeps them; a line end pdf.js reports there, or a wrapped line
 * drawn back over the one before on nearly its baseline, is a space), then joined into
 * paragraphs like a .txt: a wide vertical gap or a first-line indent starts a paragraph, a line
 * that stops short of the right margin may end one. Lone page-number lines are dropped; `page`
 * is kept. No tables.
 */
import { isPageNumberLine } from "../text/plain";
import { paragraphsFromLines, type SourceLine } from "../text/lines";
import { DocumentReadError, type DocumentContent, type DocumentLimits } from "../types";
import { loadPdfjs } from "./pdfjs";

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js says its line ends after this item (`hasEOL`, here or on an empty item after it). */
  eol: boolean;
}

interface Line {
  text: string;
  page: number;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Share of a line's font size under which two items touch (no space between them). */
const SPACE_GAP = 0.15;
/**
 * An item starting this many font sizes left of where the line so far ends is the next line,
 * drawn on (nearly) the same baseline: a wrap, so a space.
 */
const WRAP_BACK = 1;
/** Type this much smaller than the item before it is a footnote mark glued to it, EOL or not. */
const MARK_SIZE = 0.8;
const SAME_LINE = 0.5;
/** A baseline gap this many times the usual line spacing is a paragraph gap. */
const PARAGRAPH_GAP = 1.6;
/** A line starting this many font sizes right of the margin is a paragraph's indented first line. */
const INDENT = 1.5;
/** A line ending within this share of the text width from the right margin reached the margin. */
const FULL_SLACK = 0.1;

interface RawItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
  hasEOL?: unknown;
}

function toItem(r: RawItem): Item | null {
  if (typeof r.str !== "string" || !Array.isArray(r.transform) || r.str === "") return null;
  const t = r.transform as number[];
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (typeof r.height === "number" ? r.height : 0) || 1;
  const width = typeof r.width === "number" ? r.width : 0;
  return { str: r.str, x: t[4] ?? 0, y: t[5] ?? 0, width, size, eol: r.hasEOL === true };
}

/** The text items; an empty item pdf.js adds to mark a line end marks the item before it. */
function toItems(raw: readonly unknown[]): Item[] {
  const items: Item[] = [];
  for (const r of raw as RawItem[]) {
    const item = toItem(r);
    if (item) items.push(item);
    else if (r.hasEOL === true && items.length > 0) items[items.length - 1].eol = true;
  }
  return items;
}

/** Between two items of one baseline: a line end pdf.js saw, or a wrap drawn over the line. */
function breaksLine(previous: Item, item: Item, end: number): boolean {
  if (item.x < end - WRAP_BACK * item.size) return true;
  return previous.eol && item.size >= MARK_SIZE * previous.size;
}

function pageLines(items: Item[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (head && Math.abs(head.y - item.y) <= SAME_LINE * Math.max(head.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    let size = 0;
    let previous: Item | null = null;
    for (const item of group) {
      size = Math.max(size, item.size);
      const apart = item.x - end > SPACE_GAP * item.size || (previous && breaksLine(previous, item, end));
      if (text !== "" && apart && !text.endsWith(" ") && !item.str.startsWith(" ")) text += " ";
      text += item.str;
      end = Math.max(end, item.x + item.width);
      previous = item;
    }
    if (text.trim() === "") continue;
    lines.push({ text, page, left: group[0].x, right: end, y: group[0].y, size });
  }
  return lines;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function toSourceLines(lines: Line[]): SourceLine[] {
  const kept = lines.filter((l) => !isPageNumberLine(l.text.trim()));
  const margin = quantile(
    kept.map((l) => l.left),
    0.1,
  );
  const rightEdge = quantile(
    kept.map((l) => l.right),
    0.9,
  );
  const spacings: number[] = [];
  for (let k = 1; k < kept.length; k++) {
    if (kept[k].page === kept[k - 1].page) spacings.push(kept[k - 1].y - kept[k].y);
  }
  const spacing = quantile(spacings, 0.5);
  const slack = FULL_SLACK * Math.max(1, rightEdge - margin);
  return kept.map((line, k) => {
    const previous = kept[k - 1];
    const samePage = previous !== undefined && previous.page === line.page;
    const gap = samePage ? previous.y - line.y : 0;
    return {
      text: line.text,
      page: line.page,
      breakBefore:
        (samePage && spacing > 0 && gap > PARAGRAPH_GAP * spacing) || line.left - margin > INDENT * line.size,
      full: line.right >= rightEdge - slack,
      pageBoundaryBefore: previous !== undefined && !samePage,
    };
  });
}

function isPasswordError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "PasswordException";
}

export async function readPdf(bytes: Uint8Array, limits: DocumentLimits): Promise<DocumentContent> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (e) {
      if (isPasswordError(e)) throw new DocumentReadError("encrypted", { container: "pdf" });
      throw new DocumentReadError("corrupt", { reason: "pdf" });
    }
    const pages = doc.numPages;
    if (pages === 0) throw new DocumentReadError("empty", { kind: "pdf" });
    if (pages > limits.maxPdfPages) {
      throw new DocumentReadError("too-large", { what: "pages", limit: limits.maxPdfPages, actual: pages });
    }
    const lines: Line[] = [];
    for (let n = 1; n <= pages; n++) {
      let items: Item[];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        items = toItems(content.items);
        page.cleanup();
      } catch {
        throw new DocumentReadError("corrupt", { reason: "pdf" });
      }
      lines.push(...pageLines(items, n));
    }
    if (lines.length === 0) throw new DocumentReadError("no-text-layer", { pages });
    const paragraphs = paragraphsFromLines(toSourceLines(lines));
    if (paragraphs.length === 0) throw new DocumentReadError("empty", { kind: "pdf" });
    return { kind: "pdf", paragraphs, tables: [], pages };
  } finally {
    await task.destroy();
  }
}
