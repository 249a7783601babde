/** The reported % does not follow from the target and the actual (guide §7.1). */
import {
  percentCandidates,
  percentMatches,
  reportedPercentAgreesPlainly,
  reportedPercentValues,
} from "../evaluate/percent";
import { constantMessage, message } from "../messages";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding } from "./util";

export const percentMismatch: RowRule = {
  id: "percent-mismatch",
  severity: "error",
  description: constantMessage("rule/percent-mismatch"),
  messages: ["percent-mismatch/mismatch", "percent-mismatch/computed-as-higher"] as const,
  check: (context) => checkAlone(percentMismatch, context),
  rowChecker(context, out) {
    const tolerance = context.options.tolerance ?? 0;
    return (ind) => {
      if (reportedPercentAgreesPlainly(ind, tolerance)) return;
      const reported = reportedPercentValues(ind);
      if (reported.length === 0) return;
      const computed = percentCandidates(ind);
      if (computed.length === 0) return;
      if (reported.some((r) => computed.some((c) => percentMatches(r, c.value, tolerance)))) return;
      const cell = cellOf(context, ind.row, "percent");
      if (ind.polarity.polarity === "lower") {
        // A lower-is-better indicator whose % was worked out as if higher were better.
        const asHigher = percentCandidates(ind, "higher");
        if (reported.some((r) => asHigher.some((c) => percentMatches(r, c.value, tolerance)))) {
          const said = message("percent-mismatch/computed-as-higher", {
            reported: reported[0],
            computed,
            asHigher: asHigher[0],
          });
          out.push(finding(percentMismatch, ind.row, cell, said));
          return;
        }
      }
      out.push(
        finding(
          percentMismatch,
          ind.row,
          cell,
          message("percent-mismatch/mismatch", { reported: reported[0], computed }),
        ),
      );
    };
  },
};
