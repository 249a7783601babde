/**
 * An item's text cut into clauses, one target each: at ";" and at sentence ends always, at ","
 * and "và" only where both sides carry a figure ("… đạt 150 con, đàn lợn đạt 5.000 con"), so a
 * list of nouns ("cán bộ, công chức") stays whole. Nothing is cut inside brackets.
 */
import { foldAligned } from "./folded";

/** A figure that can be a target: a digit outside a year ("năm 2030", "2021 - 2025"). */
export function hasFigure(text: string): boolean {
  return /\d/.test(
    maskPerUnit(text)
      .replace(/\b(19|20)\d\d\b/g, "")
      .replace(/\([^)]*\)/g, (m) => (/%/.test(m) ? m : "")),
  );
}

/** "trên 01 ha đất trồng trọt": a figure per hectare, no target; blanked, positions kept. */
export function maskPerUnit(text: string): string {
  return text.replace(/(trên|\/)\s?0?1\s?ha\b/giu, (m) => " ".repeat(m.length));
}

/** Split at `cut(i)` positions outside brackets; each cut drops the separator of `width(i)` chars. */
function splitOutside(text: string, isCut: (i: number) => number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "“" || ch === '"') depth += ch === '"' ? (depth > 0 ? -1 : 1) : 1;
    else if ((ch === ")" || ch === "”") && depth > 0) depth--;
    if (depth > 0) continue;
    const width = isCut(i);
    if (width > 0) {
      out.push(text.slice(start, i));
      start = i + width;
      i = start - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** ". " before a capital or a figure (not "3.000", not "TP. Hải Phòng"). */
function sentences(text: string): string[] {
  return splitOutside(text, (i) =>
    text[i] === "." && text[i + 1] === " " && /[A-ZĐÀ-Ỹ0-9(]/u.test(text[i + 2] ?? "") ? 2 : 0,
  );
}

function semicolons(sentence: string): string[] {
  return splitOutside(sentence, (i) => (sentence[i] === ";" ? 1 : 0));
}

/** Words that say what the figure of a clause is to be: "đạt", "được …", "có", "duy trì" … */
const PREDICATE =
  /(^|\s)(dat|duoc|co|duy tri|hoan thanh|khong|tang|giam|tro len|tro xuong|thanh lap|ket nap|trong|xep hang)(\s|$)/;

function hasPredicate(clause: string): boolean {
  return PREDICATE.test(foldAligned(clause));
}

/** "," and " và " as candidates; pieces without a figure join their neighbour. */
function byFigures(sentence: string): string[] {
  const folded = foldAligned(sentence);
  const pieces = splitOutside(sentence, (i) => {
    // "10,9%": a decimal comma, not a list.
    if (sentence[i] === ",")
      return /\d/.test(sentence[i - 1] ?? "") && /\d/.test(sentence[i + 1] ?? "") ? 0 : 1;
    if (folded.startsWith(" va ", i)) return 4;
    return 0;
  });
  const seps = separators(sentence, pieces);
  const out: string[] = [];
  let pending = "";
  pieces.forEach((piece, k) => {
    const joined = pending ? `${pending}${seps[k - 1] ?? ", "}${piece}` : piece;
    if (!hasFigure(piece)) {
      if (out.length > 0 && !pending) out[out.length - 1] += `${seps[k - 1] ?? ", "}${piece}`;
      else pending = joined;
      return;
    }
    // "100% các Trường Mầm non, Tiểu học, THCS … được trang bị ít nhất 01 phòng học": the
    // clause before says nothing of its figure yet, so the next figure qualifies it.
    const previous = out.length - 1;
    if (!pending && previous >= 0 && !hasPredicate(out[previous]))
      out[previous] += `${seps[k - 1] ?? ", "}${piece}`;
    else out.push(joined);
    pending = "";
  });
  if (pending) out.push(pending);
  return out;
}

/** The separator written between consecutive pieces (", " or " và "). */
function separators(sentence: string, pieces: string[]): string[] {
  const seps: string[] = [];
  let at = 0;
  for (let k = 0; k < pieces.length; k++) {
    const found = sentence.indexOf(pieces[k], at);
    if (k > 0) seps.push(sentence.slice(at, found));
    at = found + pieces[k].length;
  }
  return seps;
}

export interface Clause {
  text: string;
  /** 0-based sentence of the item the clause belongs to. */
  sentence: number;
}

export function clausesOf(text: string): Clause[] {
  return sentences(text).flatMap((s, sentence) =>
    semicolons(s)
      .flatMap(byFigures)
      .map((clause) => ({ text: clause, sentence })),
  );
}
