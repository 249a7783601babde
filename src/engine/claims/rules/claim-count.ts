/**
 * claim-count: a count claim disagrees with its table(s), counted per TT (an indicator taking
 * the worst status of its sub-rows), from the labels written in the table and from the numbers.
 * The labels decide when the table has them (a table whose labels and numbers disagree has its
 * own finding); the numbers otherwise. "(chiếm X%)" must follow from NN/MM.
 */
import { percentMatches } from "../../evaluate/percent";
import { countIndicators } from "../../evaluate/tally";
import { indicatorUnits } from "../../evaluate/units";
import { constantMessage, message, type ClaimCount } from "../../messages";
import type { Counts } from "../../types";
import type { NarrativeFinding, SubmissionSheet } from "../types";
import { narrativeFinding, type NarrativeRule } from "./rule";

interface TableCounts {
  labels: Counts | null;
  numbers: Counts;
}

function add(a: Counts, b: Counts): Counts {
  return {
    total: a.total + b.total,
    exceeded: a.exceeded + b.exceeded,
    achieved: a.achieved + b.achieved,
    missed: a.missed + b.missed,
    unassessed: a.unassessed + b.unassessed,
  };
}

const ZERO: Counts = { total: 0, exceeded: 0, achieved: 0, missed: 0, unassessed: 0 };

export function countsOf(sheets: readonly SubmissionSheet[]): TableCounts {
  let labels: Counts = ZERO;
  let numbers: Counts = ZERO;
  let labelled = false;
  for (const sheet of sheets) {
    for (const table of sheet.report.tables) {
      const units = indicatorUnits(table.indicators);
      if (units.some((u) => u.reported !== "unassessed")) labelled = true;
      labels = add(labels, countIndicators(units, "reported"));
      numbers = add(numbers, countIndicators(units, "computed"));
    }
  }
  return { labels: labelled ? labels : null, numbers };
}

function valueOf(counts: Counts, kind: ClaimCount): number {
  if (kind === "achieved-or-exceeded") return counts.achieved + counts.exceeded;
  return counts[kind];
}

/** The indicators that were assessed: a report often leaves the unassessable out of its total. */
function assessed(counts: Counts): number {
  return counts.exceeded + counts.achieved + counts.missed;
}

/** A total agrees with all the table's indicators or with those assessed. */
function totalAgrees(stated: number, counts: Counts): boolean {
  return stated === counts.total || stated === assessed(counts);
}

export const claimCount: NarrativeRule = {
  id: "claim-count",
  severity: "error",
  description: constantMessage("rule/claim-count"),
  messages: ["claim-count/differs", "claim-count/of", "claim-count/share"] as const,
  check(context) {
    const { claim, sheets } = context;
    if (claim.kind !== "count") return [];
    const out: NarrativeFinding[] = [];
    if (claim.of !== undefined && claim.of > 0 && claim.percent !== undefined) {
      const share = (claim.value / claim.of) * 100;
      if (!percentMatches(claim.percent, share, context.options.tolerance ?? 0)) {
        out.push(
          narrativeFinding(
            claimCount,
            context,
            message("claim-count/share", {
              clause: claim.text,
              percentText: claim.percentText ?? String(claim.percent),
              count: claim.value,
              of: claim.of,
              share,
            }),
          ),
        );
      }
    }
    if (sheets.length === 0) return out;
    const counted = countsOf(sheets);
    const names = sheets.map((s) => s.sheet);
    const decisive = counted.labels ?? counted.numbers;
    const fromLabels = counted.labels ? valueOf(counted.labels, claim.counts) : null;
    const fromNumbers = valueOf(counted.numbers, claim.counts);
    const agrees =
      claim.counts === "total"
        ? totalAgrees(claim.value, decisive)
        : claim.value === valueOf(decisive, claim.counts);
    if (!agrees) {
      out.push(
        narrativeFinding(
          claimCount,
          context,
          message("claim-count/differs", {
            clause: claim.text,
            count: claim.counts,
            stated: claim.value,
            fromLabels,
            fromNumbers,
            disagrees: counted.labels ? "labels" : "numbers",
            sheets: names,
          }),
        ),
      );
    }
    if (claim.of !== undefined && !totalAgrees(claim.of, decisive)) {
      out.push(
        narrativeFinding(
          claimCount,
          context,
          message("claim-count/of", {
            clause: claim.text,
            of: claim.of,
            counted: decisive.total,
            sheets: names,
          }),
        ),
      );
    }
    return out;
  },
};
