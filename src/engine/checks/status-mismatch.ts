/** The reported label does not follow from the numbers (guide §7.2). */
import { subRowStatuses, worstStatus } from "../evaluate/units";
import { constantMessage, message } from "../messages";
import type { EvaluatedIndicator, Status } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, shownCell } from "./util";

/** The status the numbers would give if higher were better. */
function statusIfHigher(ind: EvaluatedIndicator): Status | null {
  const a = ind.actual.value;
  const t = ind.target;
  if (a === null) return null;
  if (t.kind === "range" && t.min !== undefined && t.max !== undefined) {
    return a > t.max ? "exceeded" : a < t.min ? "missed" : "achieved";
  }
  const level = t.kind === "fraction" ? (t.numerator ?? t.value) : t.value;
  if (level === undefined) return null;
  return a > level ? "exceeded" : a < level ? "missed" : "achieved";
}

function accepted(label: Exclude<Status, "unassessed">, ind: EvaluatedIndicator): boolean {
  if (label === ind.status) return true;
  // An actual equal to a strict target: "đạt" (loose) and "không đạt" (strict) both hold up.
  return ind.boundary === true && label === "missed";
}

export const statusMismatch: RowRule = {
  id: "status-mismatch",
  severity: "error",
  description: constantMessage("rule/status-mismatch"),
  messages: ["status-mismatch/against-numbers", "status-mismatch/against-sub-rows"] as const,
  check: (context) => checkAlone(statusMismatch, context),
  rowChecker(context, out) {
    return (ind, unit) => {
      const label = ind.reported.status;
      if (!label) return;
      let expected: Status = ind.status;
      let fromSubRows = false;
      if (expected === "unassessed" && !ind.isSubRow && unit.end - unit.first > 1) {
        // A TT row without numbers summarises its sub-rows: the worst of them.
        expected = worstStatus(subRowStatuses(context.indicators, unit));
        fromSubRows = true;
        if (expected === "unassessed" || label.status === expected) return;
      } else if (expected === "unassessed" || accepted(label.status, ind)) {
        return;
      }
      // A lower-is-better indicator judged as if higher were better.
      const judgedAsHigher = ind.polarity.polarity === "lower" && statusIfHigher(ind) === label.status;
      const said = fromSubRows
        ? message("status-mismatch/against-sub-rows", { label: label.text.trim(), expected, judgedAsHigher })
        : message("status-mismatch/against-numbers", {
            label: label.text.trim(),
            actual: shownCell(context, ind.row, "actual", ind.actual.text.trim()),
            target: shownCell(context, ind.row, "target", ind.target.text.trim()),
            percent: ind.percent,
            expected,
            judgedAsHigher,
          });
      out.push(finding(statusMismatch, ind.row, cellOf(context, ind.row, "status"), said));
    };
  },
};
