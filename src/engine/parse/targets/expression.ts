/** One target expression ("Trên 90%", "5% đến 7%", "05/07", "Đạt", "tăng 10%") read as a target. */
import { cleanText } from "../../text/fold";
import { foldFast } from "../../text/fast-fold";
import type { NumberConvention, Target } from "../../types";
import { comparatorAround } from "./comparators";
import { toElements } from "./elements";
import type { Comparator, Element } from "./lexicon";
import { reasons } from "./reasons";
import { tokenize } from "./tokens";

/** "(không giao)" → "khong giao". */
function stripBrackets(f: string): string {
  let start = 0;
  let end = f.length;
  while (start < end && "([{\"'".includes(f[start])) start++;
  while (end > start && ")]}\"'.".includes(f[end - 1])) end--;
  return f.slice(start, end).trim();
}

const NOT_ASSIGNED = new Set([
  "x",
  "xx",
  "-",
  "--",
  "---",
  "\u2013",
  "\u2014",
  "\u2212",
  "...",
  "\u2026",
  "/",
  "khong giao",
  "k giao",
  "kg",
  "khong giao chi tieu",
  "chua giao",
  "khong co chi tieu",
  "khong ap dung",
  "kap",
]);

const UNCLEAR = new Set(["khong", "k", "chua", "0/0"]);

type Num = Extract<Element, { e: "num" }>;

function numberTarget(text: string, kind: Target["kind"], n: Num, comparator: Comparator | null): Target {
  const target: Target = { text, kind, value: n.value };
  if (comparator?.strict) target.strict = true;
  if (n.isPercent) target.isPercent = true;
  if (n.ambiguous) target.ambiguous = true;
  return target;
}

/** Cues naming the baseline come first in reasons: "so với" says more than "giảm". */
const GENERIC_RELATIVE = new Set(["tăng", "giảm", "thêm", "vượt"]);

function relativeCue(elements: Element[]): string | null {
  let generic: string | null = null;
  for (const el of elements) {
    if (el.e !== "relative") continue;
    if (!GENERIC_RELATIVE.has(el.cue)) return el.cue;
    generic ??= el.cue;
  }
  return generic;
}

/** The nearest element that is not a word (unit words are skipped), before (-1) or after (1). */
function neighbour(elements: Element[], index: number, step: -1 | 1): Element | undefined {
  for (let k = index + step; k >= 0 && k < elements.length; k += step)
    if (elements[k].e !== "word") return elements[k];
  return undefined;
}

export function parseSingle(raw: string, convention: NumberConvention): Target {
  const text = cleanText(raw);
  const f = foldFast(raw);
  if (f === "") return { text, kind: "none", reason: reasons.blank() };
  if (NOT_ASSIGNED.has(f) || NOT_ASSIGNED.has(stripBrackets(f)))
    return { text, kind: "none", reason: reasons.notAssigned(text) };
  if (UNCLEAR.has(f)) return { text, kind: "qualitative", reason: reasons.unclear(text) };

  const elements = toElements(tokenize(f, convention));
  const cue = relativeCue(elements);
  if (cue) return { text, kind: "relative", reason: reasons.relative(text, cue) };
  if (elements.some((el) => el.e === "bad"))
    return { text, kind: "qualitative", reason: reasons.unreadable(text) };

  const quantities: number[] = [];
  elements.forEach((el, index) => {
    if (el.e === "num" && !el.label) quantities.push(index);
  });

  if (quantities.length === 0) {
    const hasComparator = elements.some((el) => el.e === "cmp" || el.e === "upward" || el.e === "downward");
    // No number: a yes/no target ("Đạt", "Hoàn thành", "Có") judged by the actual's label.
    return hasComparator
      ? { text, kind: "qualitative", reason: reasons.unreadable(text) }
      : { text, kind: "qualitative" };
  }

  if (quantities.length === 1) {
    const index = quantities[0];
    const n = elements[index] as Num;
    const comparator = comparatorAround(elements, index)?.cmp ?? null;
    // "từ 5 đến", "5 -": half of a range.
    if (neighbour(elements, index, -1)?.e === "to" || neighbour(elements, index, 1)?.e === "to")
      return { text, kind: "qualitative", reason: reasons.unreadable(text) };
    if (!comparator) return { ...numberTarget(text, "atLeast", n, null), plain: true };
    return numberTarget(text, comparator.kind, n, comparator);
  }

  if (quantities.length === 2) {
    const [a, b] = quantities;
    const first = elements[a] as Num;
    const second = elements[b] as Num;
    const between = elements.slice(a + 1, b);
    if (between.length === 1 && between[0].e === "slash") {
      const target: Target = { text, kind: "fraction", value: second.value, numerator: first.value };
      if (first.ambiguous || second.ambiguous) target.ambiguous = true;
      return target;
    }
    const separators = between.filter((el) => el.e === "to").length;
    const onlyWords = between.every((el) => el.e === "to" || el.e === "word");
    if (separators === 1 && onlyWords) {
      const target: Target = {
        text,
        kind: "range",
        min: Math.min(first.value, second.value),
        max: Math.max(first.value, second.value),
      };
      if (first.isPercent || second.isPercent) target.isPercent = true;
      if (first.ambiguous || second.ambiguous) target.ambiguous = true;
      return target;
    }
  }
  return { text, kind: "compound", reason: reasons.manyNumbers(text, quantities.length) };
}
