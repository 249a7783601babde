/**
 * claim-verdict: "vượt/đạt/không đạt Nghị quyết" contradicts the table's label for the row, or
 * the numbers (the text's pair with the row's polarity; the row's computed status when the
 * text gives no pair). "Đạt" said of an exceeded result is loose wording, not a contradiction.
 */
import { percentOf } from "../../evaluate/percent";
import { constantMessage, message } from "../../messages";
import type { Status } from "../../types";
import type { ClaimVerdict } from "../types";
import { cellOfRow } from "./cells";
import { narrativeFinding, type NarrativeRule } from "./rule";

const EPS = 1e-9;

function statusOfPercent(p: number): Status {
  if (p > 100 + EPS) return "exceeded";
  if (p >= 100 - EPS) return "achieved";
  return "missed";
}

function contradicts(stated: ClaimVerdict, expected: Status): boolean {
  if (expected === "unassessed" || stated === expected) return false;
  return !(stated === "achieved" && expected === "exceeded");
}

const PLAIN_TARGETS = new Set(["atLeast", "atMost", "exact"]);

export const claimVerdict: NarrativeRule = {
  id: "claim-verdict",
  severity: "error",
  description: constantMessage("rule/claim-verdict"),
  messages: ["claim-verdict/numbers", "claim-verdict/label"] as const,
  check(context) {
    const { claim, row } = context;
    if (claim.kind !== "result" || !claim.verdict || !row) return [];
    const indicator = row.indicator;
    const label = indicator.reported.status;
    if (label && contradicts(claim.verdict, label.status)) {
      return [
        narrativeFinding(
          claimVerdict,
          context,
          message("claim-verdict/label", {
            clause: claim.text,
            stated: claim.verdict,
            label: label.text,
            expected: label.status,
          }),
          cellOfRow(row, "status"),
        ),
      ];
    }
    const actual = claim.actual?.value ?? indicator.actual.value;
    const target = claim.target?.value ?? (claim.outOf ? null : (indicator.target.value ?? null));
    if (actual === null || target === null || !PLAIN_TARGETS.has(indicator.target.kind)) return [];
    const percent = percentOf(actual, target, indicator.polarity.polarity);
    if (percent === null) return [];
    const expected = statusOfPercent(percent);
    if (!contradicts(claim.verdict, expected)) return [];
    return [
      narrativeFinding(
        claimVerdict,
        context,
        message("claim-verdict/numbers", {
          clause: claim.text,
          stated: claim.verdict,
          expected,
          actual,
          target,
        }),
        cellOfRow(row, "actual"),
      ),
    ];
  },
};
