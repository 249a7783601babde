/**
 * Implausible magnitudes (guide §7.5): an actual ten times the target or a tenth of it,
 * a rate above 100 %, "Nghìn con" next to a head count, a "%" column holding what is
 * really the percent of target.
 */
import { foldedStartsWith, foldFast } from "../text/fast-fold";
import type { EvaluatedIndicator } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, num } from "./util";

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
  description: {
    vi: "Số liệu có độ lớn bất thường so với chỉ tiêu hoặc đơn vị tính",
    en: "A value of implausible magnitude for its target or unit",
  },
  check: (context) => checkAlone(suspectMagnitude, context),
  rowChecker(context, out) {
    return (ind) => {
      const a = ind.actual.value;
      if (a === null) return;
      const t = level(ind);
      const unit = ind.unit.trim();

      if (t !== undefined && t > 0 && a >= 1000 && a / t >= 100 && thousandsOfHeads(unit)) {
        out.push(
          finding(suspectMagnitude, ind.row, cellOf(context, ind.row, "actual"), {
            vi: `Kết quả ${num(a, "vi")} với đơn vị «${unit}» có vẻ là số đếm từng cá thể (chỉ tiêu ${num(t, "vi")} ${unit})`,
            en: `The actual ${num(a, "en")} with unit "${unit}" looks like a head count (target ${num(t, "en")} ${unit})`,
          }),
        );
      } else if (
        t !== undefined &&
        t > 0 &&
        a > 0 &&
        (a >= FAR * t || (a * FAR <= t && ind.polarity.polarity === "higher"))
      ) {
        const ratio = a / t;
        out.push(
          finding(suspectMagnitude, ind.row, cellOf(context, ind.row, "actual"), {
            vi: `Kết quả ${num(a, "vi")} gấp ${num(ratio, "vi")} lần chỉ tiêu ${num(t, "vi")}: kiểm tra đơn vị hoặc số nhập`,
            en: `The actual ${num(a, "en")} is ${num(ratio, "en")} times the target ${num(t, "en")}: check the unit or the entry`,
          }),
        );
      }

      if (a > 100 && isRate(ind, unit)) {
        out.push(
          finding(suspectMagnitude, ind.row, cellOf(context, ind.row, "actual"), {
            vi: `«${ind.name.trim()}» là một tỷ lệ nhưng kết quả ghi ${num(a, "vi")}%, lớn hơn 100%`,
            en: `"${ind.name.trim()}" is a rate but the actual is ${num(a, "en")}%, above 100%`,
          }),
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
          finding(suspectMagnitude, ind.row, cellOf(context, ind.row, "actual"), {
            vi: `Kết quả ${num(a, "vi")}% bằng đúng tỷ lệ so với chỉ tiêu ghi ở ô ${cellOf(context, ind.row, "percent")}: có thể đã ghi tỷ lệ % so với chỉ tiêu ${num(t, "vi")}% thay cho kết quả`,
            en: `The actual ${num(a, "en")}% equals the percent of target in ${cellOf(context, ind.row, "percent")}: the percent of the target ${num(t, "en")}% may have been typed instead of the actual`,
          }),
        );
      }
    };
  },
};
