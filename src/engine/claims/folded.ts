/**
 * A paragraph's text folded one character for one character (diacritics off, lower case,
 * "đ" → "d"), so offsets in the folded text are offsets in the original: a clause found in
 * the folded text is quoted from the original as written.
 */
import { foldChar, isTabledChar } from "../text/fast-fold";

/** The mark left in place of a footnote suspect's digits: no number reads through it. */
export const FOOTNOTE_MARK = "#";

export function foldInPlace(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[i];
    else if (isTabledChar(code)) out += foldChar(code)[0] ?? " ";
    else out += code === 0xa0 || (code >= 0x2000 && code <= 0x200b) ? " " : text[i];
  }
  return out;
}
