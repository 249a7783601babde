/**
 * The words of targets: comparator cues ("không quá", "trên", "trở lên"), range words ("từ …
 * đến"), relative cues ("so với", "tăng") and neutral phrases that contain a cue word, as the
 * elements a target is read from.
 */
import { fold } from "../../text/fold";

export type Comparator = { kind: "atLeast" | "atMost" | "exact"; strict: boolean };

export type Element =
  | { e: "num"; value: number; isPercent: boolean; ambiguous: boolean; label: boolean }
  | { e: "bad" }
  | { e: "cmp"; cmp: Comparator; cue: string }
  | { e: "from" }
  | { e: "upward"; cue: string }
  | { e: "downward"; cue: string }
  | { e: "to" }
  | { e: "slash" }
  | { e: "relative"; cue: string }
  | { e: "word"; w: string }
  | { e: "sym"; s: string };

export interface Phrase {
  words: string[];
  element: Element;
  /** The cue as Vietnamese readers know it, for reasons. */
  display: string;
}

export const AT_LEAST: Comparator = { kind: "atLeast", strict: false };
export const MORE_THAN: Comparator = { kind: "atLeast", strict: true };
export const AT_MOST: Comparator = { kind: "atMost", strict: false };
export const LESS_THAN: Comparator = { kind: "atMost", strict: true };
export const EXACTLY: Comparator = { kind: "exact", strict: false };

const PHRASES: Phrase[] = [];

function cmp(display: string, comparator: Comparator): void {
  PHRASES.push({
    words: fold(display).split(" "),
    element: { e: "cmp", cmp: comparator, cue: display },
    display,
  });
}
function relative(display: string): void {
  PHRASES.push({ words: fold(display).split(" "), element: { e: "relative", cue: display }, display });
}
function other(display: string, element: Element): void {
  PHRASES.push({ words: fold(display).split(" "), element, display });
}

for (const d of ["ít nhất", "tối thiểu", "không dưới", "không thấp hơn", "không ít hơn", "không nhỏ hơn"])
  cmp(d, AT_LEAST);
for (const d of ["trên", "hơn", "lớn hơn", "cao hơn", "nhiều hơn", "vượt trên"]) cmp(d, MORE_THAN);
for (const d of [
  "tối đa",
  "không quá",
  "không vượt quá",
  "không vượt",
  "không cao hơn",
  "không lớn hơn",
  "không hơn",
  "không nhiều hơn",
  "xuống còn",
  "giảm còn",
  "giảm xuống",
  "giảm xuống còn",
  "xuống",
])
  cmp(d, AT_MOST);
for (const d of [
  "dưới",
  "nhỏ hơn",
  "thấp hơn",
  "ít hơn",
  "xuống dưới",
  "còn dưới",
  "giảm xuống dưới",
  "giảm còn dưới",
  "xuống thấp hơn",
])
  cmp(d, LESS_THAN);
cmp("bằng", EXACTLY);
other("từ", { e: "from" });
other("trở lên", { e: "upward", cue: "trở lên" });
other("trở xuống", { e: "downward", cue: "trở xuống" });
other("trở lại", { e: "downward", cue: "trở lại" });
other("đến", { e: "to" });
other("tới", { e: "to" });
for (const d of [
  "so với",
  "gấp",
  "kế hoạch",
  "cùng kỳ",
  "năm trước",
  "kỳ trước",
  "tăng",
  "giảm",
  "vượt",
  "thêm",
  "tăng thêm",
  "giảm thêm",
])
  relative(d);
// Neutral phrases that contain a cue word: "Tăng trưởng 8%" is a growth rate to reach,
// "bình quân đầu người" is per head, "so với tổng số" names the denominator of a rate.
other("tăng trưởng", { e: "word", w: "tang truong" });
other("bình quân đầu người", { e: "word", w: "binh quan dau nguoi" });
other("so với tổng số", { e: "word", w: "so voi tong so" });
other("so với tổng", { e: "word", w: "so voi tong" });
// Longest phrases first so "không vượt quá" wins over "không" + "vượt".
PHRASES.sort((a, b) => b.words.length - a.words.length);
const NO_PHRASES: Phrase[] = [];
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const list = PHRASES_BY_FIRST_WORD.get(phrase.words[0]) ?? [];
  list.push(phrase);
  PHRASES_BY_FIRST_WORD.set(phrase.words[0], list);
}

/** The cue phrases whose first folded word is `word`, longest first. */
export function phrasesStartingWith(word: string): readonly Phrase[] {
  return PHRASES_BY_FIRST_WORD.get(word) ?? NO_PHRASES;
}
