/**
 * Two header columns naming one role. Yearly reviews put the term target ("Chỉ tiêu NQ
 * nhiệm kỳ", "Mục tiêu 2030") beside the year's plan ("KH năm 2026"), and "% so với KH" beside
 * "So với cùng kỳ". The headers' meaning decides first (guide §10): a same-period column is
 * never the percent of target, and a "% so với KH" column goes with the year's plan. What the
 * headers leave open is settled later by the numbers (evaluate/column-choice.ts).
 */
import { columnLetter } from "../grid";
import { message, type ColumnRef } from "../messages";
import type { ColumnChoice, ColumnMap, ColumnRole } from "../types";
import { normaliseLabel } from "./synonyms";

export interface LabelledColumn {
  column: number;
  role: ColumnRole;
  /** The header text the role was read from. */
  text: string;
}

/** What a target header names: the year's plan, the term's target, or it does not say. */
export type TargetMeaning = "year-plan" | "term" | "unknown";
/** What a percent header compares with. */
export type PercentMeaning = "year-plan" | "term" | "same-period" | "unknown";

function hasWord(label: string, words: readonly string[]): boolean {
  const padded = ` ${label} `;
  return words.some((w) => padded.includes(` ${w} `));
}

const TERM_WORDS = ["nq", "nghi quyet", "nhiem ky", "dai hoi", "dh", "den nam", "muc tieu", "giai doan"];
const PLAN_WORDS = ["kh", "ke hoach"];
const SAME_PERIOD_WORDS = ["cung ky", "nam truoc", "cung ky nam truoc"];

export function targetMeaning(header: string): TargetMeaning {
  const label = normaliseLabel(header);
  const plan = hasWord(label, PLAN_WORDS);
  const term = hasWord(label, TERM_WORDS);
  if (plan && !term) return "year-plan";
  if (term) return "term";
  // "Chỉ tiêu năm 2026": one year's level.
  if (/\bnam (?:19|20)\d\d\b/.test(label)) return "year-plan";
  return "unknown";
}

export function percentMeaning(header: string): PercentMeaning {
  const label = normaliseLabel(header);
  if (hasWord(label, SAME_PERIOD_WORDS)) return "same-period";
  const compared = label.includes("so voi ")
    ? label.slice(label.indexOf("so voi ") + "so voi ".length)
    : label;
  if (hasWord(compared, ["nq", "nghi quyet", "nhiem ky", "muc tieu", "dai hoi"])) return "term";
  if (hasWord(compared, PLAN_WORDS)) return "year-plan";
  return "unknown";
}

function ref(c: LabelledColumn): ColumnRef {
  return { column: columnLetter(c.column), header: c.text };
}

/** The percent column: the first that is not a same-period comparison. */
function choosePercent(candidates: LabelledColumn[]): { chosen: LabelledColumn; choice?: ColumnChoice } {
  const ofTarget = candidates.filter((c) => percentMeaning(c.text) !== "same-period");
  const chosen = ofTarget[0] ?? candidates[0];
  const rejected = candidates.filter((c) => c !== chosen);
  if (rejected.length === 0) return { chosen };
  const samePeriod = rejected.every((c) => percentMeaning(c.text) === "same-period") && ofTarget.length > 0;
  const reason = samePeriod
    ? message("detect/choice-same-period", { chosen: ref(chosen), rejected: rejected.map(ref) })
    : message("detect/choice-leftmost", {
        role: "percent",
        chosen: ref(chosen),
        rejected: rejected.map(ref),
      });
  const choice: ColumnChoice = {
    role: "percent",
    column: chosen.column,
    rejected: rejected.map((c) => c.column),
    by: samePeriod ? "header" : "position",
    reason,
  };
  return { chosen, choice };
}

/** The target column: the one the percent header compares with, else the leftmost (for now). */
function chooseTarget(candidates: LabelledColumn[], percent: LabelledColumn | undefined): ColumnChoice {
  const compares = percent ? percentMeaning(percent.text) : "unknown";
  const byHeader =
    compares === "year-plan" || compares === "term"
      ? candidates.filter((c) => targetMeaning(c.text) === compares)
      : [];
  const chosen = byHeader.length === 1 ? byHeader[0] : candidates[0];
  const rejected = candidates.filter((c) => c !== chosen);
  const rejectedRefs = rejected.map(ref);
  if (byHeader.length === 1 && percent && (compares === "year-plan" || compares === "term")) {
    return {
      role: "target",
      column: chosen.column,
      rejected: rejected.map((c) => c.column),
      by: "header",
      reason: message("detect/choice-percent-header", {
        chosen: ref(chosen),
        rejected: rejectedRefs,
        percent: ref(percent),
        compares,
      }),
    };
  }
  return {
    role: "target",
    column: chosen.column,
    rejected: rejected.map((c) => c.column),
    by: "position",
    reason: message("detect/choice-leftmost", {
      role: "target",
      chosen: ref(chosen),
      rejected: rejectedRefs,
    }),
  };
}

/**
 * Settles the percent and target roles when several columns name them, in place on
 * `columns`; returns the choices made (none when every role had one column).
 */
export function chooseColumns(labelled: readonly LabelledColumn[], columns: ColumnMap): ColumnChoice[] {
  const choices: ColumnChoice[] = [];
  const percents = labelled.filter((c) => c.role === "percent");
  let percent = percents.find((c) => c.column === columns.percent);
  if (percents.length > 1) {
    const { chosen, choice } = choosePercent(percents);
    columns.percent = chosen.column;
    percent = chosen;
    if (choice) choices.push(choice);
  }
  const targets = labelled.filter((c) => c.role === "target");
  if (targets.length > 1) {
    const choice = chooseTarget(targets, percent);
    columns.target = choice.column;
    choices.push(choice);
  }
  return choices;
}
