/**
 * What a cell's text says before any number is read: Excel's error values, placeholders that
 * mean "nothing here" (a dash, "x", dots), and spaces of every kind made one.
 */
import { isClean, isTrimmedSpace } from "../../text/fold";

/** Excel's error values, as a text cell pasted from Excel may also hold them. */
export const EXCEL_ERRORS: readonly string[] = [
  "#DIV/0!",
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign. */
const DASHES = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]);

/**
 * Cells that mean "nothing here" rather than a number: a lone dash, "x", dots.
 * parseNumberText reads them as `{ok:false, reason:"empty", detail:"placeholder"}`,
 * so a dash in an actual column counts as a missing value, not as bad input.
 */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  "-",
  "--",
  "---",
  "\u2010",
  "\u2011",
  "\u2012",
  "\u2013",
  "\u2014",
  "\u2015",
  "\u2212",
  "x",
  "xx",
  "...",
  "\u2026",
  "/",
  "k",
  "n/a",
  "na",
]);

export function isDashChar(ch: string): boolean {
  return DASHES.has(ch);
}

export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Whitespace between a number and its unit: what trim() removes, but the byte-order mark (zero-width here). */
function isSpaceCode(code: number): boolean {
  return code !== 0xfeff && isTrimmedSpace(code);
}

function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

/** Zero-width characters that cleanText keeps but normalizeSpaces drops. */
const JOINERS = /\u200c|\u200d|\u2060/;

/** Already what normalizeSpaces returns (most cells): clean text with no zero-width joiners. */
function isNormalized(text: string): boolean {
  return isClean(text) && !JOINERS.test(text);
}

/**
 * Every kind of space (NBSP, thin and narrow spaces, line breaks) as one ASCII space,
 * zero-width characters dropped, trimmed. Linear scanner.
 */
export function normalizeSpaces(text: string): string {
  if (isNormalized(text)) return text;
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isZeroWidth(code)) continue;
    if (isSpaceCode(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/** The Excel error a text names ("#DIV/0!", "#n/a"), or null. */
export function excelErrorText(text: string): string | null {
  if (!text.includes("#")) return null;
  const s = normalizeSpaces(text).toUpperCase();
  if (!s.startsWith("#")) return null;
  return EXCEL_ERRORS.includes(s) ? s : null;
}

/** A cell that means "no value": "-", "—", "x", "…". */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDERS.has(normalizeSpaces(text).toLowerCase());
}
