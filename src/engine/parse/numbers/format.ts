/** Numbers written for messages in a language's convention: vi "82,6", "12.600.000"; en "82.6", "12,600,000". */
import { fewDecimals, numberText } from "../../text/number-text";
import type { Lang } from "../../types";

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
function digitsWithoutExponent(n: number, decimals: number | undefined): string {
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
  const digits = digitsWithoutExponent(Math.abs(n), decimals);
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
