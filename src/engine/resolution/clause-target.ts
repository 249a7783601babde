/**
 * One clause read as a target: the figure it aims at with the comparator words around it
 * ("đạt từ 11%/năm trở lên", "ít nhất 03", "dưới 12%", "05/07 trường"), its unit, and the name
 * that is left. Clauses with no figure are targets only when they say what is to be reached
 * ("đạt chuẩn nông thôn mới", "hoàn thành tốt nhiệm vụ trở lên").
 */
import { parseTarget } from "../parse/targets";
import type { Target } from "../types";
import { foldAligned } from "./folded";
import { maskPerUnit } from "./clauses";
import { timeframeCues } from "./timeframe";

export interface ClauseTarget {
  name: string;
  unit: string;
  target: Target;
}

/** Comparator and verb words that may stand right before the figure (folded, longest first). */
const BEFORE = [
  "khong vuot qua",
  "khong qua",
  "khong duoi",
  "it nhat",
  "toi thieu",
  "toi da",
  "tang them",
  "tang binh quan",
  "binh quan",
  "tang gap",
  "tang",
  "giam",
  "tren",
  "duoi",
  "dat tu",
  "dat ty le",
  "dat",
  "tu",
  "la",
  "con",
  ">=",
  "<=",
  ">",
  "<",
  "≥",
  "≤",
];

/** Units after a figure (folded), longest first. */
const UNITS = [
  "trieu dong/ha",
  "trieu dong",
  "ty dong",
  "nghin dong",
  "dong",
  "tan",
  "con",
  "ha",
  "truong",
  "ban",
  "san pham",
  "hop tac xa",
  "dang vien",
  "to chuc",
  "bac",
  "lan",
  "tieu chi",
  "mo hinh",
  "phong hoc",
  "nha",
  "ho",
  "nguoi",
  "km",
  "sao",
  "doanh nghiep",
];

const QUALITATIVE_CUES = [
  "dat chuan",
  "dat cac tieu chi",
  "bo tieu chi",
  "hoan thanh",
  "ke hoach",
  "duoc cong nhan",
  "khong con",
  "dat kha",
];

/** Figures: "3.000", "11%", "10,9", "05/07", "4.151". */
const FIGURE = /\d+(?:[.,]\d+)*(?:\s?\/\s?\d+(?:[.,]\d+)*)?\s?%?/g;

interface Figure {
  start: number;
  end: number;
  text: string;
}

function figuresOf(text: string, folded: string): Figure[] {
  const years = timeframeCues(folded);
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  const masked = maskPerUnit(text);
  for (let m = FIGURE.exec(masked); m !== null; m = FIGURE.exec(masked)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (years.some((c) => start >= c.start && start < c.end)) continue;
    if (/^(19|20)\d\d$/.test(m[0].trim())) continue;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Inside brackets: "(đạt tỉ lệ 71,4 %)" restates the figure before it. */
function inBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  return open >= 0 && text.indexOf(")", open) > at;
}

/** A past result ("276/225 triệu đồng đạt 122,7%", "25%/10%"): a pair that is no target. */
export function isPastResult(folded: string): boolean {
  if (/\d\s?%?\s?\/\s?\d+(?:[.,]\d+)*\s?%?[^;.]{0,40}\bdat \d+(?:[.,]\d+)?\s?%/.test(folded)) return true;
  return /\d\s?%\s?\/\s?\d/.test(folded);
}

const STRONG = ["dat", "it nhat", "toi thieu", "toi da", "khong qua", "khong vuot qua", "khong duoi", "tu"];
const STRICT = ["tren", "duoi", ">", "<", ">=", "<=", "≥", "≤"];

/**
 * The figure the clause aims at: "… thu nhập 100 triệu đồng/ha đạt từ 100ha trở lên" aims at
 * the one its comparator words name; "trên 1ha đất … đạt 230 triệu đồng" prefers "đạt".
 */
function bestFigure(text: string, folded: string, figures: Figure[]): Figure | undefined {
  let best: Figure | undefined;
  let bestScore = -1;
  for (const f of figures) {
    if (inBrackets(text, f.start) && figures.some((g) => !inBrackets(text, g.start))) continue;
    const run = folded.slice(comparatorStart(folded, f.start), f.start);
    const words = run.trim().split(/\s+/);
    const tail = tailEnd(folded, f.end + unitAfter(text, folded, f.end).end - f.end).tail !== "";
    const score =
      words.some((w) => STRONG.includes(w)) || tail || opensClause(folded, f)
        ? 2
        : words.some((w) => STRICT.includes(w))
          ? 1.5
          : run.trim()
            ? 1
            : 0;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/** "Đến năm 2030, 100% các trường …": a percentage that opens the clause is its subject's level. */
function opensClause(folded: string, figure: Figure): boolean {
  if (!figure.text.endsWith("%")) return false;
  const before = folded.slice(0, figure.start);
  let rest = before;
  for (const cue of timeframeCues(before).reverse()) rest = rest.slice(0, cue.start) + rest.slice(cue.end);
  return /^[\s,:]*(phan dau\s*)?[\s,:]*$/.test(rest);
}

function comparatorStart(folded: string, at: number): number {
  let start = at;
  for (;;) {
    const before = folded.slice(0, start).trimEnd();
    const word = BEFORE.find(
      (w) => before.endsWith(w) && !/[a-z]/.test(before.charAt(before.length - w.length - 1)),
    );
    if (!word) return start;
    start = before.length - word.length;
  }
}

function unitAfter(text: string, folded: string, at: number): { unit: string; end: number } {
  if (text[at - 1] === "%") return { unit: "%", end: at };
  const rest = folded.slice(at);
  const lead = rest.length - rest.trimStart().length;
  const unit = UNITS.find((u) => rest.startsWith(u, lead) && !/[a-z]/.test(rest.charAt(lead + u.length)));
  if (!unit) return { unit: "", end: at };
  return { unit: text.slice(at + lead, at + lead + unit.length), end: at + lead + unit.length };
}

/** "trở lên" / "trở xuống" a few words on, before any punctuation. */
function tailEnd(folded: string, at: number): { tail: string; end: number } {
  const window = folded.slice(at, at + 60);
  // Punctuation or another figure closes the target's words.
  const stop = window.slice(1).search(/[,;:()]|\.\s|\d/);
  const scope = stop >= 0 ? window.slice(0, stop + 1) : window;
  for (const tail of ["tro len", "tro xuong"]) {
    const k = scope.indexOf(tail);
    if (k >= 0 && scope.slice(0, k).split(" ").filter(Boolean).length <= 8)
      return { tail, end: at + k + tail.length };
  }
  return { tail: "", end: at };
}

const TAIL_WORDS: Record<string, string> = { "tro len": "trở lên", "tro xuong": "trở xuống" };

/** The clause read as a target, or null when it states none. */
export function readClause(text: string): ClauseTarget | null {
  const folded = foldAligned(text);
  if (isPastResult(folded)) return null;
  const figures = figuresOf(text, folded);
  const figure = bestFigure(text, folded, figures);
  if (!figure) return qualitative(text, folded);
  const start = comparatorStart(folded, figure.start);
  const perYear = /^\s?\/\s?nam\b/.exec(folded.slice(figure.end));
  const afterFigure = figure.end + (perYear ? perYear[0].length : 0);
  const { unit, end: unitEnd } = unitAfter(
    text,
    folded,
    figure.text.endsWith("%") ? figure.end : afterFigure,
  );
  const { tail, end: tailAt } = tailEnd(folded, Math.max(unitEnd, afterFigure));
  const end = Math.max(unitEnd, afterFigure, tailAt);
  const comparator = text.slice(start, figure.start).trim();
  // Parsed from its pieces: the words between a unit and "trở lên" are the name's.
  const expression = [
    comparator,
    figure.text,
    perYear ? "/năm" : "",
    unit && unit !== "%" ? unit : "",
    tail ? TAIL_WORDS[tail] : "",
  ]
    .filter(Boolean)
    .join(" ")
    .replace(" /năm", "/năm");
  const between = tail ? text.slice(Math.max(unitEnd, afterFigure), tailAt - tail.length) : "";
  const after = `${between} ${text.slice(end)}`;
  // "Duy trì 12 Hợp tác xã hoạt động hiệu quả": a figure counting the thing named keeps its noun.
  const noun = unit && unit !== "%" && nameOf(after) ? unit : "";
  const name = nameOf(`${text.slice(0, start)} ${noun} ${after}`);
  const target = parseTarget(expression, name, "vi");
  // The words as a table cell would hold them ("80% trở lên"); the clause keeps the full wording.
  target.text = cleanSpaces(expression);
  return { name, unit: unit || (figure.text.endsWith("%") ? "%" : ""), target };
}

function qualitative(text: string, folded: string): ClauseTarget | null {
  const at = QUALITATIVE_CUES.map((cue) => folded.indexOf(cue)).filter((i) => i >= 0);
  if (at.length === 0) return null;
  const start = Math.min(...at);
  // "đạt, vượt kế hoạch" and "được công nhận đạt chuẩn": the verb before the cue belongs to it.
  const from = comparatorStart(folded, start);
  const wording = cleanSpaces(text.slice(from)).replace(/[.;,]+$/, "");
  const name = nameOf(text.slice(0, from)) || nameOf(text);
  const target = parseTarget(wording, name, "vi");
  target.text = wording;
  return { name, unit: "", target };
}

function cleanSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Leading words that say "we strive to" and time frames: not part of the indicator's name. */
const LEADING = /^(phấn đấu|phan dau|hằng năm|hàng năm|mỗi năm|có|đạt|trong đó)\b[\s,:]*/iu;

/** What is left of a clause once the target words are out: the indicator's name. */
export function nameOf(raw: string): string {
  // Brackets holding a figure restate it ("(đạt tỉ lệ 71,4 %)"): not part of the name.
  let name = raw.replace(/\([^)]*\d[^)]*\)|\(\s*\)/g, " ");
  const folded = foldAligned(name);
  const cues = timeframeCues(folded).filter((c) => !c.label.startsWith("Bình quân"));
  for (const cue of [...cues].reverse())
    name = name.slice(0, cue.start) + " ".repeat(cue.end - cue.start) + name.slice(cue.end);
  name = cleanSpaces(name)
    .replace(/\s+([,;:.])/g, "$1")
    .replace(/([,:;])\s*[,:;]+/g, "$1");
  for (let previous = ""; previous !== name;) {
    previous = name;
    name = name.replace(LEADING, "").replace(/^[\s,;:.-]+/, "");
  }
  name = name.replace(/[\s,;:.-]+$/, "").replace(/\s+(đạt|là|tăng|giảm|được|với)$/iu, "");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
