/** The polarity of a row: the user's choice for it when there is one, else the inferred one. */
import type { IndicatorRow, Polarity, PolarityDecision, Target } from "../types";
import { constantMessage } from "../messages";
import { inferPolarityOf, type NameReading } from "../parse/polarity";

const CHOSEN_HIGHER = constantMessage("polarity/user-higher");
const CHOSEN_LOWER = constantMessage("polarity/user-lower");

export function decidePolarity(
  row: IndicatorRow,
  name: NameReading,
  target: Target,
  overrides?: Record<number, Polarity>,
): PolarityDecision {
  const chosen = overrides?.[row.row];
  if (chosen) {
    return {
      polarity: chosen,
      overridden: true,
      reason: chosen === "higher" ? CHOSEN_HIGHER : CHOSEN_LOWER,
    };
  }
  return inferPolarityOf(row.name, name, target, row.unit);
}
