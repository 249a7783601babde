/**
 * Whether a text's fold starts with a given folded prefix, without building the folded text:
 * the rate check asks it of nearly every row's name, and most names differ within a letter or two.
 */
import { foldChar, foldFast, isFoldSpace, isTabledChar } from "../fastfold";

/**
 * Same answer as `foldFast(text.slice(0, length)).startsWith(prefix)`; `length` spares callers
 * that only look at a text's head a copy of it.
 */
export function foldedStartsWith(text: string, prefix: string, length = text.length): boolean {
  const end = Math.min(length, text.length);
  // foldFast folds a text holding another script with fold() as a whole: such a text is
  // handed to it rather than read one character at a time.
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && !isFoldSpace(code) && !isTabledChar(code))
      return foldFast(text.slice(0, end)).startsWith(prefix);
  }
  let matched = 0;
  let pendingSpace = false;
  let seen = false;
  for (let i = 0; i < end && matched < prefix.length; i++) {
    const code = text.charCodeAt(i);
    if (isFoldSpace(code)) {
      pendingSpace = seen;
      continue;
    }
    if (pendingSpace) {
      if (prefix.charCodeAt(matched) !== 0x20) return false;
      matched++;
      pendingSpace = false;
    }
    seen = true;
    if (code < 0x80) {
      // ASCII folds to itself, lower-cased.
      const folded = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      if (matched < prefix.length && folded !== prefix.charCodeAt(matched)) return false;
      matched++;
      continue;
    }
    const piece = foldChar(code);
    for (let k = 0; k < piece.length && matched < prefix.length; k++, matched++)
      if (piece.charCodeAt(k) !== prefix.charCodeAt(matched)) return false;
  }
  return matched >= prefix.length;
}
