/**
 * Count phrases about indicators, read from folded text (no diacritics, lower case): the one
 * reader behind the tables' summary statements and the report's count claims.
 *   "18/23 chi tieu dat va vuot (chiem 78%)"  → achieved-or-exceeded 18 of 23, 78 %
 *   "04/17 chi tieu khong dat"                → missed 4 of 17
 *   "06 chi tieu vuot", "vuot: 11 chi tieu", "con 05 chi tieu chua dat (xa a 03/20, xa b 02/20)"
 *   "de ra 09 chi tieu", "thong qua 20 chi tieu" → a total
 * Every pattern is bounded (no nested unbounded quantifier), so reading is linear in the text.
 */

export type CountKind = "total" | "exceeded" | "achieved" | "achieved-or-exceeded" | "missed";

export interface CommuneCount {
  /** Folded, as written after "xã". */
  commune: string;
  value: number;
  of?: number;
  /** Offsets of "xã A 03/20" in the folded text. */
  start: number;
  end: number;
}

export interface CountPhrase {
  counts: CountKind;
  value: number;
  /** "NN/MM": the MM. */
  of?: number;
  percent?: number;
  /** The percent as written ("78", "82,6"). */
  percentText?: string;
  /** "(xã A 03/20, xã B 02/20)" after the phrase. */
  communes: CommuneCount[];
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

const LABELS =
  "dat va vuot|vuot va dat|hoan thanh va vuot|dat, vuot|dat\\/vuot|khong dat|chua dat|co ban dat|k\\.? ?dat|vuot|dat";
const PHRASE = new RegExp(
  `(?<![\\d.,/])(\\d{1,4})(?:\\s?\\/\\s?(\\d{1,4}))?\\s{0,3}chi tieu(?: chu yeu)?(?: ke hoach)?\\s?:?\\s?(${LABELS})?(?![a-z])`,
  "g",
);
// "(chiếm 78%)", "chiếm 78%", "(82,6%)".
// "đạt và vượt 18/23 chỉ tiêu": the label before the fraction.
const LABEL_BEFORE = new RegExp(`(?:^|[^a-z])(${LABELS})\\s?(?:muc\\s?)?(?:ke hoach\\s?)?:?\\s?$`);
const SHARE = /^[^\d()]{0,45}(?:\(\s?(?:chiem\s?)?|chiem\s?)(\d{1,3}(?:[.,]\d{1,2})?)\s?%/;
const BREAKDOWN = /^[^\d(]{0,40}\(([^()]{1,200})\)/;
const COMMUNE = /(?:^|[,;]|\s)\s?xa ([a-z ]{2,30}?)\s?:?\s?(\d{1,4})(?:\s?\/\s?(\d{1,4}))?(?!\d)/g;

function kindOf(label: string | undefined): CountKind {
  if (label === undefined) return "total";
  if (label.includes("vuot") && label.includes("dat")) return "achieved-or-exceeded";
  if (label === "vuot") return "exceeded";
  if (label === "dat") return "achieved";
  return "missed";
}

/** "(xã A 03/20, xã B 02/20)" in `after`, which starts at `offset` of the folded text. */
function readBreakdown(after: string, offset: number): CommuneCount[] {
  const m = BREAKDOWN.exec(after);
  if (!m) return [];
  const inside = offset + m.index + m[0].indexOf("(") + 1;
  const out: CommuneCount[] = [];
  for (const c of m[1].matchAll(COMMUNE)) {
    const commune = c[1].replace(/ cu$/, "").trim();
    const start = inside + c.index + c[0].indexOf("xa ");
    const count: CommuneCount = { commune, value: Number(c[2]), start, end: inside + c.index + c[0].length };
    if (c[3] !== undefined) count.of = Number(c[3]);
    out.push(count);
  }
  return out;
}

/** Every count phrase of a folded text, in order. */
export function readCountPhrases(folded: string): CountPhrase[] {
  const out: CountPhrase[] = [];
  for (const m of folded.matchAll(PHRASE)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = folded.slice(end, end + 260);
    // The verdict after the count ("06 chỉ tiêu vượt") or just before it ("vượt: 11 chỉ tiêu",
    // "đạt và vượt 18/23 chỉ tiêu").
    const label = m[3] ?? LABEL_BEFORE.exec(folded.slice(Math.max(0, start - 30), start))?.[1];
    // "18/23 chỉ tiêu" with no verdict either side says nothing countable.
    if (label === undefined && m[2] !== undefined) continue;
    const phrase: CountPhrase = {
      counts: kindOf(label),
      value: Number(m[1]),
      communes: readBreakdown(after, end),
      start,
      end,
    };
    if (m[2] !== undefined) phrase.of = Number(m[2]);
    const share = SHARE.exec(after);
    if (share) {
      phrase.percentText = share[1];
      phrase.percent = Number(share[1].replace(",", "."));
    }
    out.push(phrase);
  }
  return out;
}

/** The patterns above, for the audit that holds them to linear time. */
export const COUNT_PATTERNS: readonly RegExp[] = [PHRASE, LABEL_BEFORE, SHARE, BREAKDOWN, COMMUNE];
