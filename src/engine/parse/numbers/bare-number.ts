/**
 * Bare numbers, the most common cell text ("2025", "1.250", "312,5", "82,6%"): ASCII digits,
 * at most one "." or "," between two digits, an optional "%" at the very end. Read in one pass,
 * without slicing or number parsing; the general parsers fall back to the body scanner.
 */
import { isDigitCode } from "../../text/chars";
import { POWERS_OF_TEN } from "../../text/number-text";
import type { NumberConvention } from "../../types";

/** The most digits a bare number may have for its value to be computed exactly from them. */
const EXACT_DIGITS = 15;

/** For a text bareNumberValue reads: the convention it proves ("312,5" → vi, "82.6" → en), if any. */
export function bareNumberEvidence(s: string): NumberConvention | null {
  const mark = bareNumberMarkAt(s);
  if (mark < 0 || bareNumberIsAmbiguous(s)) return null;
  return s.charCodeAt(mark) === 0x2c ? "vi" : "en";
}

/** The text's last character is "%". */
export function endsWithPercent(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 0x25;
}

/** Where the "." or "," of a bare number text is, or -1 for digits only. */
function bareNumberMarkAt(s: string): number {
  for (let k = 0; k < s.length; k++) if (!isDigitCode(s.charCodeAt(k))) return k === s.length - 1 ? -1 : k;
  return -1;
}

/**
 * For a text bareNumberValue reads: oneMarkBody's rule, three tail digits after a possible first
 * thousands group ("1.250", "3,000") read both ways.
 */
export function bareNumberIsAmbiguous(s: string): boolean {
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
 * object; endsWithPercent and bareNumberIsAmbiguous give the rest of what they need.
 *
 * Same value as interpretBody: with at most 15 digits every digit run is an exact integer and
 * N / 10^k is the correctly rounded decimal, as Number("W.T") is.
 */
export function bareNumberValue(s: string, convention: NumberConvention): number {
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
