/** target-missing: the text sets a target whose item has no row in the table. */
import { constantMessage, message } from "../../messages";
import { driftFinding, type DriftRule } from "./rule";

export const targetMissing: DriftRule = {
  id: "target-missing",
  severity: "warning",
  description: constantMessage("rule/target-missing"),
  messages: ["target-missing/no-row"] as const,
  check(context) {
    return context.paired.matching.unpaired
      .filter((u) => u.reason === "no-row")
      .map(({ target }) =>
        driftFinding(
          targetMissing,
          context,
          { target },
          message("target-missing/no-row", {
            clause: target.text,
            code: target.code,
            name: target.name,
            sheet: context.paired.sheet.sheet,
          }),
        ),
      );
  },
};
