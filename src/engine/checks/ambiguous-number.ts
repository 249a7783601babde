/**
 * A number text such as "1,250" reads as 1.25 or 1250. The sheet's convention decides;
 * this warns when the other reading would change the status or the % verdict.
 */
import { reportedPercentAccepted } from "../evaluate/percent";
import { constantMessage, message } from "../messages";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding } from "./util";

export const ambiguousNumber: RowRule = {
  id: "ambiguous-number",
  severity: "warning",
  description: constantMessage("rule/ambiguous-number"),
  messages: [
    "ambiguous-number/status-changes",
    "ambiguous-number/percent-unmatched",
    "ambiguous-number/percent-matched",
  ] as const,
  check: (context) => checkAlone(ambiguousNumber, context),
  rowChecker(context, out) {
    const tolerance = context.options.tolerance ?? 0;
    const used = context.convention;
    return (ind) => {
      const alt = ind.ambiguity;
      // The other reading only matters when it makes sense of the row (it can be assessed).
      if (!alt || alt.status === "unassessed") return;
      const statusChanged = alt.status !== ind.status;
      // Whether the reported % is accepted here matters only when the status stays the same and
      // the other reading has a verdict on the %: most ambiguous rows skip working it out.
      const here =
        !statusChanged && alt.percentAccepted !== null ? reportedPercentAccepted(ind, tolerance) : null;
      const percentChanged = here !== null && here !== alt.percentAccepted;
      if (!statusChanged && !percentChanged) return;
      const other = alt.convention;
      const texts = alt.roles.map((role) =>
        role === "target"
          ? ind.target.text.trim()
          : role === "actual"
            ? ind.actual.text.trim()
            : ind.reported.percentText.trim(),
      );
      const said = statusChanged
        ? message("ambiguous-number/status-changes", {
            texts,
            used,
            other,
            status: alt.status,
            instead: ind.status,
          })
        : message(here ? "ambiguous-number/percent-unmatched" : "ambiguous-number/percent-matched", {
            texts,
            used,
            other,
          });
      out.push(finding(ambiguousNumber, ind.row, cellOf(context, ind.row, alt.roles[0]), said));
    };
  },
};
