/** A label or a % is given while the target or the actual is missing or an error (guide §7.3). */
import { excelErrorText } from "../parse/numbers";
import { subRowStatuses } from "../evaluate/units";
import { constantMessage, message, type GivenValues } from "../messages";
import type { EvaluatedIndicator } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import type { RuleContext } from "./rule";
import { cellOf, finding, shownCell } from "./util";

/** The status label and the percent the row gives, as shown; null when it gives neither. */
function given(context: RuleContext, ind: EvaluatedIndicator): GivenValues | null {
  const status = ind.reported.status ? ind.reported.status.text.trim() : undefined;
  const percent = ind.reported.percentParsed.ok
    ? shownCell(context, ind.row, "percent", ind.reported.percentText.trim())
    : undefined;
  if (status === undefined && percent === undefined) return null;
  if (percent === undefined) return { status };
  return status === undefined ? { percent } : { status, percent };
}

export const missingValue: RowRule = {
  id: "missing-value",
  severity: "error",
  description: constantMessage("rule/missing-value"),
  messages: [
    "missing-value/target-error",
    "missing-value/target-without-level",
    "missing-value/target-empty",
    "missing-value/actual-error",
    "missing-value/actual-text",
    "missing-value/actual-empty",
  ] as const,
  check: (context) => checkAlone(missingValue, context),
  rowChecker(context, out) {
    if (context.table.targetOnly) return null;
    return (ind, unit) => {
      if (!ind.reported.status && !ind.reported.percentParsed.ok) return;
      // A value Excel turned into a date is not missing: date-value names it.
      if (ind.target.reason?.id === "target/date") return;
      if (!ind.actual.parsed.ok && ind.actual.parsed.reason === "date") return;
      const targetCellMissing = ind.target.kind === "none" && !ind.target.fromName;
      const actualEmpty =
        !ind.actual.parsed.ok && ind.actual.parsed.reason !== "unparsable" && !ind.actual.qualitative;
      if (!targetCellMissing && !actualEmpty) return;
      // A TT row summarising its sub-rows carries no numbers of its own.
      if (
        !ind.isSubRow &&
        ind.target.kind === "none" &&
        ind.actual.value === null &&
        subRowStatuses(context.indicators, unit).some((s) => s !== "unassessed")
      )
        return;
      const what = given(context, ind);
      if (!what) return;
      if (targetCellMissing) {
        const t = ind.target.text.trim();
        const error = excelErrorText(t);
        out.push(
          finding(
            missingValue,
            ind.row,
            cellOf(context, ind.row, "target"),
            error
              ? message("missing-value/target-error", { given: what, error })
              : t
                ? message("missing-value/target-without-level", { given: what, target: t })
                : message("missing-value/target-empty", { given: what }),
          ),
        );
      } else if (actualEmpty) {
        const a = ind.actual.text.trim();
        const error = !ind.actual.parsed.ok && ind.actual.parsed.reason === "error";
        out.push(
          finding(
            missingValue,
            ind.row,
            cellOf(context, ind.row, "actual"),
            error
              ? message("missing-value/actual-error", { given: what, error: a })
              : a
                ? message("missing-value/actual-text", { given: what, actual: a })
                : message("missing-value/actual-empty", { given: what }),
          ),
        );
      }
    };
  },
};
