/**
 * Result claims written in prose, with no item number: "Tổng đàn gia súc đạt 8.200 con, bằng
 * 109,3% Nghị quyết." A report's prose is full of figures of other periods and scopes ("diện
 * tích lúa khoảng 1.200 ha", "thu ngân sách đạt 500,5 triệu đồng (dự ước năm 2025)"), so a
 * clause is a claim only when it measures its figure against the resolution: a percent of the
 * Nghị quyết or a verdict on it. A figure hedged ("khoảng", "trên", "ước") is none.
 */
import { FOOTNOTE_MARK, foldInPlace } from "./folded";
import { NUMBER, readNumber } from "./numbers";
import type { ClaimVerdict, ResultClaim } from "./types";

const MARK = "(?:#\\d{1,3})?";
// "đạt 8.200 con", "đạt 95%": the figure and its unit (up to punctuation or the next clause).
// Every piece is a group, so the unit's offset is the sum of the pieces before it.
const FIGURES = new RegExp(
  `(^|[^a-z#])(dat (?:duoc )?)(${NUMBER})(${MARK}\\s?)(%|[a-z][a-z ./]{0,30}?)${MARK}(?=[,;:()]|\\.(?:\\s|$)|$| bang | dat )`,
  "g",
);
// "bằng 109,3% Nghị quyết", "đạt 109,3% so với chỉ tiêu Nghị quyết", "bằng 90,2% kế hoạch".
const PERCENT_OF_RESOLUTION = new RegExp(
  `(?:bang|dat) (${NUMBER})\\s?%${MARK} (?:so voi )?(?:muc )?(?:chi tieu )?(?:nghi quyet|nq\\b|ke hoach)`,
);
const VERDICT =
  /(khong dat|chua dat|vuot|dat) (?:so voi )?(?:muc )?(?:chi tieu )?(?:nghi quyet|nq\b|ke hoach)/;
const HEDGE = /(?:khoang|tren|gan|hon|uoc|du kien|du uoc|toi thieu|toi da)\s$/;
const CLAUSE_END = /;|\.\s+(?=\p{Lu})|\.$/gu;

const VERDICTS: Record<string, ClaimVerdict> = {
  "khong dat": "missed",
  "chua dat": "missed",
  vuot: "exceeded",
  dat: "achieved",
};

/** The sentence pieces of a paragraph: split at ";" and at a full stop before a capital. */
function clauses(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

/** A figure's claim and where its words end, or null when it measures nothing against the resolution. */
function readFigure(
  original: string,
  folded: string,
  figure: RegExpExecArray,
  nameFrom: number,
  segmentEnd: number,
  paragraph: number,
): { claim: ResultClaim; end: number } | null {
  const [, before, said, number, gap, unit] = figure;
  const at = figure.index + before.length;
  const numberAt = at + said.length;
  const unitAt = numberAt + number.length + gap.length;
  if (HEDGE.test(folded.slice(Math.max(nameFrom, at - 12), at))) return null;
  const afterAt = figure.index + figure[0].length;
  const after = folded.slice(afterAt, segmentEnd);
  const percent = PERCENT_OF_RESOLUTION.exec(after);
  // A verdict after the percent: the percent's own "đạt … Nghị quyết" is none.
  const percentEnd = percent ? percent.index + percent[0].length : 0;
  const verdict = VERDICT.exec(after.slice(percentEnd));
  if (!percent && !verdict) return null;
  const textEnd = afterAt + (verdict ? percentEnd + verdict.index + verdict[0].length : percentEnd);
  const name = original.slice(nameFrom, at).replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  if (name === "") return null;

  const claim: ResultClaim = {
    kind: "result",
    paragraph,
    text: original
      .slice(nameFrom, textEnd)
      .split(FOOTNOTE_MARK)
      .join("")
      .replace(/^[,\s]+|[,\s]+$/g, ""),
    // Everything before "đạt": the tie picks the end of it that names a row.
    name,
    actual: {
      text: original.slice(numberAt, numberAt + number.length),
      value: readNumber(number),
      unit: original.slice(unitAt, unitAt + unit.length).trim(),
    },
    match: null,
  };
  if (percent) {
    claim.percent = readNumber(percent[1]) ?? undefined;
    claim.percentText = percent[1];
  }
  if (verdict) claim.verdict = VERDICTS[verdict[1]];
  return { claim, end: textEnd };
}

/** The claims of one clause: each figure with the words before it and the words up to the next. */
function readClause(original: string, paragraph: number): ResultClaim[] {
  const folded = foldInPlace(original);
  const figures = Array.from(folded.matchAll(FIGURES));
  const out: ResultClaim[] = [];
  let nameFrom = 0;
  figures.forEach((figure, k) => {
    const segmentEnd = k + 1 < figures.length ? figures[k + 1].index : folded.length;
    const read = readFigure(original, folded, figure, nameFrom, segmentEnd, paragraph);
    if (read) out.push(read.claim);
    nameFrom = read ? read.end : figure.index + figure[0].length;
  });
  return out;
}

/** The prose result claims of a paragraph with no item number (footnote marks already cut off). */
export function readProseClaims(text: string, paragraph: number): ResultClaim[] {
  const out: ResultClaim[] = [];
  for (const clause of clauses(text)) {
    out.push(...readClause(clause.text, paragraph));
  }
  return out;
}

/** The patterns above, for the audit that holds them to linear time. */
export const PROSE_PATTERNS: readonly RegExp[] = [FIGURES, PERCENT_OF_RESOLUTION, VERDICT, HEDGE, CLAUSE_END];
