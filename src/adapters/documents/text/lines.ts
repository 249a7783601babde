/**
 * Hard-wrapped lines (a PDF's text layer, pdftotext, copy-paste) back into paragraphs.
 *
 * A line continues the paragraph above unless
 * - something says a paragraph ends before it (`breakBefore`: blank lines, a wide vertical gap),
 *   unless it starts in lower case or with a digit after a line that did not end its sentence,
 * - it starts with a numbering ("(3)", "2.1.", "a)", "-", "+") or a footnote body ("5 Quang …");
 *   a dash after a line that ran to the margin mid-sentence, followed by lower case, is the dash
 *   of "kinh tế - xã hội" and continues,
 * - or it starts with a capital and the line above either ends a sentence (". : ; ! ? …") or
 *   stops short of the right margin (a wrapped line runs to the margin; a paragraph's last
 *   line and a heading do not).
 * A line starting in lower case or with a digit after an unfinished line continues. Pages are
 * kept; runs of spaces become one.
 */
import type { DocumentParagraph } from "../types";
import { footnoteSuspects } from "./footnotes";
import { typedLabel } from "./labels";

export interface SourceLine {
  text: string;
  page?: number;
  /** A paragraph ends before this line whatever its text. */
  breakBefore: boolean;
  /** The line runs to (near) the right margin, i.e. it was wrapped. */
  full: boolean;
  /** A new page starts with this line (a form feed, a page-number line, a new PDF page). */
  pageBoundaryBefore?: boolean;
}

export interface Meter {
  steps: number;
}

const SENTENCE_END = new Set([".", ":", ";", "!", "?", "…"]);
const FULL_STOP = new Set([".", "!", "?", "…"]);
const OPENERS = new Set(["“", '"', "'", "‘", "(", "[", "«"]);
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const FOOTNOTE_BODY = /^\d{1,3}\s+\p{Lu}/u;

function lastVisible(text: string): string {
  let k = text.length - 1;
  // Closing quotes and brackets after the stop: 'đạt "xuất sắc".' or 'kèm theo).'
  while (k >= 0 && (text[k] === " " || text[k] === "”" || text[k] === '"' || text[k] === ")")) k--;
  return k >= 0 ? text[k] : "";
}

function firstLetterLike(text: string): string {
  let k = 0;
  while (k < text.length && (text[k] === " " || OPENERS.has(text[k]))) k++;
  return k < text.length ? text[k] : "";
}

/**
 * Lower case or a number after a line that did not end its sentence: a wrapped line whatever
 * lies between ("bình quân hằng", blank line, "năm (5%)").
 */
function plainlyContinues(previous: SourceLine, line: SourceLine): boolean {
  const first = firstLetterLike(line.text);
  const last = lastVisible(previous.text);
  if (SENTENCE_END.has(last)) return false;
  return LOWER.test(first) || (DIGIT.test(first) && !FULL_STOP.has(last));
}

function continues(previous: SourceLine, line: SourceLine): boolean {
  const first = firstLetterLike(line.text);
  if (LOWER.test(first)) return true;
  const last = lastVisible(previous.text);
  if (FULL_STOP.has(last)) return false;
  // "đạt:" then "5.928 tấn": a number after a colon goes on; a capital after one opens a list.
  if (SENTENCE_END.has(last)) return !UPPER.test(first) && DIGIT.test(first);
  // A capital may open a heading's successor; a number after an unfinished line rarely does.
  if (!UPPER.test(first)) return true;
  return previous.full;
}

/** Collapse runs of spaces and tabs into one space and trim; one pass. */
export function squeezeSpaces(text: string, meter?: Meter): string {
  let out = "";
  let pendingSpace = false;
  let chunkStart = -1;
  for (let k = 0; k < text.length; k++) {
    if (meter) meter.steps++;
    const c = text.charCodeAt(k);
    const space = c === 32 || c === 9 || c === 0xa0 || c === 13;
    if (space) {
      if (chunkStart >= 0) {
        out += text.slice(chunkStart, k);
        chunkStart = -1;
      }
      pendingSpace = out.length > 0;
      continue;
    }
    if (chunkStart < 0) {
      if (pendingSpace) out += " ";
      pendingSpace = false;
      chunkStart = k;
    }
  }
  if (chunkStart >= 0) out += text.slice(chunkStart);
  return out;
}

interface OpenParagraph {
  parts: string[];
  page?: number;
  footnote: boolean;
  last: SourceLine;
}

function finish(open: OpenParagraph, index: number, meter?: Meter): DocumentParagraph | null {
  const joined = open.parts.join(" ");
  const label = open.footnote ? null : typedLabel(joined);
  const text = label ? label.rest : joined;
  if (text === "" && !label) return null;
  const paragraph: DocumentParagraph = { index, text };
  if (label) {
    paragraph.numbering = label.label;
    paragraph.numberingSource = "typed";
  }
  if (open.footnote) paragraph.footnote = true;
  if (open.page !== undefined) paragraph.page = open.page;
  const suspects = footnoteSuspects(text, meter);
  if (suspects.length > 0) paragraph.footnoteSuspects = suspects;
  return paragraph;
}

/**
 * Footnote bodies sit at the foot of a page, between the two halves of a body paragraph that
 * runs on to the next page. After a page boundary, or after a footnote that ended its sentence
 * when the next line starts in lower case, the text goes back to the body paragraph it left.
 */
export function paragraphsFromLines(lines: readonly SourceLine[], meter?: Meter): DocumentParagraph[] {
  const open: OpenParagraph[] = [];
  let current: OpenParagraph | null = null;
  let lastBody: OpenParagraph | null = null;

  for (const line of lines) {
    if (meter) meter.steps++;
    const text = squeezeSpaces(line.text, meter);
    if (text === "") continue;
    const squeezed: SourceLine = { ...line, text };
    const head = text.slice(0, 8);
    const footnoteStart = FOOTNOTE_BODY.test(head);
    let target: OpenParagraph | null = null;
    const breaks = line.breakBefore && !(current !== null && plainlyContinues(current.last, squeezed));
    if (current !== null && !breaks && !footnoteStart && !opensItem(current.last, text)) {
      if (current.footnote && lastBody !== null && resumesBody(current, squeezed)) {
        target = continues(lastBody.last, squeezed) ? lastBody : null;
      } else if (continues(current.last, squeezed)) {
        target = current;
      }
    }
    if (target === null) {
      target = { parts: [], page: line.page, footnote: footnoteStart, last: squeezed };
      open.push(target);
    }
    target.parts.push(text);
    target.last = squeezed;
    current = target;
    if (!target.footnote) lastBody = target;
  }

  const out: DocumentParagraph[] = [];
  for (const o of open) {
    const paragraph = finish(o, out.length + 1, meter);
    if (paragraph) out.push(paragraph);
  }
  return out;
}

const DASHES = new Set(["-", "–", "+"]);

/**
 * A numbering opens a new item; a dash does too, except where a wrapped line breaks before the
 * dash of "kinh tế - xã hội" (the line above ran to the margin mid-sentence and lower case follows).
 */
function opensItem(previous: SourceLine, text: string): boolean {
  const label = typedLabel(text);
  if (label === null) return false;
  if (!DASHES.has(label.label)) return true;
  const wrapped = previous.full && !SENTENCE_END.has(lastVisible(previous.text));
  return !(wrapped && LOWER.test(label.rest.charAt(0)));
}

function resumesBody(footnote: OpenParagraph, line: SourceLine): boolean {
  if (line.pageBoundaryBefore) return true;
  return SENTENCE_END.has(lastVisible(footnote.last.text)) && LOWER.test(firstLetterLike(line.text));
}
