/** The money scale of a unit as written ("triệu đồng", "Tr.đ", "tỷ đồng"), in đồng. */
import { fold } from "./fold";

const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:ty|ti) ?(?:dong|d\b)/, 1e9],
  [/\b(?:trieu|tr\.?) ?(?:dong|d\b)|\btrd\b/, 1e6],
  [/\b(?:nghin|ngan) ?dong|\bn\.? ?dong/, 1e3],
  [/\bdong\b/, 1],
];

export function moneyScale(unit: string): number | null {
  const f = fold(unit);
  for (const [pattern, scale] of SCALES) if (pattern.test(f)) return scale;
  return null;
}
