/** An actual equal to a strict ">"/"<" target: a boundary case, not a silent verdict (guide §6). */
import { checkAlone, type RowRule } from "./row-rules";
import { constantMessage, message } from "../messages";
import { cellOf, finding } from "./util";

export const boundaryValue: RowRule = {
  id: "boundary-value",
  severity: "warning",
  description: constantMessage("rule/boundary-value"),
  messages: ["boundary-value/strict-threshold"] as const,
  check: (context) => checkAlone(boundaryValue, context),
  rowChecker(context, out) {
    return (ind) => {
      if (!ind.boundary || ind.actual.value === null) return;
      out.push(
        finding(
          boundaryValue,
          ind.row,
          cellOf(context, ind.row, "actual"),
          message("boundary-value/strict-threshold", {
            actual: ind.actual.value,
            target: ind.target.text.trim(),
          }),
        ),
      );
    };
  },
};
