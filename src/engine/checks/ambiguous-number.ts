/**
 * A number text such as "1,250" reads as 1.25 or 1250. The sheet's convention decides;
 * this warns when the other reading would change the status or the % verdict. When the row's own
 * % is reproduced by one reading only, the row is read that way and a note says so.
 */
import { reportedPercentAccepted } from "../evaluate/percent";
import { constantMessage, message } from "../messages";
import { checkAlone, type RowRule } from "./row-rules";
import type { EvaluatedIndicator, NumberConvention } from "../types";
import { cellOf, finding } from "./util";

/** The ambiguous cells' texts, as written. */
function texts(ind: EvaluatedIndicator, roles: ReadonlyArray<"target" | "actual" | "percent">): string[] {
  return roles.map((role) =>
    role === "target"
      ? ind.target.text.trim()
      : role === "actual"
        ? ind.actual.text.trim()
        : ind.reported.percentText.trim(),
  );
}

export const ambiguousNumber: RowRule = {
  id: "ambiguous-number",
  severity: "warning",
  description: constantMessage("rule/ambiguous-number"),
  messages: [
    "ambiguous-number/status-changes",
    "ambiguous-number/percent-unmatched",
    "ambiguous-number/percent-matched",
    "ambiguous-number/settled-by-percent",
  ] as const,
  check: (context) => checkAlone(ambiguousNumber, context),
  rowChecker(context, out) {
    const tolerance = context.options.tolerance ?? 0;
    const used = context.convention;
    return (ind) => {
      const alt = ind.ambiguity;
      if (!alt) return;
      if (alt.settledByPercent) {
        // Nothing left open: a note saying which reading the row's own % confirmed.
        const read: NumberConvention = alt.convention === "vi" ? "en" : "vi";
        const said = message("ambiguous-number/settled-by-percent", {
          texts: texts(ind, alt.roles),
          used: read,
          other: alt.convention,
          percentText: ind.reported.percentText.trim(),
          againstSheet: read !== used,
        });
        out.push(finding(ambiguousNumber, ind.row, cellOf(context, ind.row, alt.roles[0]), said, "info"));
        return;
      }
      // The other reading only matters when it makes sense of the row (it can be assessed).
      if (alt.status === "unassessed") return;
      const statusChanged = alt.status !== ind.status;
      // Whether the reported % is accepted here matters only when the status stays the same and
      // the other reading has a verdict on the %: most ambiguous rows skip working it out.
      const here =
        !statusChanged && alt.percentAccepted !== null ? reportedPercentAccepted(ind, tolerance) : null;
      const percentChanged = here !== null && here !== alt.percentAccepted;
      if (!statusChanged && !percentChanged) return;
      const other = alt.convention;
      const said = statusChanged
        ? message("ambiguous-number/status-changes", {
            texts: texts(ind, alt.roles),
            used,
            other,
            status: alt.status,
            instead: ind.status,
          })
        : message(here ? "ambiguous-number/percent-unmatched" : "ambiguous-number/percent-matched", {
            texts: texts(ind, alt.roles),
            used,
            other,
          });
      out.push(finding(ambiguousNumber, ind.row, cellOf(context, ind.row, alt.roles[0]), said));
    };
  },
};
