/**
 * Implausible magnitudes (guide §7.5): an actual ten times the target or a tenth of it,
 * a rate above 100 %, "Nghìn con" next to a head count, a "%" column holding what is
 * really the percent of target, and a unit its figure does not fit at a commune's scale
 * ("Nghìn con" next to 5.436, "đồng" next to 65; see commune-scale.ts).
 */
import { foldedStartsWith, foldFast } from "../text/fast-fold";
import type { EvaluatedIndicator } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { constantMessage, message } from "../messages";
import { scaleMisfit } from "./commune-scale";
import { cellOf, finding } from "./util";

const FAR = 10;

/**
 * A rate: named "Tỷ lệ …" or measured in "%", not a growth or a comparison that may pass 100.
 * `unit` is the indicator's unit, trimmed.
 */
function isRate(ind: EvaluatedIndicator, unit: string): boolean {
  const percentUnit = unit === "%" || ind.target.isPercent === true;
  // Read only the head of the name first: most names are not rates, and folding is not free.
  if (!percentUnit && !foldedStartsWith(ind.name.trimStart(), "ty le", 8)) return false;
  return !/\b(tang|toc do|so voi|gap)\b/.test(foldFast(ind.name));
}

/** "Nghìn con", "ngàn người", "nghìn hộ": thousands of heads. */
function thousandsOfHeads(unit: string): boolean {
  return /^(nghin|ngan) (con|nguoi|ho|luot|cay)\b/.test(foldFast(unit));
}

function level(ind: EvaluatedIndicator): number | undefined {
  const t = ind.target;
  if (t.kind === "atLeast" || t.kind === "atMost" || t.kind === "exact") return t.value;
  if (t.kind === "fraction") return t.numerator ?? t.value;
  return undefined;
}

export const suspectMagnitude: RowRule = {
  id: "suspect-magnitude",
  severity: "warning",
  description: constantMessage("rule/suspect-magnitude"),
  messages: [
    "suspect-magnitude/head-count",
    "suspect-magnitude/far-from-target",
    "suspect-magnitude/rate-above-100",
    "suspect-magnitude/percent-as-actual",
    "suspect-magnitude/unit-scale",
  ] as const,
  check: (context) => checkAlone(suspectMagnitude, context),
  rowChecker(context, out) {
    return (ind) => {
      const t = level(ind);
      const unit = ind.unit.trim();
      const a = ind.actual.value;
      // A target off its unit's scale is said once, whatever the actual.
      const targetMisfit = t === undefined ? null : scaleMisfit(t, unit);
      if (targetMisfit && t !== undefined) {
        out.push(
          finding(
            suspectMagnitude,
            ind.row,
            cellOf(context, ind.row, "target"),
            message("suspect-magnitude/unit-scale", { role: "target", value: t, unit, ...targetMisfit }),
          ),
        );
      }
      if (a === null) return;

      const headCount = t !== undefined && t > 0 && a >= 1000 && a / t >= 100 && thousandsOfHeads(unit);
      // The actual's own misfit, unless the target shows the same unit problem or head-count says more.
      const actualMisfit = headCount || targetMisfit ? null : scaleMisfit(a, unit);
      if (actualMisfit) {
        out.push(
          finding(
            suspectMagnitude,
            ind.row,
            cellOf(context, ind.row, "actual"),
            message("suspect-magnitude/unit-scale", { role: "actual", value: a, unit, ...actualMisfit }),
          ),
        );
      }

      if (headCount && t !== undefined) {
        out.push(
          finding(
            suspectMagnitude,
            ind.row,
            cellOf(context, ind.row, "actual"),
            message("suspect-magnitude/head-count", { actual: a, unit, target: t }),
          ),
        );
      } else if (
        !actualMisfit &&
        t !== undefined &&
        t > 0 &&
        a > 0 &&
        (a >= FAR * t || (a * FAR <= t && ind.polarity.polarity === "higher"))
      ) {
        out.push(
          finding(
            suspectMagnitude,
            ind.row,
            cellOf(context, ind.row, "actual"),
            message("suspect-magnitude/far-from-target", { actual: a, ratio: a / t, target: t }),
          ),
        );
      }

      if (a > 100 && isRate(ind, unit)) {
        out.push(
          finding(
            suspectMagnitude,
            ind.row,
            cellOf(context, ind.row, "actual"),
            message("suspect-magnitude/rate-above-100", { name: ind.name.trim(), actual: a }),
          ),
        );
      }

      const reported = ind.reported.percent;
      if (
        reported !== null &&
        (unit === "%" || ind.target.isPercent === true) &&
        t !== undefined &&
        Math.abs(t - 100) > 1e-9 &&
        Math.abs(a - reported) < 1e-9 &&
        Math.abs(a - t) > 1e-9
      ) {
        out.push(
          finding(
            suspectMagnitude,
            ind.row,
            cellOf(context, ind.row, "actual"),
            message("suspect-magnitude/percent-as-actual", {
              actual: a,
              percentCell: cellOf(context, ind.row, "percent"),
              target: t,
            }),
          ),
        );
      }
    };
  },
};
