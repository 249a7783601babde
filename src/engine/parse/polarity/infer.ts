/** The polarity decision for an indicator, and the cue it names. */
import { constantMessage, message, type EngineMessage } from "../../messages";
import type { PolarityDecision, Target } from "../../types";
import { comparatorFromName, targetComparatorCue } from "../targets";
import { ABSENCE, LOWER_IS_BETTER, POSITIVE_ACTIONS } from "./concepts";
import { readName, type NameReading } from "./name-reading";
import {
  ABSENCE_INDEX,
  findConcept,
  GIAM,
  LOWER_IS_BETTER_INDEX,
  POSITIVE_ACTIONS_INDEX,
  THOAT,
  wordIds,
} from "./word-ids";
import { hasPhrase, padded, words } from "./words";

/** The default decision, shared by most indicators: the report only reads it. */
const DEFAULT_DECISION: PolarityDecision = {
  polarity: "higher",
  reason: constantMessage("polarity/default"),
};

function decision(polarity: "higher" | "lower", reason: EngineMessage): PolarityDecision {
  return { polarity, reason };
}

// Decisions whose reason names no cue: one each, shared (decisions are read, never changed).
const REDUCE_TO: PolarityDecision = decision("lower", constantMessage("polarity/reduce-to"));
const REDUCTION_RATE: PolarityDecision = decision("higher", constantMessage("polarity/reduction-rate"));
const REDUCTION_SIZE: PolarityDecision = decision("higher", constantMessage("polarity/reduction-size"));

/** After "giảm": "xuống" within a few words, or "còn" before a level ("giảm còn 3%"). */
function reductionTo(list: string[], at: number): boolean {
  for (let k = at + 1; k < list.length && k <= at + 10; k++) {
    if (list[k] === "xuong") return true;
    if (list[k] === "con") {
      const next = list[k + 1];
      if (next === undefined || next === "duoi" || next === "khoang" || /^[0-9]/.test(next)) return true;
    }
  }
  return false;
}

const RATE_WORDS = ["binh quan", "moi nam", "hang nam", "/ nam"];

/**
 * Decide the polarity of one indicator from its name, its target and its unit. The caller
 * applies per-row overrides (set `overridden`); this function only infers.
 */
export function inferPolarity(name: string, target: Target, unit: string): PolarityDecision {
  return inferPolarityOf(name, readName(name), target, unit);
}

/**
 * Whether inferPolarity reads the target itself (its comparator, its level) rather than only
 * the name and the unit.
 */
export function polarityReadsTarget(target: Target): boolean {
  return target.kind === "atMost" || (target.kind === "atLeast" && !target.plain);
}

/** inferPolarity for a name already read with readName. */
export function inferPolarityOf(
  name: string,
  reading: NameReading,
  target: Target,
  unit: string,
): PolarityDecision {
  // Most names: no cue word, so none of the rules below applies.
  if (!polarityReadsTarget(target) && !reading.hasCue) return DEFAULT_DECISION;
  return infer(name, wordIds(typeof name === "string" ? name : ""), target, unit);
}

function infer(name: string, ids: readonly number[], target: Target, unit: string): PolarityDecision {
  // 1. The target's own comparator.
  if (polarityReadsTarget(target)) {
    const lower = target.kind === "atMost";
    if (target.fromName) {
      const cue = comparatorFromName(name, target.value)?.cue ?? (lower ? "dưới" : "trở lên");
      return lower
        ? decision(
            "lower",
            message("polarity/name-at-most", {
              cue,
              afterReduce: ids.includes(GIAM) && cue.startsWith("xuống"),
            }),
          )
        : decision("higher", message("polarity/name-at-least", { cue }));
    }
    const cue = targetComparatorCue(target.text) ?? (lower ? "không quá" : "trở lên");
    return lower
      ? decision("lower", message("polarity/target-at-most", { cue }))
      : decision("higher", message("polarity/target-at-least", { cue }));
  }

  // 2. "giảm" in the name: a level to reach ("giảm … xuống 3%") or the size of a reduction.
  if (ids.includes(GIAM) && !ids.includes(THOAT)) {
    const list = words(typeof name === "string" ? name : "");
    const giam = list.indexOf("giam");
    if (reductionTo(list, giam)) return REDUCE_TO;
    const unitWords = words(typeof unit === "string" ? unit : "");
    const nameText = padded(list);
    const unitText = padded(unitWords);
    const rate =
      RATE_WORDS.some((p) => hasPhrase(nameText, p) || hasPhrase(unitText, p)) ||
      (unitWords.includes("/") && unitWords.includes("nam"));
    return rate ? REDUCTION_RATE : REDUCTION_SIZE;
  }

  // 3. A count of good units: "Số bản không có ma túy".
  const absence = findConcept(ids, ABSENCE, ABSENCE_INDEX);
  if (absence) return decision("higher", message("polarity/absence", { absence: absence.key }));

  // 4. A quantity a commune wants less of, unless the name counts what was done about it.
  const bad = findConcept(ids, LOWER_IS_BETTER, LOWER_IS_BETTER_INDEX);
  if (bad) {
    const action = findConcept(ids, POSITIVE_ACTIONS, POSITIVE_ACTIONS_INDEX);
    if (action)
      return decision("higher", message("polarity/work-done", { quantity: bad.key, action: action.key }));
    return decision("lower", message("polarity/lower-quantity", { quantity: bad.key }));
  }

  // Most indicators: one decision shared by all of them (decisions are read, never changed).
  return DEFAULT_DECISION;
}
