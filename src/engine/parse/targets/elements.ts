/** Tokens read as a target's elements: cue phrases matched, numbers that name a level, a year or an age marked. */
import {
  AT_LEAST,
  AT_MOST,
  EXACTLY,
  LESS_THAN,
  MORE_THAN,
  phrasesStartingWith,
  type Element,
  type Phrase,
} from "./lexicon";
import type { Token } from "./tokens";

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

export function toElements(tokens: Token[]): Element[] {
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
    for (const phrase of phrasesStartingWith(tok.w)) {
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
