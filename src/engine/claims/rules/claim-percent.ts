/**
 * claim-percent: the stated "đạt X%" does not follow from the text's own pair (rounded or
 * truncated to its decimals, as for tables); from the row's figures when the text gives no
 * pair. Checked without a row too: the pair alone decides (either polarity, unknown then).
 */
import { percentMatches, percentOf } from "../../evaluate/percent";
import { constantMessage, message } from "../../messages";
import type { Polarity } from "../../types";
import type { TiedRow } from "../tie";
import type { ResultClaim } from "../types";
import { cellOfRow } from "./cells";
import { narrativeFinding, type NarrativeRule } from "./rule";

/**
 * "Tỷ lệ hộ …: đạt 85%" of a row measured in percent, with no pair: the 85 % is the result
 * itself, or a target being set: too weak to check either way.
 */
export function isActualPercent(claim: ResultClaim, row: TiedRow): boolean {
  return !claim.actual && claim.verdict === undefined && row.indicator.unit.includes("%");
}

export const claimPercent: NarrativeRule = {
  id: "claim-percent",
  severity: "error",
  description: constantMessage("rule/claim-percent"),
  messages: ["claim-percent/differs"] as const,
  check(context) {
    const { claim, row } = context;
    if (claim.kind !== "result" || claim.percent === undefined || claim.outOf) return [];
    const tolerance = context.options.tolerance ?? 0;
    let actual = claim.actual?.value ?? null;
    let target = claim.target?.value ?? null;
    const fromTable = actual === null || target === null;
    if (fromTable) {
      if (!row || row.indicator.target.kind === "fraction" || isActualPercent(claim, row)) return [];
      actual = row.indicator.actual.value;
      target = row.indicator.target.value ?? null;
    }
    if (actual === null || target === null) return [];
    const polarities: Polarity[] = row ? [row.indicator.polarity.polarity] : ["higher", "lower"];
    let shown: number | null = null;
    for (const polarity of polarities) {
      const computed = percentOf(actual, target, polarity);
      if (computed === null) continue;
      if (percentMatches(claim.percent, computed, tolerance)) return [];
      shown ??= computed;
    }
    if (shown === null) return [];
    const lower = row?.indicator.polarity.polarity === "lower";
    return [
      narrativeFinding(
        claimPercent,
        context,
        message("claim-percent/differs", {
          clause: claim.text,
          percentText: claim.percentText ?? String(claim.percent),
          computed: shown,
          numerator: lower ? target : actual,
          denominator: lower ? actual : target,
          fromTable,
        }),
        row ? cellOfRow(row, "percent") : undefined,
      ),
    ];
  },
};
