/**
 * Text normalisation for matching Vietnamese headers, labels and target wording:
 * without diacritics, lower case, every kind of whitespace (NBSP, line breaks) as one space.
 */

const WHITESPACE = /[\s\u00a0\u2007\u202f\u200b]+/g;

/** Collapse whitespace (including NBSP and line breaks) to single spaces and trim; keeps diacritics. */
export function cleanText(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

/** Lower case, no diacritics ("Đánh giá" → "danh gia"), whitespace collapsed. */
export function fold(text: string): string {
  return cleanText(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}
