/**
 * Numbers as Vietnamese tables write them.
 *
 * vi-VN: "." groups thousands and "," marks decimals ("6.250" = 6250, "312,5" = 312.5,
 * "2.340,5", "12.600.000"). Files from other software use the English convention
 * ("1,250.5"). A single separator followed by exactly three digits ("1,250", "3.000") reads
 * both ways: it is decided by the sheet's convention and marked `ambiguous`.
 *
 * Everything here is a hand-written scanner: no regular expression with a repeated group,
 * so hostile 10,000-character strings are read in linear time.
 */
import type { Cell } from "../grid";
import { isCellError } from "../grid";
import type { Lang, NumberConvention, ParsedNumber } from "../types";
import { foldFast } from "../text/fast-fold";
import { isClean, isTrimmedSpace } from "../text/fold";
import { fewDecimals, numberText, POWERS_OF_TEN } from "../text/number-text";

export { fewDecimals, numberText, scaledDigits } from "../text/number-text";
import { isDigitCode } from "../text/chars";

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
const PLACEHOLDERS = new Set([
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

// ---------------------------------------------------------------- the number body

/** What the digits-and-separators part of a number means. */
export interface NumberBody {
  value: number;
  /** Both conventions read it, with different values ("1,250", "3.000"). */
  ambiguous: boolean;
  /** The convention this body proves, if any ("2.340,5" → vi, "1,250.5" → en). */
  evidence: NumberConvention | null;
}

/**
 * Scan the end of a number body starting at a digit: digits, "." or "," followed by a digit,
 * and single spaces used as thousands groups ("12 600 000").
 */
export function scanBodyEnd(s: string, start: number): number {
  let j = start;
  let onlyDigitsAndSpaces = true;
  let groupLength = 0;
  let firstGroup = true;
  while (j < s.length) {
    const ch = s[j];
    if (isDigitChar(ch)) {
      groupLength++;
      j++;
      continue;
    }
    if ((ch === "." || ch === ",") && isDigitChar(s[j + 1])) {
      onlyDigitsAndSpaces = false;
      j++;
      continue;
    }
    if (
      ch === " " &&
      onlyDigitsAndSpaces &&
      (firstGroup ? groupLength >= 1 && groupLength <= 3 : groupLength === 3) &&
      isDigitChar(s[j + 1]) &&
      isDigitChar(s[j + 2]) &&
      isDigitChar(s[j + 3]) &&
      !isDigitChar(s[j + 4])
    ) {
      firstGroup = false;
      groupLength = 0;
      j++;
      continue;
    }
    break;
  }
  return j;
}

function validGrouping(groups: string[], lastIsDecimals: boolean): boolean {
  const first = groups[0];
  if (first.length < 1 || first.length > 3 || (first.length > 1 && first[0] === "0") || first === "0")
    return false;
  const end = lastIsDecimals ? groups.length - 1 : groups.length;
  for (let k = 1; k < end; k++) if (groups[k].length !== 3) return false;
  return true;
}

function toNumber(integerDigits: string, decimals: string): number {
  return Number(decimals ? `${integerDigits}.${decimals}` : integerDigits);
}

function result(value: number, ambiguous: boolean, evidence: NumberConvention | null): NumberBody | null {
  return Number.isFinite(value) ? { value, ambiguous, evidence } : null;
}

/**
 * "1.250", "312,5": one mark between two digit runs. A decimal mark, unless the tail has three
 * digits and the whole could be a first thousands group: then the convention decides and the
 * reading is ambiguous. (The single-mark case of the general reading below.)
 */
function oneMarkBody(
  whole: string,
  tail: string,
  mark: string,
  convention: NumberConvention,
): NumberBody | null {
  const couldGroup = tail.length === 3 && whole.length <= 3 && whole[0] !== "0";
  if (!couldGroup) return result(toNumber(whole, tail), false, mark === "," ? "vi" : "en");
  const groupsInThisConvention =
    (mark === "." && convention === "vi") || (mark === "," && convention === "en");
  // Read as groups it is a whole number below a million: exact without building "6586".
  if (groupsInThisConvention) return result(Number(whole) * 1000 + Number(tail), true, null);
  return result(toNumber(whole, tail), true, null);
}

/**
 * Read a body of digits and separators ("2.340,5", "1,250", "12 600 000") under a convention.
 * Returns null when the separators make no sense ("1.1.1.1", "1.2,3,4").
 */
export function interpretBody(body: string, convention: NumberConvention): NumberBody | null {
  // The common shapes first: digits only ("2025"), or one "." or "," between digits ("1.250").
  let marks = 0;
  let at = -1;
  for (let k = 0; k < body.length && marks < 2; k++) {
    const code = body.charCodeAt(k);
    if (code < 0x30 || code > 0x39) {
      marks++;
      at = k;
    }
  }
  if (marks === 0 && body.length > 0) return result(Number(body), false, null);
  if (marks === 1 && at > 0 && at < body.length - 1 && (body[at] === "." || body[at] === ","))
    return oneMarkBody(body.slice(0, at), body.slice(at + 1), body[at], convention);
  const groups: string[] = [];
  const seps: string[] = [];
  let current = "";
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (isDigitChar(ch)) current += ch;
    else {
      if (current === "") return null;
      groups.push(current);
      seps.push(ch);
      current = "";
    }
  }
  if (current === "") return null;
  groups.push(current);
  if (seps.length === 0) return result(Number(groups[0]), false, null);

  const kinds = new Set(seps);
  const last = seps[seps.length - 1];
  if (kinds.size === 1) {
    if (seps.length > 1 || last === " ") {
      // Only grouping: "12.600.000", "12,600,000", "12 600 000".
      if (!validGrouping(groups, false)) return null;
      return result(Number(groups.join("")), false, last === "." ? "vi" : last === "," ? "en" : null);
    }
    // One "." or ",": a decimal mark, unless it could also be a thousands group.
    const [whole, tail] = groups;
    const couldGroup = tail.length === 3 && validGrouping(groups, false);
    const decimalReading = toNumber(whole, tail);
    if (!couldGroup) return result(decimalReading, false, last === "," ? "vi" : "en");
    const groupsInThisConvention =
      (last === "." && convention === "vi") || (last === "," && convention === "en");
    return result(groupsInThisConvention ? Number(whole + tail) : decimalReading, true, null);
  }
  if (kinds.size === 2 && !kinds.has(" ") && seps.indexOf(last) === seps.length - 1) {
    // Grouping then one decimal mark: "2.340,5", "1,250.5".
    if (!validGrouping(groups, true)) return null;
    const integerDigits = groups.slice(0, -1).join("");
    return result(toNumber(integerDigits, groups[groups.length - 1]), false, last === "," ? "vi" : "en");
  }
  if (kinds.size === 2 && kinds.has(" ") && !seps.slice(0, -1).includes(last) && last !== " ") {
    // Space groups then a decimal mark: "12 600,5".
    if (!validGrouping(groups, true)) return null;
    const integerDigits = groups.slice(0, -1).join("");
    return result(toNumber(integerDigits, groups[groups.length - 1]), false, last === "," ? "vi" : "en");
  }
  return null;
}

// ---------------------------------------------------------------- plain numbers

/** The most digits a plain number may have for its value to be computed exactly from them. */
const EXACT_DIGITS = 15;

/** For a text plainNumberValue reads: the convention it proves ("312,5" → vi, "82.6" → en), if any. */
function plainEvidence(s: string): NumberConvention | null {
  const mark = plainMarkAt(s);
  if (mark < 0 || plainIsAmbiguous(s)) return null;
  return s.charCodeAt(mark) === 0x2c ? "vi" : "en";
}

/** The text's last character is "%". */
export function endsWithPercent(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 0x25;
}

/** Where the "." or "," of a plain number text is, or -1 for digits only. */
function plainMarkAt(s: string): number {
  for (let k = 0; k < s.length; k++) if (!isDigitCode(s.charCodeAt(k))) return k === s.length - 1 ? -1 : k;
  return -1;
}

/**
 * For a text plainNumberValue reads: oneMarkBody's rule, three tail digits after a possible first
 * thousands group ("1.250", "3,000") read both ways.
 */
export function plainIsAmbiguous(s: string): boolean {
  // Such a text has at most one mark: three tail digits put it four characters from the end.
  const end = endsWithPercent(s) ? s.length - 1 : s.length;
  const mark = end - 4;
  if (mark < 1 || mark > 3) return false;
  const code = s.charCodeAt(mark);
  return (code === 0x2e || code === 0x2c) && s.charCodeAt(0) !== 0x30;
}

/**
 * The value of the most common cell text ("2025", "1.250", "312,5", "82,6%"), read in one pass
 * without slicing or number parsing: ASCII digits, at most one "." or "," between two digits,
 * an optional "%" at the very end, at most 15 digits. NaN for anything else (the general
 * scanner reads it). The hot parsers build their own result from it, with no intermediate
 * object; endsWithPercent and plainIsAmbiguous give the rest of what they need.
 *
 * Same value as interpretBody: with at most 15 digits every digit run is an exact integer and
 * N / 10^k is the correctly rounded decimal, as Number("W.T") is.
 */
export function plainNumberValue(s: string, convention: NumberConvention): number {
  let n = s.length;
  if (n === 0 || n > EXACT_DIGITS + 2) return NaN;
  if (endsWithPercent(s)) n--;
  let whole = 0;
  let wholeDigits = 0;
  let k = 0;
  for (; k < n; k++) {
    const code = s.charCodeAt(k);
    if (!isDigitCode(code)) break;
    whole = whole * 10 + (code - 0x30);
    wholeDigits++;
  }
  if (wholeDigits === 0 || wholeDigits > EXACT_DIGITS) return NaN;
  if (k === n) return whole;
  const mark = s.charCodeAt(k);
  if (mark !== 0x2e && mark !== 0x2c) return NaN;
  let tail = 0;
  let tailDigits = 0;
  for (k++; k < n; k++) {
    const code = s.charCodeAt(k);
    if (!isDigitCode(code)) return NaN;
    tail = tail * 10 + (code - 0x30);
    tailDigits++;
  }
  if (tailDigits === 0 || wholeDigits + tailDigits > EXACT_DIGITS) return NaN;
  const decimal = (whole * POWERS_OF_TEN[tailDigits] + tail) / POWERS_OF_TEN[tailDigits];
  // oneMarkBody's rule: three tail digits after a possible first group read both ways.
  const couldGroup = tailDigits === 3 && wholeDigits <= 3 && s.charCodeAt(0) !== 0x30;
  if (!couldGroup) return decimal;
  const groups = (mark === 0x2e && convention === "vi") || (mark === 0x2c && convention === "en");
  return groups ? whole * 1000 + tail : decimal;
}

// ---------------------------------------------------------------- units

const NOT_UNIT_WORDS = new Set(["den", "toi", "tro", "so", "va", "hoac", "tren", "duoi", "-"]);

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || /^\p{L}$/u.test(ch);
}

/**
 * Unit words after a number: "ha", "triệu đồng", "ha/năm", "m2", "trẻ/1000 trẻ", "‰".
 * A digit may follow a letter, a digit or "/" only, so "5 đến 7" is not 5 with a unit.
 */
function validUnit(unit: string): boolean {
  if (unit.length > 60) return false;
  const first = unit[0];
  if (!(isLetter(first) || first === "/" || first === "‰")) return false;
  for (let k = 0; k < unit.length; k++) {
    const ch = unit[k];
    if (isDigitChar(ch)) {
      const prev = unit[k - 1];
      // "trẻ/1000" is a unit, "05/07" (a fraction) and "1/2" are not.
      const afterWordSlash = prev === "/" && k >= 2 && isLetter(unit[k - 2]);
      if (!(prev !== undefined && (isLetter(prev) || isDigitChar(prev) || afterWordSlash))) return false;
      continue;
    }
    if (isLetter(ch) || ch === " " || ch === "/" || ch === "." || ch === "²" || ch === "³" || ch === "‰")
      continue;
    if (/^\p{M}$/u.test(ch)) continue;
    return false;
  }
  const firstWord = foldFast(unit).split(" ")[0];
  return !NOT_UNIT_WORDS.has(firstWord);
}

// ---------------------------------------------------------------- public parsers

/**
 * Read a number written as text. A lone dash, "x" or "…" is `{ok:false, reason:"empty",
 * detail:"placeholder"}`; an Excel error text ("#DIV/0!") is `reason:"error"`; anything
 * else that is not one number with an optional "%" and unit words is `"unparsable"`.
 * A dash or minus sign makes the number negative only directly before a digit ("−5").
 */
export function parseNumberText(text: string, convention: NumberConvention): ParsedNumber {
  if (typeof text === "string") {
    const value = plainNumberValue(text, convention);
    if (!Number.isNaN(value)) return plainParsed(value, endsWithPercent(text), plainIsAmbiguous(text));
  }
  const s = normalizeSpaces(text ?? "");
  if (s === "") return { ok: false, reason: "empty" };
  if (s[0] === "#") {
    const error = s.toUpperCase();
    if (EXCEL_ERRORS.includes(error)) return { ok: false, reason: "error", detail: error };
  }
  if (s.length <= 3 && PLACEHOLDERS.has(s.toLowerCase()))
    return { ok: false, reason: "empty", detail: "placeholder" };

  let i = 0;
  let negative = false;
  if (s[0] === "+" || isDashChar(s[0])) {
    if (!isDigitChar(s[1])) return { ok: false, reason: "unparsable", detail: s };
    negative = s[0] !== "+";
    i = 1;
  }
  if (!isDigitChar(s[i])) return { ok: false, reason: "unparsable", detail: s };
  const end = scanBodyEnd(s, i);
  const body = interpretBody(s.slice(i, end), convention);
  if (!body) return { ok: false, reason: "unparsable", detail: s };

  let j = end;
  if (s[j] === " ") j++;
  let isPercent = false;
  if (s[j] === "%") {
    isPercent = true;
    j++;
  } else {
    j = end;
  }
  const unit = s.slice(j).trim();
  if (unit !== "" && !validUnit(unit)) return { ok: false, reason: "unparsable", detail: s };

  const value = negative && body.value !== 0 ? -body.value : body.value;
  const parsed: ParsedNumber = { ok: true, value, isPercent, fromText: true };
  if (unit) parsed.unit = unit;
  if (body.ambiguous) parsed.ambiguous = true;
  return parsed;
}

/**
 * parseNumberText's answer for a plain number: same fields, same order, each shape in one
 * literal (a field added later costs the object a second allocation).
 */
function plainParsed(value: number, isPercent: boolean, ambiguous: boolean): ParsedNumber {
  return ambiguous
    ? { ok: true, value, isPercent, fromText: true, ambiguous: true }
    : { ok: true, value, isPercent, fromText: true };
}

/** Drop floating-point noise from ×100 ("0.07" × 100 = 7.000000000000001 → 7). */
function clean(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** A number format that shows percent: "%" outside quoted literals and escapes. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  let quoted = false;
  for (let k = 0; k < format.length; k++) {
    const ch = format[k];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\\") k++;
    else if (!quoted && ch === "%") return true;
  }
  return false;
}

/**
 * Read a cell. A numeric cell is trusted over its displayed text; with a percent number
 * format its value is shown ×100 (0.95 → 95, isPercent). Error values → reason "error".
 */
export function parseCellNumber(cell: Cell | undefined, convention: NumberConvention): ParsedNumber {
  if (!cell) return { ok: false, reason: "empty" };
  const v = cell.value;
  if (v === null || v === undefined) return { ok: false, reason: "empty" };
  if (isCellError(v)) return { ok: false, reason: "error", detail: v.error };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: "unparsable", detail: String(v) };
    if (isPercentFormat(cell.numberFormat)) {
      const percent = clean(v * 100);
      if (!Number.isFinite(percent)) return { ok: false, reason: "unparsable", detail: String(v) };
      return { ok: true, value: percent, isPercent: true, fromText: false };
    }
    return { ok: true, value: v, isPercent: false, fromText: false };
  }
  if (typeof v === "boolean") return { ok: false, reason: "unparsable", detail: String(v) };
  return parseNumberText(v, convention);
}

/**
 * The convention a text proves: "2.340,5", "312,5", "12.600.000" → vi; "1,250.5", "82.6",
 * "12,600,000" → en; "1,250", "3.000", "10" → null. Scans every number in the text, so pass
 * value cells (target, actual, percent), not names or codes ("1.2" would read as English).
 */
export function conventionEvidence(text: string): NumberConvention | null {
  if (typeof text === "string" && !Number.isNaN(plainNumberValue(text, "vi"))) return plainEvidence(text);
  const s = normalizeSpaces(text ?? "");
  let found: NumberConvention | null = null;
  let i = 0;
  while (i < s.length) {
    if (!isDigitChar(s[i])) {
      i++;
      continue;
    }
    const end = scanBodyEnd(s, i);
    const body = interpretBody(s.slice(i, end), "vi");
    if (body?.evidence) {
      if (found && found !== body.evidence) return null;
      found = body.evidence;
    }
    i = end;
  }
  return found;
}

/** Decide a sheet's convention from its value texts: English only when it has more evidence. */
export function decideConvention(texts: Iterable<string>): {
  convention: NumberConvention;
  vi: number;
  en: number;
} {
  let vi = 0;
  let en = 0;
  for (const text of texts) {
    const evidence = conventionEvidence(text);
    if (evidence === "vi") vi++;
    else if (evidence === "en") en++;
  }
  return { convention: en > vi ? "en" : "vi", vi, en };
}

/**
 * Texts of the whole numbers below 1000, and of the groups a thousand splits into: most numbers
 * in messages are whole and below a million, and are written from these without building their
 * digits again ("6.586" is HEAD_VI[6] + GROUP[586]).
 */
const SMALL: string[] = [];
const GROUP: string[] = [];
const HEAD_VI: string[] = [];
const HEAD_EN: string[] = [];
for (let k = 0; k < 1000; k++) {
  SMALL.push(String(k));
  GROUP.push(String(k).padStart(3, "0"));
  HEAD_VI.push(k + ".");
  HEAD_EN.push(k + ",");
}

/** groupThousands of a whole number 0 ≤ n < 1,000,000: at most one separator. */
function belowMillion(n: number, lang: Lang): string {
  if (n < 1000) return SMALL[n];
  const head = Math.floor(n / 1000);
  return (lang === "vi" ? HEAD_VI[head] : HEAD_EN[head]) + GROUP[n % 1000];
}

function groupThousands(digits: string, separator: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  // Whole groups of three are copied at once: messages format numbers for every finding.
  let k = n % 3 || 3;
  let out = digits.slice(0, k);
  for (; k < n; k += 3) out += separator + digits.slice(k, k + 3);
  return out;
}

/** "1.2345e-7" → "0.00000012345", "1.5e+21" → "1500000000000000000000": the same digits, no exponent. */
function expandExponent(s: string): string {
  const e = s.indexOf("e");
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Digits of a non-negative number without an exponent, rounded to `decimals` when given. */
function plainDigits(n: number, decimals: number | undefined): string {
  // Few decimals, no more than asked (at most 6, where toFixed cannot reach the double's
  // binary noise below 1e9): rounding keeps them all, and the text has no exponent.
  const few = fewDecimals(n);
  if (few > 0 && (decimals === undefined || (few <= decimals && decimals < 7))) return numberText(n);
  if (decimals !== undefined) {
    const fixed = n.toFixed(Math.max(0, Math.min(20, Math.floor(decimals))));
    if (!fixed.includes("e")) return fixed;
  }
  return expandExponent(String(n));
}

/** "007" → "7", "000" → "0": the zeros before another digit dropped. */
function withoutLeadingZeros(digits: string): string {
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 0x30) k++;
  return k === 0 ? digits : digits.slice(k);
}

/**
 * Format for messages: vi "82,6", "12.600.000"; en "82.6", "12,600,000". `decimals` is the
 * most decimals shown (trailing zeros dropped); without it every significant digit is kept,
 * so parseNumberText reads the text back to the same number in the same convention.
 */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n)) {
    // Most numbers in messages are whole: no rounding, no fraction to trim.
    const size = Math.abs(n);
    const grouped =
      size < 1e6 ? belowMillion(size, lang) : groupThousands(String(size), lang === "vi" ? "." : ",");
    return n < 0 ? `-${grouped}` : grouped;
  }
  const digits = plainDigits(Math.abs(n), decimals);
  const point = digits.indexOf(".");
  let end = digits.length;
  if (point >= 0) while (end > point + 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  const fraction = point < 0 ? "" : digits.slice(point + 1, end);
  const whole = withoutLeadingZeros(point < 0 ? digits : digits.slice(0, point));
  const grouped = groupThousands(whole, lang === "vi" ? "." : ",");
  const sign = n < 0 && (whole !== "0" || fraction !== "") ? "-" : "";
  if (!fraction) return sign + grouped;
  return `${sign}${grouped}${lang === "vi" ? "," : "."}${fraction}`;
}
