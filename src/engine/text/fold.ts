/**
 * Text normalisation for matching Vietnamese headers, labels and target wording:
 * without diacritics, lower case, every kind of whitespace (NBSP, line breaks) as one space.
 */

const WHITESPACE = /[\s\u00a0\u2007\u202f\u200b]+/g;

/** Collapse whitespace (including NBSP and line breaks) to single spaces and trim; keeps diacritics. */
export function cleanText(text: string): string {
  return isClean(text) ? text : text.replace(WHITESPACE, " ").trim();
}

/** Whitespace the pattern above rewrites, other than the plain space. */
export function isOddSpace(code: number): boolean {
  // Vietnamese letters (U+00C0–U+01B0, U+1EA0–U+1EF9) are all below U+2000: settled in the first branch.
  if (code < 0x2000) return code === 0xa0 || code === 0x1680 || (code >= 0x09 && code <= 0x0d);
  if (code <= 0x200b) return true;
  return (
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * What cleanText would change: a space at either end, two spaces in a row, or any other
 * whitespace (the characters isOddSpace knows).
 */
const UNCLEAN = /^ | $| {2}|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Below this length a character loop beats starting the pattern (units, numbers, codes). */
const SHORT_TEXT = 8;

/** Already what cleanText returns (most cells): single plain spaces between words, none at the ends. */
export function isClean(text: string): boolean {
  // The regular-expression engine scans a long text (a name) faster than a loop does.
  return text.length < SHORT_TEXT ? isShortTextClean(text) : !UNCLEAN.test(text);
}

/** isClean, one character at a time. */
function isShortTextClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  let previousSpace = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else {
      if (isOddSpace(code)) return false;
      previousSpace = false;
    }
  }
  return true;
}

/** Lower case, no diacritics ("Đánh giá" → "danh gia"), whitespace collapsed. */
export function fold(text: string): string {
  // Codes and numbers ("1", "2.1", "6.586") are their own fold.
  if (foldedPrefixLength(text) === text.length) return text;
  return cleanText(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** How many leading characters fold to themselves: printable ASCII other than capitals and spaces. */
export function foldedPrefixLength(text: string): number {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f || (code >= 0x41 && code <= 0x5a)) break;
    i++;
  }
  return i;
}

/** What String.prototype.trim removes: the plain space and the whitespace above but the zero-width space. */
export function isTrimmedSpace(code: number): boolean {
  return code === 0x20 || (code !== 0x200b && isOddSpace(code));
}
