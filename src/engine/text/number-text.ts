/**
 * Numbers written as text the way String() writes them, built from integers for the usual
 * table values (few decimals): cell texts, messages and digit comparisons write thousands of
 * them, and the general double-to-text conversion costs far more. No imports: grid.ts uses it.
 */

/** 10 ** k for the few decimals a plain number has: exact powers, no Math.pow rounding. */
export const POWERS_OF_TEN = [
  1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The fewest decimals (1–6) that write a non-whole number exactly as String() writes it
 * ("110.1" → 1, "0.05" → 2), or -1 when it has more or is too large or small to tell this way.
 *
 * Below 1e9 two numbers 1e-6 apart are never the same double, so at most one N / 10^d (N an
 * integer) is `value`; the first d with one is the length of the shortest text that reads back
 * as `value`, which is what String() writes.
 */
export function fewDecimals(value: number): number {
  const size = Math.abs(value);
  if (!(size >= 1e-6 && size < 1e9) || Number.isInteger(size)) return -1;
  for (let d = 1; d <= 6; d++) {
    const scale = POWERS_OF_TEN[d];
    if (Math.round(size * scale) / scale === size) return d;
  }
  return -1;
}

/** |value| × 10^decimals, rounded: the digits of a number with that many decimals (6.586, 3 → 6586). */
export function scaledDigits(value: number, decimals: number): number {
  return Math.round(Math.abs(value) * POWERS_OF_TEN[decimals]);
}

/**
 * String(value), built from integers for a number with few decimals (most values in a table):
 * writing a double as text the general way costs far more than writing two integers.
 */
export function numberText(value: number): string {
  const d = fewDecimals(value);
  if (d < 0) return String(value);
  const scale = POWERS_OF_TEN[d];
  const scaled = scaledDigits(value, d);
  const whole = Math.floor(scaled / scale);
  const fraction = String(scaled - whole * scale).padStart(d, "0");
  return `${value < 0 ? "-" : ""}${whole}.${fraction}`;
}
