/**
 * claim-value: a figure of the text differs from its row's, after the change of unit. A figure
 * the text rounds (the table's 56,013 written 56,01) agrees.
 */
import { constantMessage, message } from "../../messages";
import type { ClaimPair } from "../types";
import { cellOfRow } from "./cells";
import { narrativeFinding, type NarrativeRule } from "./rule";
import { unitFactor, writtenDecimals } from "./units";

function agrees(pair: ClaimPair, stated: number, table: number, factor: number): boolean {
  if (Math.abs(stated - table) <= 1e-9 * Math.max(1, Math.abs(table))) return true;
  const half = 0.5 * 10 ** -writtenDecimals(pair.text) * factor;
  if (Math.abs(stated - table) <= half + 1e-9) return true;
  // A percent cell holding the fraction (0,95 for 95 %).
  return pair.unit === "%" && Math.abs(stated - table * 100) <= 1e-9 * Math.max(1, stated);
}

export const claimValue: NarrativeRule = {
  id: "claim-value",
  severity: "error",
  description: constantMessage("rule/claim-value"),
  messages: ["claim-value/differs"] as const,
  check(context) {
    const { claim, row } = context;
    if (claim.kind !== "result" || !row) return [];
    const indicator = row.indicator;
    const sides = [
      ["actual", claim.actual, indicator.actual.value],
      [
        "target",
        claim.target,
        indicator.target.kind === "fraction" ? null : (indicator.target.value ?? null),
      ],
    ] as const;
    const out = [];
    for (const [side, pair, table] of sides) {
      if (!pair || pair.value === null || table === null) continue;
      const factor = unitFactor(pair.unit, indicator.unit);
      const stated = pair.value * factor;
      if (agrees(pair, stated, table, factor)) continue;
      out.push(
        narrativeFinding(
          claimValue,
          context,
          message("claim-value/differs", {
            clause: claim.text,
            side,
            statedText: pair.text,
            statedUnit: pair.unit ?? "",
            stated,
            table,
            tableUnit: indicator.unit,
            code: indicator.code,
            row: indicator.row,
          }),
          cellOfRow(row, side),
        ),
      );
    }
    return out;
  },
};
