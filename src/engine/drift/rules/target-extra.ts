/** target-extra: a row of the table sets a target the text does not. */
import { constantMessage, message } from "../../messages";
import { driftFinding, type DriftRule } from "./rule";

export const targetExtra: DriftRule = {
  id: "target-extra",
  severity: "info",
  description: constantMessage("rule/target-extra"),
  messages: ["target-extra/no-target"] as const,
  check(context) {
    return context.paired.matching.extra.map((indicator) =>
      driftFinding(
        targetExtra,
        context,
        { target: null, indicator },
        message("target-extra/no-target", {
          code: indicator.code,
          name: indicator.name,
          row: indicator.row,
          tableTarget: indicator.target.text,
        }),
      ),
    );
  },
};
