/**
 * Summary statements written in or below a target table, e.g.
 *   "Tổng số: 23 chỉ tiêu; vượt: 07; đạt: 11; không đạt: 05"
 *   "Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, 10 chỉ tiêu đạt, 04 chỉ tiêu không đạt"
 *   "18/23 chỉ tiêu đạt và vượt (chiếm 78%)"
 * and group headers "b) Các chỉ tiêu về xã hội, môi trường (14 chỉ tiêu)".
 * Matching works on folded text (no diacritics, lower case), with bounded patterns only.
 */
import { foldFast } from "../text/fast-fold";
import { readCountPhrases, type CountPhrase } from "./count-phrase";

export interface CountStatement {
  /** "Tổng số 23 chỉ tiêu". */
  total?: number;
  exceeded?: number;
  achieved?: number;
  /** Không đạt, chưa đạt and cơ bản đạt together. */
  missed?: number;
  /** "18/23 chỉ tiêu đạt và vượt (chiếm 78%)". */
  achievedOrExceeded?: { count: number; total: number; percent?: number; percentText?: string };
}

const TOTAL = /tong (?:so|cong)\s*:?\s*(\d{1,6})\s*chi tieu/;
const FRACTION_AFTER =
  /(?:(?:dat|hoan thanh)\s*(?:va|,|\/)\s*vuot|vuot\s*(?:va|,|\/)\s*dat)(?:\s*muc)?(?:\s*(?:ke hoach|chi tieu))?\s*:?\s*(\d{1,6})\s*\/\s*(\d{1,6})/;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,4})?)\s*%/;
const LABEL = "khong dat|chua dat|co ban dat|k\\.? ?dat|vuot|dat";
const LABEL_BEFORE_COUNT = new RegExp(
  `(?<![a-z])(${LABEL})(?:\\s*chi tieu)?\\s*:?\\s*(\\d{1,6})(?![\\d/])`,
  "g",
);

type CountKey = "exceeded" | "achieved" | "missed";

function labelKey(label: string): CountKey {
  if (label === "vuot") return "exceeded";
  if (label === "dat") return "achieved";
  return "missed";
}

/** Parse one statement's text; null when it states no count at all. */
export function parseCountStatement(text: string): CountStatement | null {
  let f = foldFast(text);
  const result: CountStatement = {};

  const total = TOTAL.exec(f);
  if (total) {
    result.total = Number(total[1]);
    // Blank the total out so "23 chỉ tiêu: 09 …" is not read as a label count.
    f = f.slice(0, total.index) + " ".repeat(total[0].length) + f.slice(total.index + total[0].length);
  }

  const counts: Partial<Record<CountKey, number>> = {};
  const add = (key: CountKey, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  // "NN/MM chỉ tiêu …" and "NN chỉ tiêu …" through the reader the report's count claims use.
  const phrases = readCountPhrases(f);
  let found = false;
  for (const phrase of phrases) found = takePhrase(result, phrase, add) || found;
  f = blankOut(f, phrases);

  const fraction = result.achievedOrExceeded ? null : FRACTION_AFTER.exec(f);
  if (fraction) {
    const after = f.slice(fraction.index + fraction[0].length);
    const percent = PERCENT.exec(after);
    result.achievedOrExceeded = { count: Number(fraction[1]), total: Number(fraction[2]) };
    if (percent && percent.index < 40) {
      result.achievedOrExceeded.percentText = percent[1];
      result.achievedOrExceeded.percent = Number(percent[1].replace(",", "."));
    }
    f =
      f.slice(0, fraction.index) +
      " ".repeat(fraction[0].length) +
      f.slice(fraction.index + fraction[0].length);
  }

  if (!found) {
    for (const m of f.matchAll(LABEL_BEFORE_COUNT)) {
      add(labelKey(normaliseLabel(m[1])), Number(m[2]));
      found = true;
    }
  }
  Object.assign(result, counts);

  if (result.total === undefined && result.achievedOrExceeded === undefined && !found) return null;
  return result;
}

/** The text with the phrases' spans blanked, in one pass (spans in order, not overlapping). */
function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    pieces.push(text.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/**
 * One count phrase into the statement: "04/17 chỉ tiêu không đạt" is 4 missed of 17 (the
 * total, unless the statement gives one; "18/23 … đạt và vượt" keeps its 23 as its share's);
 * true when it counted a verdict.
 */
function takePhrase(
  result: CountStatement,
  phrase: CountPhrase,
  add: (key: CountKey, n: number) => void,
): boolean {
  if (phrase.counts === "total") {
    result.total ??= phrase.value;
    return false;
  }
  if (phrase.counts === "achieved-or-exceeded") {
    const total = phrase.of ?? result.total;
    if (total === undefined || result.achievedOrExceeded) return false;
    result.achievedOrExceeded = { count: phrase.value, total };
    if (phrase.percent !== undefined) {
      result.achievedOrExceeded.percent = phrase.percent;
      result.achievedOrExceeded.percentText = phrase.percentText;
    }
    return false;
  }
  if (phrase.of !== undefined) result.total ??= phrase.of;
  add(phrase.counts, phrase.value);
  return true;
}

function normaliseLabel(label: string): string {
  return /^k\.? ?dat$/.test(label) ? "khong dat" : label;
}

const GROUP_COUNT = /\(\s*(\d{1,4})\s*chi tieu\s*\)/;

/** "(14 chỉ tiêu)" in a group header → 14. */
export function parseGroupCount(title: string): number | undefined {
  // Folding never makes a "(": most titles, without one, need not be folded.
  if (!title.includes("(")) return undefined;
  const m = GROUP_COUNT.exec(foldFast(title));
  return m ? Number(m[1]) : undefined;
}
