/**
 * Result claims of one numbered item: "(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%,
 * vượt chỉ tiêu Nghị quyết." Sub-indicators of one item are separated by ";". Each part gives
 * a name, an actual/target pair (or "đạt 17/19 tiêu chí": an actual out of all criteria), the
 * stated percent and the verdict; a part that states none of them is no claim.
 */
import type { ClaimPair, ClaimVerdict, ResultClaim } from "./types";
import { FOOTNOTE_MARK, foldInPlace } from "./folded";
import { NUMBER, readNumber } from "./numbers";

// A footnote mark ("#21") may follow either number; a number after a mark is none.
const MARK = "(?:#\\d{1,3})?";
const PAIR = new RegExp(
  `(?<![\\d.,/#])(${NUMBER})${MARK}\\s?(%)?${MARK}\\s?\\/\\s?(${NUMBER})(?![\\d/])${MARK}\\s?(%)?${MARK}`,
);
// A unit ends at punctuation, at "đạt", at a footnote mark, or at digits glued to it (a footnote
// number the reader did not flag: "12/19 tiêu chí47" in a Word file).
const UNIT = /^\s?([a-z][a-z ./]{0,40}?)\s?(?=[,.;:()]\s|[,;:()]|\.?$| dat |\s?#|\d)/;
const PERCENT = new RegExp(`(?:^|[^a-z#])dat\\s?(?:duoc\\s?)?(${NUMBER})\\s?%`, "g");
const VERDICT =
  /(khong dat|chua dat|vuot|dat)\s?(?:so voi\s?)?(?:\d{1,3}\s?%\s?)?(?:muc\s?)?(?:chi tieu\s?)?(?:nghi quyet|nq\b|ke hoach)/g;
const CRITERIA = /^tieu chi/;

const VERDICTS: Record<string, ClaimVerdict> = {
  "khong dat": "missed",
  "chua dat": "missed",
  vuot: "exceeded",
  dat: "achieved",
};

/** "(3)", "3.", "2.1-" → "3", "2.1"; null for labels that are no item number. */
export function itemCode(numbering: string | undefined): string | null {
  if (!numbering) return null;
  const m = /^\(?\s?(\d{1,3}(?:\.\d{1,3})?)\s?[).\-:]?$/.exec(numbering.trim());
  return m ? m[1].replace(/^0+(?=\d)/, "") : null;
}

/** A leading "(3) " typed into the text when no reader split it off. */
export function leadingCode(text: string): { code: string; rest: string } | null {
  const m = /^\s{0,3}\((\d{1,3})\)\s?/.exec(text);
  return m ? { code: m[1].replace(/^0+(?=\d)/, ""), rest: text.slice(m[0].length) } : null;
}

function pairOf(text: string, percent: string | undefined, unit: string | undefined): ClaimPair {
  const pair: ClaimPair = { text: text + (percent ?? ""), value: readNumber(text) };
  const u = percent ? "%" : unit;
  if (u) pair.unit = u;
  return pair;
}

function nameOf(original: string, folded: string, firstFigure: number): string | undefined {
  const colon = folded.indexOf(":");
  const end = colon >= 0 && colon <= firstFigure ? colon : firstFigure;
  let name = original.slice(0, end).trim();
  if (colon < 0 || colon > firstFigure) name = name.replace(/\s*(?:đạt|Đạt|là|được)\s*$/u, "");
  name = name.replace(/[,:;.\s]+$/, "");
  return name.length >= 2 ? name : undefined;
}

/** One part (sub-indicator) of an item; null when it states no figure and no verdict. */
export function readResultPart(
  original: string,
  paragraph: number,
  code: string | undefined,
): ResultClaim | null {
  const folded = foldInPlace(original);
  let firstFigure = folded.length;
  const claim: ResultClaim = {
    kind: "result",
    paragraph,
    text: original.split(FOOTNOTE_MARK).join("").trim(),
    match: null,
  };
  if (code !== undefined) claim.code = code;

  const pair = PAIR.exec(folded);
  let afterPair = 0;
  if (pair) {
    firstFigure = pair.index;
    afterPair = pair.index + pair[0].length;
    const unitMatch = pair[4] || pair[2] ? null : UNIT.exec(folded.slice(afterPair));
    const unitFolded = unitMatch?.[1].trim();
    const unit = unitMatch ? original.slice(afterPair, afterPair + unitMatch[0].length).trim() : undefined;
    if (unitFolded && CRITERIA.test(unitFolded)) {
      claim.actual = pairOf(pair[1], undefined, unit);
      claim.outOf = pairOf(pair[3], undefined, unit);
    } else {
      claim.actual = pairOf(pair[1], pair[2] ?? pair[4], unit);
      claim.target = pairOf(pair[3], pair[4] ?? pair[2], unit);
    }
  }

  for (const m of folded.matchAll(PERCENT)) {
    const at = m.index + m[0].indexOf(m[1]);
    if (pair && at >= pair.index && at < afterPair) continue;
    claim.percent = readNumber(m[1]) ?? undefined;
    claim.percentText = m[1];
    firstFigure = Math.min(firstFigure, m.index + (m[0].startsWith("dat") ? 0 : 1));
    break;
  }

  let verdict: RegExpMatchArray | undefined;
  for (const m of folded.matchAll(VERDICT)) verdict = m;
  if (verdict?.index !== undefined) {
    claim.verdict = VERDICTS[verdict[1]];
    firstFigure = Math.min(firstFigure, verdict.index);
  }
  if (!claim.actual && claim.percent === undefined && !claim.verdict) return null;
  const name = nameOf(original, folded, firstFigure);
  if (name) claim.name = name;
  return claim;
}

const SENTENCE_END = /\.\s+(?=\p{Lu})/gu;

/**
 * An item's sub-indicators: separated by ";", or written as sentences of their own
 * ("Tổng đàn trâu, bò: 1.620/1.500 con, …. Tổng đàn lợn: 3.900/4.000 con, …"). A sentence starts
 * a new part only when it and the text before it each hold their own pair, so "… 8.200/7.500
 * con. Đạt 109,3%, vượt …" stays one part. Each sentence is looked at once.
 */
export function resultParts(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(";")) {
    const bounds = [0, ...Array.from(piece.matchAll(SENTENCE_END), (m) => m.index + 1), piece.length];
    const withPair = bounds.slice(1).map((end, k) => PAIR.test(foldInPlace(piece.slice(bounds[k], end))));
    let start = 0;
    let partHasPair = withPair[0];
    for (let k = 1; k < withPair.length; k++) {
      if (partHasPair && withPair[k]) {
        parts.push(piece.slice(start, bounds[k]));
        start = bounds[k];
      }
      partHasPair = (partHasPair && start !== bounds[k]) || withPair[k];
    }
    parts.push(piece.slice(start));
  }
  return parts;
}

/** All result claims of one item's text, one per sub-indicator. */
export function readResultClaims(text: string, paragraph: number, code: string | undefined): ResultClaim[] {
  const out: ResultClaim[] = [];
  for (const part of resultParts(text)) {
    const claim = readResultPart(part, paragraph, code);
    if (claim) out.push(claim);
  }
  return out;
}

/** The patterns above, for the audit that holds them to linear time. */
export const RESULT_PATTERNS: readonly RegExp[] = [PAIR, UNIT, PERCENT, VERDICT, CRITERIA, SENTENCE_END];
