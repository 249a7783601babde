/**
 * Count claims of a paragraph ("18/23 chỉ tiêu đạt và vượt (chiếm 78%)", "còn 05 chỉ tiêu
 * không đạt (xã A 03/20, xã B 02/20)"), through the count-phrase reader the tables' summary
 * statements use too. A commune's figures in brackets are claims of their own.
 */
import { readCountPhrases } from "../parse/count-phrase";
import type { CountClaim } from "./types";
import { foldInPlace } from "./folded";

/** The clause around a phrase: from the previous separator to the next one. */
function clauseAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf(";", start), text.lastIndexOf(",", start - 1), -1);
  let stop = text.length;
  for (const sep of [";", ","]) {
    const i = text.indexOf(sep, end);
    if (i >= 0 && i < stop) stop = i;
  }
  const close = text.indexOf(")", end);
  if (close >= 0 && close > stop && text.lastIndexOf("(", stop) > end) stop = close + 1;
  return text.slice(before + 1, stop).trim();
}

export function readCountClaims(text: string, paragraph: number): CountClaim[] {
  const out: CountClaim[] = [];
  for (const phrase of readCountPhrases(foldInPlace(text))) {
    const claim: CountClaim = {
      kind: "count",
      paragraph,
      text: clauseAround(text, phrase.start, phrase.end),
      counts: phrase.counts,
      value: phrase.value,
      match: null,
    };
    if (phrase.of !== undefined) claim.of = phrase.of;
    if (phrase.percent !== undefined) claim.percent = phrase.percent;
    if (phrase.percentText !== undefined) claim.percentText = phrase.percentText;
    out.push(claim);
    for (const c of phrase.communes) {
      const commune: CountClaim = { ...claim, value: c.value, commune: c.commune };
      delete commune.percent;
      delete commune.percentText;
      delete commune.of;
      if (c.of !== undefined) commune.of = c.of;
      out.push(commune);
    }
  }
  return out;
}
