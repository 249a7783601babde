/** Excel error values and unreadable numbers in the target, actual and percent cells. */
import { excelErrorText, isPlaceholderText } from "../parse/numbers";
import type { EvaluatedIndicator } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, shownCell } from "./util";
import { constantMessage, message } from "../messages";

const NUMERIC_KINDS = new Set(["atLeast", "atMost", "exact", "range", "fraction"]);

function targetError(ind: EvaluatedIndicator): string | null {
  return excelErrorText(ind.target.text);
}

export const invalidValue: RowRule = {
  id: "invalid-value",
  severity: "error",
  description: constantMessage("rule/invalid-value"),
  messages: [
    "invalid-value/target-error",
    "invalid-value/actual-error",
    "invalid-value/actual-unreadable",
    "invalid-value/percent-error",
    "invalid-value/percent-unreadable",
  ] as const,
  check: (context) => checkAlone(invalidValue, context),
  rowChecker: (context, out) => (ind) => {
    const tError = targetError(ind);
    if (tError) {
      out.push(
        finding(
          invalidValue,
          ind.row,
          cellOf(context, ind.row, "target"),
          message("invalid-value/target-error", { error: tError }),
        ),
      );
    }
    const a = ind.actual.parsed;
    if (!a.ok && a.reason === "error") {
      out.push(
        finding(
          invalidValue,
          ind.row,
          cellOf(context, ind.row, "actual"),
          message("invalid-value/actual-error", { error: ind.actual.text.trim() }),
        ),
      );
    } else if (
      !a.ok &&
      a.reason === "unparsable" &&
      !ind.actual.qualitative &&
      NUMERIC_KINDS.has(ind.target.kind)
    ) {
      out.push(
        finding(
          invalidValue,
          ind.row,
          cellOf(context, ind.row, "actual"),
          message("invalid-value/actual-unreadable", {
            actual: ind.actual.text.trim(),
            target: shownCell(context, ind.row, "target", ind.target.text.trim()),
          }),
        ),
      );
    }
    const p = ind.reported.percentParsed;
    // Most rows have a readable or an empty percent: nothing to say, and no text to trim.
    if (p.ok || (p.reason !== "error" && p.reason !== "unparsable")) return;
    const pText = ind.reported.percentText.trim();
    if (p.reason === "error") {
      out.push(
        finding(
          invalidValue,
          ind.row,
          cellOf(context, ind.row, "percent"),
          message("invalid-value/percent-error", { error: pText }),
        ),
      );
    } else if (p.reason === "unparsable" && !isPlaceholderText(pText)) {
      out.push(
        finding(
          invalidValue,
          ind.row,
          cellOf(context, ind.row, "percent"),
          message("invalid-value/percent-unreadable", { percent: pText }),
        ),
      );
    }
  },
};
