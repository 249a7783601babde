/** claim-unmatched: a claim tied to no table or row, with why; never an error. */
import { constantMessage, message } from "../../messages";
import { narrativeFinding, type NarrativeRule } from "./rule";

export const claimUnmatched: NarrativeRule = {
  id: "claim-unmatched",
  severity: "info",
  description: constantMessage("rule/claim-unmatched"),
  messages: ["claim-unmatched/why"] as const,
  check(context) {
    const { claim } = context;
    if (!claim.unmatched) return [];
    const code = claim.kind === "result" ? claim.code : undefined;
    return [
      narrativeFinding(
        claimUnmatched,
        context,
        message("claim-unmatched/why", {
          clause: claim.text,
          reason: claim.unmatched,
          ...(code !== undefined ? { code } : {}),
        }),
      ),
    ];
  },
};
