/**
 * How far two indicator names are one indicator: the words they share, diacritics folded, the
 * words every name has ("tỷ lệ", "trên địa bàn xã") left out. Used wherever a text is tied to a
 * table row (a report's claims, a resolution's targets).
 */
import { fold } from "./fold";

const STOP = new Set([
  "cac",
  "cua",
  "va",
  "tren",
  "dia",
  "ban",
  "xa",
  "nam",
  "hang",
  "binh",
  "quan",
  "ty",
  "le",
]);

/** A name's telling words, folded: compute once per name when comparing it many times. */
export function nameWords(text: string): ReadonlySet<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !STOP.has(w)),
  );
}

/** `nameSimilarity` of two names' words. */
export function wordsSimilarity(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common < Math.min(2, small.size) ? 0 : common / small.size;
}

/** Share of the shorter name's words found in the other (0 … 1); one word in common is no evidence between longer names. */
export function nameSimilarity(a: string, b: string): number {
  return wordsSimilarity(nameWords(a), nameWords(b));
}
