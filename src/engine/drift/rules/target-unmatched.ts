/**
 * target-unmatched: the table has the item, but the evidence that a row is this target is weak
 * (another name, another number, no row for one of the item's targets): not compared.
 */
import { constantMessage, message } from "../../messages";
import { driftFinding, type DriftRule } from "./rule";

export const targetUnmatched: DriftRule = {
  id: "target-unmatched",
  severity: "info",
  description: constantMessage("rule/target-unmatched"),
  messages: ["target-unmatched/why"] as const,
  check(context) {
    return context.paired.matching.unpaired.flatMap(({ target, reason, indicator }) =>
      reason === "no-row"
        ? []
        : [
            driftFinding(
              targetUnmatched,
              context,
              { target, indicator },
              message("target-unmatched/why", {
                clause: target.text,
                code: target.code,
                reason,
                ...(indicator
                  ? { row: indicator.row, rowCode: indicator.code, rowName: indicator.name }
                  : {}),
              }),
            ),
          ],
    );
  },
};
