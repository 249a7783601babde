/**
 * Numbers glued to the end of a word or a percent sign, the way a PDF's text layer keeps footnote
 * marks: "đạt 95%35", "31 đảng viên5;", "Nhân dân10.". They are only suspects: "QL3" is a road
 * and "95%35" could be a typing slip, so the text is left as it is and the claim reader decides.
 */
import type { FootnoteSuspect } from "../types";

const MAX_MARK_DIGITS = 3;
/** Units written glued to their exponent: "m2", "km2", "m3". */
const UNIT_WORDS = new Set(["m", "km", "cm", "mm", "dm", "hm"]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const LETTER = /\p{L}/u;

function isLetterAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text[at]);
}

/** The word of letters that ends just before `end`, lower-cased, when at most 3 letters long. */
function shortWordBefore(text: string, end: number): string | null {
  let start = end;
  while (start > 0 && end - start <= 3 && isLetterAt(text, start - 1)) start--;
  if (end - start > 3 || isLetterAt(text, start - 1)) return null;
  return text.slice(start, end).toLowerCase();
}

/** One pass over the text; `meter` counts its steps (tests assert the pass stays linear). */
export function footnoteSuspects(text: string, meter?: { steps: number }): FootnoteSuspect[] {
  const out: FootnoteSuspect[] = [];
  let k = 0;
  while (k < text.length) {
    if (meter) meter.steps++;
    if (!isDigit(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && isDigit(text.charCodeAt(k))) {
      if (meter) meter.steps++;
      k++;
    }
    if (start === 0 || k - start > MAX_MARK_DIGITS) continue;
    const before = text[start - 1];
    const gluedToWord = isLetterAt(text, start - 1);
    if (!gluedToWord && before !== "%") continue;
    if (k < text.length && (isLetterAt(text, k) || text[k] === "%")) continue;
    if (gluedToWord) {
      const word = shortWordBefore(text, start);
      if (word !== null && UNIT_WORDS.has(word)) continue;
    }
    out.push({ start, end: k });
  }
  return out;
}
