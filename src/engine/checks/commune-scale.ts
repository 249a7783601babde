/**
 * How large a commune's figures plausibly are, per unit of count or money, so a unit that does
 * not fit its number stands out ("Nghìn con" next to 5.436, "đồng" next to 65). The bounds are
 * wide on purpose: a figure past one is off by a factor of a thousand or more, not just large.
 */
import type { UnitScale } from "../messages";
import { foldFast } from "../text/fast-fold";

interface ScaleBounds {
  scale: UnitScale;
  /** The folded unit, from its start ("nghin con", "trieu dong/nguoi/nam"). */
  unit: RegExp;
  /** A figure above this, in the unit, is not a commune's. */
  max?: number;
  /** A positive figure below this, in the unit, is not a commune's. */
  min?: number;
}

/**
 * | unit        | unusual          | why                                                                       |
 * | ----------- | ---------------- | ------------------------------------------------------------------------- |
 * | nghìn con   | above 1 000      | a commune's herd or flock: thousands to a few hundred thousand head       |
 * | nghìn người | above 200        | a commune's population: a few thousand to tens of thousands               |
 * | nghìn hộ    | above 50         | a commune's households: hundreds to tens of thousands                     |
 * | đồng        | below 1 000      | revenue, income or a price in đồng runs into millions                     |
 * | triệu đồng  | above 10 000 000 | budget revenue, tens of billions đồng, is tens of thousands of millions   |
 * | tỷ đồng     | above 100 000    | budget revenue tens of billions, investment at most thousands of billions |
 */
const BOUNDS: readonly ScaleBounds[] = [
  { scale: "thousand-head", unit: /^(nghin|ngan) con\b/, max: 1000 },
  { scale: "thousand-people", unit: /^(nghin|ngan) (nguoi|luot nguoi|nhan khau)\b/, max: 200 },
  { scale: "thousand-households", unit: /^(nghin|ngan) ho\b/, max: 50 },
  { scale: "dong", unit: /^(dong|vnd)\b/, min: 1000 },
  { scale: "million-dong", unit: /^(tr\.? ?dong|trieu dong|trieu|trd)\b/, max: 1e7 },
  { scale: "billion-dong", unit: /^(ty|ti) dong\b/, max: 1e5 },
];

export interface ScaleMisfit {
  scale: UnitScale;
  bound: number;
  above: boolean;
}

/** The commune-scale bound `value`, in `unit`, is past, or null when it fits or the unit is not one of these. */
export function scaleMisfit(value: number, unit: string): ScaleMisfit | null {
  if (unit === "" || unit === "%" || !(value > 0)) return null;
  const folded = foldFast(unit);
  for (const b of BOUNDS) {
    if (!b.unit.test(folded)) continue;
    if (b.max !== undefined && value > b.max) return { scale: b.scale, bound: b.max, above: true };
    if (b.min !== undefined && value < b.min) return { scale: b.scale, bound: b.min, above: false };
    return null;
  }
  return null;
}
