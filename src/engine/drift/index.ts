/**
 * The drift check (guide §9): the targets a text approved (a resolution, a report's closing
 * "Các chỉ tiêu chủ yếu", an action programme) against the target table typed from it. Each
 * text target is tied to a row and compared; weak evidence is reported, never an error.
 */
import type { NarrativeFinding, NarrativeOptions, TextParagraph, SubmissionSheet } from "../types";
import { extractTargets } from "../resolution";
import { pairTable, termsIn } from "./pairing";
import { targetDrift } from "./rules/target-drift";
import { targetExtra } from "./rules/target-extra";
import { targetMissing } from "./rules/target-missing";
import { rowLocation, type DriftRule } from "./rules/rule";
import { targetUnmatched } from "./rules/target-unmatched";
import type { TiedTarget } from "./types";

export type { TiedTarget } from "./types";
export type { DriftRule } from "./rules/rule";

export const DRIFT_RULES: readonly DriftRule[] = [targetDrift, targetMissing, targetExtra, targetUnmatched];

export interface DriftReport {
  targets: TiedTarget[];
  findings: NarrativeFinding[];
}

/** The document's opening paragraphs name its term ("NHIỆM KỲ 2025 - 2030"). */
const HEADING_PARAGRAPHS = 40;

export function checkDrift(
  paragraphs: readonly TextParagraph[],
  sheets: readonly SubmissionSheet[],
  options: NarrativeOptions = {},
): DriftReport {
  const extracted = extractTargets(paragraphs);
  if (extracted.length === 0) return { targets: [], findings: [] };
  const terms = termsIn(
    paragraphs
      .slice(0, HEADING_PARAGRAPHS)
      .map((p) => p.text)
      .join("\n"),
  );
  const paired = pairTable(extracted, sheets, terms);
  if (!paired) return { targets: extracted.map((t) => ({ ...t, match: null })), findings: [] };

  const { matching } = paired;
  const rowOf = new Map(matching.pairs.map((p) => [p.target, p.indicator.row]));
  const why = new Map(matching.unpaired.map((u) => [u.target, u.reason]));
  const targets: TiedTarget[] = extracted.map((t) => {
    const row = rowOf.get(t);
    const reason = why.get(t);
    return {
      ...t,
      match: row !== undefined ? rowLocation(paired, row) : null,
      ...(reason !== undefined && reason !== "no-row" ? { unmatched: reason } : {}),
    };
  });

  const disabled = new Set(options.disabledRules ?? []);
  const context = { paired, listStart: { paragraph: extracted[0].paragraph } };
  const findings = DRIFT_RULES.filter((r) => !disabled.has(r.id)).flatMap((r) => r.check(context));
  return { targets, findings };
}
