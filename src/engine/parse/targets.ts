/**
 * Target expressions (GUIDE §4): plain levels, at least / at most, ranges, fractions,
 * qualitative, compound, relative and "not assigned", plus comparators carried by the
 * indicator's name ("… đạt 98% trở lên", "Giảm tỷ lệ hộ nghèo xuống dưới 5%").
 *
 * A target that cannot be assessed numerically carries `reason`; it is never guessed.
 * Rule for callers: `target.reason !== undefined` ⇔ the target cannot be assessed
 * (kinds none, relative, compound, and qualitative text that is not a yes/no target).
 * A plain number is kind "atLeast" with `plain: true`: read it as at most when the
 * indicator's polarity is lower.
 *
 * The text is folded (no diacritics, lower case), split into tokens by a linear scanner and
 * matched against short cue phrases: no backtracking regular expressions.
 */
import { constantMessage, message, type EngineMessage } from "../messages";
import type { NumberConvention, Target } from "../types";
import { cleanText, fold } from "../text/fold";
import { foldFast } from "../text/fast-fold";
import {
  interpretBody,
  isDashChar,
  isDigitChar,
  normalizeSpaces,
  endsWithPercent,
  bareNumberIsAmbiguous,
  bareNumberValue,
  scanBodyEnd,
} from "./numbers";

// ---------------------------------------------------------------- tokens

type Token =
  | { t: "num"; value: number; isPercent: boolean; ambiguous: boolean }
  | { t: "bad" }
  | { t: "sym"; s: string }
  | { t: "word"; w: string };

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return ch.toLowerCase() !== ch.toUpperCase() || /^[\p{L}\p{M}]$/u.test(ch);
}

/** Split folded text into numbers, symbols and words. Linear in the text length. */
function tokenize(f: string, convention: NumberConvention): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === " ") {
      i++;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    const signed = (ch === "+" || isDashChar(ch)) && isDigitChar(f[i + 1]) && previous?.t !== "num";
    if (isDigitChar(ch) || signed) {
      const start = signed ? i + 1 : i;
      const end = scanBodyEnd(f, start);
      const body = interpretBody(f.slice(start, end), convention);
      i = end;
      if (!body) {
        tokens.push({ t: "bad" });
        continue;
      }
      let isPercent = false;
      if (f[i] === "%") {
        isPercent = true;
        i++;
      } else if (f[i] === " " && f[i + 1] === "%") {
        isPercent = true;
        i += 2;
      }
      const value = signed && ch !== "+" && body.value !== 0 ? -body.value : body.value;
      tokens.push({ t: "num", value, isPercent, ambiguous: body.ambiguous });
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < f.length && isWordChar(f[j])) j++;
      tokens.push({ t: "word", w: f.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ t: "sym", s: isDashChar(ch) ? "-" : ch });
    i++;
  }
  return tokens;
}

// ---------------------------------------------------------------- cue phrases

type Comparator = { kind: "atLeast" | "atMost" | "exact"; strict: boolean };

type Element =
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

interface Phrase {
  words: string[];
  element: Element;
  /** The cue as Vietnamese readers know it, for reasons. */
  display: string;
}

const AT_LEAST: Comparator = { kind: "atLeast", strict: false };
const MORE_THAN: Comparator = { kind: "atLeast", strict: true };
const AT_MOST: Comparator = { kind: "atMost", strict: false };
const LESS_THAN: Comparator = { kind: "atMost", strict: true };
const EXACTLY: Comparator = { kind: "exact", strict: false };

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

/** Words after which a number names a level or a year, not a quantity ("mức độ 2", "năm 2025"). */
const LABEL_WORDS = new Set([
  "muc",
  "do",
  "cap",
  "hang",
  "loai",
  "nhom",
  "doan",
  "nam",
  "thu",
  "ky",
  "khoa",
  "so",
]);
/** Words after which a number is an age or a duration ("dưới 5 tuổi"), not the target level. */
const AGE_WORDS = new Set(["tuoi", "thang"]);

/** Words before a year ("đến 2030", "trước năm 2025", "giai đoạn 2025"); years are dates, not quantities. */
const YEAR_LEAD_WORDS = new Set(["den", "toi", "truoc", "sau", "nam", "ky", "doan"]);

function isYear(tok: Token | undefined): boolean {
  return (
    tok?.t === "num" &&
    !tok.isPercent &&
    Number.isInteger(tok.value) &&
    tok.value >= 1945 &&
    tok.value <= 2100
  );
}

function ledYear(tokens: Token[], k: number): boolean {
  if (!isYear(tokens[k])) return false;
  const prev = tokens[k - 1];
  if (!(prev?.t === "word" && (YEAR_LEAD_WORDS.has(prev.w) || LABEL_WORDS.has(prev.w)))) return false;
  // "từ 1000 đến 2000 con" is a range of counts, not "by 2000".
  return !((prev.w === "den" || prev.w === "toi") && tokens[k - 2]?.t === "num");
}

/** A number that names a level, a year or an age ("mức độ 2", "đến 2030", "2025 - 2030", "dưới 5 tuổi"). */
function isLabelNumber(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev?.t === "word" && LABEL_WORDS.has(prev.w)) return true;
  if (next?.t === "word" && AGE_WORDS.has(next.w)) return true;
  if (ledYear(tokens, k)) return true;
  // "nhiệm kỳ 2025 - 2030": the second year of a span.
  return isYear(tokens[k]) && prev?.t === "sym" && prev.s === "-" && ledYear(tokens, k - 2);
}

function toElements(tokens: Token[]): Element[] {
  const out: Element[] = [];
  let k = 0;
  while (k < tokens.length) {
    const tok = tokens[k];
    if (tok.t === "num") {
      const label = isLabelNumber(tokens, k);
      out.push({ e: "num", value: tok.value, isPercent: tok.isPercent, ambiguous: tok.ambiguous, label });
      k++;
      continue;
    }
    if (tok.t === "bad") {
      out.push({ e: "bad" });
      k++;
      continue;
    }
    if (tok.t === "sym") {
      const next = tokens[k + 1];
      const nextSym = next?.t === "sym" ? next.s : "";
      if ((tok.s === ">" && nextSym === "=") || (tok.s === "=" && nextSym === ">")) {
        out.push({ e: "cmp", cmp: AT_LEAST, cue: "≥" });
        k += 2;
        continue;
      }
      if ((tok.s === "<" && nextSym === "=") || (tok.s === "=" && nextSym === "<")) {
        out.push({ e: "cmp", cmp: AT_MOST, cue: "≤" });
        k += 2;
        continue;
      }
      if (tok.s === "≥" || tok.s === "⩾") out.push({ e: "cmp", cmp: AT_LEAST, cue: "≥" });
      else if (tok.s === "≤" || tok.s === "⩽") out.push({ e: "cmp", cmp: AT_MOST, cue: "≤" });
      else if (tok.s === ">") out.push({ e: "cmp", cmp: MORE_THAN, cue: ">" });
      else if (tok.s === "<") out.push({ e: "cmp", cmp: LESS_THAN, cue: "<" });
      else if (tok.s === "=") out.push({ e: "cmp", cmp: EXACTLY, cue: "=" });
      else if (tok.s === "-" || tok.s === "~" || tok.s === "÷") out.push({ e: "to" });
      else if (tok.s === "/") out.push({ e: "slash" });
      else out.push({ e: "sym", s: tok.s });
      k++;
      continue;
    }
    let matched: Phrase | null = null;
    for (const phrase of PHRASES_BY_FIRST_WORD.get(tok.w) ?? NO_PHRASES) {
      const n = phrase.words.length;
      let ok = true;
      for (let m = 0; m < n && ok; m++) {
        const t = tokens[k + m];
        ok = t !== undefined && t.t === "word" && t.w === phrase.words[m];
      }
      if (ok) {
        matched = phrase;
        break;
      }
    }
    if (matched) {
      out.push(matched.element);
      k += matched.words.length;
    } else {
      out.push({ e: "word", w: tok.w });
      k++;
    }
  }
  return out;
}

// ---------------------------------------------------------------- reasons

const BLANK = constantMessage("target/blank");

/** Why a target cannot be assessed: `text` is the cell as written (a catalog shortens it). */
const reasons = {
  blank: (): EngineMessage => BLANK,
  notAssigned: (text: string): EngineMessage => message("target/not-assigned", { text }),
  relative: (text: string, cue: string): EngineMessage => message("target/relative", { text, cue }),
  compound: (text: string, parts: number): EngineMessage => message("target/compound", { text, parts }),
  manyNumbers: (text: string, count: number): EngineMessage =>
    message("target/many-numbers", { text, count }),
  unreadable: (text: string): EngineMessage => message("target/unreadable", { text }),
  unclear: (text: string): EngineMessage => message("target/unclear", { text }),
};

// ---------------------------------------------------------------- one expression

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

/** How far a cue may sit from its number: one word before ("không dưới mức 80%"), unit words after. */
const CUE_BEFORE = 2;
const CUE_AFTER = 5;

/**
 * The comparator set around the quantity at `index`: a cue just before it ("trên 90%"), or
 * "trở lên / trở xuống" after its unit words ("Từ 200 lao động trở lên", "11%/năm trở lên").
 */
function comparatorAround(elements: Element[], index: number): { cmp: Comparator; cue: string } | null {
  let from = false;
  for (let k = index - 1; k >= 0 && k >= index - CUE_BEFORE; k--) {
    const el = elements[k];
    if (el.e === "cmp") return { cmp: el.cmp, cue: el.cue };
    if (el.e === "from") {
      from = true;
      break;
    }
    if (el.e !== "word") break;
  }
  for (let k = index + 1; k < elements.length && k <= index + CUE_AFTER; k++) {
    const el = elements[k];
    if (el.e === "upward") return { cmp: AT_LEAST, cue: from ? `từ … ${el.cue}` : el.cue };
    if (el.e === "downward") return { cmp: AT_MOST, cue: el.cue };
    if (el.e === "slash" && elements[k + 1]?.e !== "num") continue;
    if (el.e === "sym" && (el.s === "(" || el.s === ")")) continue;
    if (el.e !== "word") break;
  }
  return from ? { cmp: AT_LEAST, cue: "từ" } : null;
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

function parseSingle(raw: string, convention: NumberConvention): Target {
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

// ---------------------------------------------------------------- compound cells

/**
 * Split a cell into sub-targets at ";", line breaks, and commas that are not decimal or
 * group marks (a comma followed by a space or a letter).
 */
function splitPieces(raw: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k];
    const next = raw[k + 1];
    const isBreak =
      ch === ";" ||
      ch === "\n" ||
      ch === "\r" ||
      (ch === "," && !(isDigitChar(raw[k - 1]) && isDigitChar(next)));
    if (isBreak) {
      pieces.push(raw.slice(start, k));
      start = k + 1;
    }
  }
  pieces.push(raw.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => normalizeSpaces(p) !== "");
}

function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (isDigitChar(text[k])) return true;
  return false;
}

// ---------------------------------------------------------------- comparator in the name

/**
 * The comparator the indicator's name attaches to the target's own level: "… đạt 98% trở lên"
 * for a target of 98, "Giảm tỷ lệ hộ nghèo xuống dưới 5%" for 5. Only a number equal to the
 * target counts, so "trẻ em dưới 1 tuổi" never turns a target into "at most".
 */
export function comparatorFromName(
  name: string,
  value: number | undefined,
): { kind: "atLeast" | "atMost" | "exact"; strict: boolean; cue: string } | null {
  if (typeof name !== "string" || value === undefined) return null;
  if (!hasDigit(name)) return null;
  const elements = nameElements(name);
  for (let index = 0; index < elements.length; index++) {
    const el = elements[index];
    if (el.e !== "num" || el.label || el.value !== value) continue;
    const around = comparatorAround(elements, index);
    if (around) return { kind: around.cmp.kind, strict: around.cmp.strict, cue: around.cue };
  }
  return null;
}

const nameCache = new Map<string, Element[]>();

/** A name's elements, read once: the same names recur on every commune's sheet. */
function nameElements(name: string): Element[] {
  let elements = nameCache.get(name);
  if (!elements) {
    elements = toElements(tokenize(foldFast(name), "vi"));
    if (nameCache.size >= CACHE_LIMIT) nameCache.clear();
    nameCache.set(name, elements);
  }
  return elements;
}

// ---------------------------------------------------------------- entry

/**
 * Read a target cell. `name` is the indicator's name: when the cell is a plain number and
 * the name says "… 98% trở lên" or "… xuống dưới 5%", the comparator comes from the name
 * (`fromName`). `convention` decides ambiguous numbers ("1,250").
 */
export function parseTarget(text: string, name: string, convention: NumberConvention): Target {
  return withNameComparator(parseTargetCellText(text, convention), name);
}

/**
 * A target cell read alone, before the name is consulted: parseTarget with no name. The
 * caller owns the result.
 */
export function parseTargetCellText(text: string, convention: NumberConvention): Target {
  const raw = typeof text === "string" ? text : "";
  return bareNumberTarget(raw, convention) ?? copyTarget(cachedCellTarget(raw, convention));
}

/**
 * A target read from its cell alone, with the comparator the indicator's name attaches to a
 * plain level ("… đạt 98% trở lên"). Returns `target` itself (which the caller owns) when the
 * name adds nothing.
 */
export function withNameComparator(target: Target, name: string): Target {
  if (!target.plain || typeof name !== "string") return target;
  const fromName = comparatorFromName(name, target.value);
  if (!fromName) return target;
  const { plain: _plain, ...rest } = target;
  const withName: Target = { ...rest, kind: fromName.kind, fromName: true };
  if (fromName.strict) withName.strict = true;
  return withName;
}

/**
 * A cell holding only a number ("1250", "1.250", "82,6%"): the plain level parseSingle would
 * read, without folding, tokens or the memo. Null for anything else (spaces, signs, words).
 */
function bareNumberTarget(raw: string, convention: NumberConvention): Target | null {
  const value = bareNumberValue(raw, convention);
  if (!Number.isNaN(value)) return plainTarget(raw, value, endsWithPercent(raw), bareNumberIsAmbiguous(raw));
  const n = raw.length;
  if (n === 0 || n > 40 || !isDigitChar(raw[0])) return null;
  const end = scanBodyEnd(raw, 0);
  const isPercent = end === n - 1 && raw[end] === "%";
  if (end !== n && !isPercent) return null;
  const body = interpretBody(end === n ? raw : raw.slice(0, end), convention);
  if (!body) return null;
  return plainTarget(raw, body.value, isPercent, body.ambiguous);
}

/**
 * A plain level: its fields in parseSingle's order, each shape in one literal (a field added
 * later costs the object a second allocation).
 */
function plainTarget(text: string, value: number, isPercent: boolean, ambiguous: boolean): Target {
  const kind = "atLeast";
  if (isPercent)
    return ambiguous
      ? { text, kind, value, isPercent, ambiguous, plain: true }
      : { text, kind, value, isPercent, plain: true };
  return ambiguous ? { text, kind, value, ambiguous, plain: true } : { text, kind, value, plain: true };
}

/** A copy the caller may change without touching the memo. */
function copyTarget(target: Target): Target {
  const copy: Target = { ...target };
  if (target.parts) copy.parts = target.parts.map(copyTarget);
  return copy;
}

/** Tables repeat their target texts ("Đạt", "x", "100%"): parse each text once per convention. */
const CACHE_LIMIT = 5000;
const cellTargetCache = { vi: new Map<string, Target>(), en: new Map<string, Target>() };

function cachedCellTarget(raw: string, convention: NumberConvention): Target {
  const cache = cellTargetCache[convention === "en" ? "en" : "vi"];
  const cacheable = raw.length <= 200;
  const hit = cacheable ? cache.get(raw) : undefined;
  if (hit) return hit;
  const target = parseCell(raw, convention);
  if (cacheable) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, target);
  }
  return target;
}

/** The target cell alone, before the name is consulted. */
function parseCell(raw: string, convention: NumberConvention): Target {
  const pieces = splitPieces(raw);
  const numericPieces = pieces.filter(hasDigit).length;
  if (pieces.length >= 2 && numericPieces >= 2) {
    const parts = pieces.map((piece) => parseSingle(piece, convention));
    return {
      text: cleanText(raw),
      kind: "compound",
      parts,
      reason: reasons.compound(cleanText(raw), parts.length),
    };
  }
  return parseSingle(raw, convention);
}

/** The comparator words of a target cell ("không quá", "≥", "từ … trở lên"), for polarity reasons. */
export function targetComparatorCue(text: string): string | null {
  if (typeof text !== "string") return null;
  const elements = toElements(tokenize(foldFast(text), "vi"));
  for (let index = 0; index < elements.length; index++) {
    const el = elements[index];
    if (el.e !== "num" || el.label) continue;
    const around = comparatorAround(elements, index);
    if (around) return around.cue;
  }
  return null;
}
