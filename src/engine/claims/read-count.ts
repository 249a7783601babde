/**
 * Count claims of a paragraph ("18/23 chỉ tiêu đạt và vượt (chiếm 78%)", "còn 05 chỉ tiêu
 * không đạt (xã A 03/20, xã B 02/20)"), through the count-phrase reader the tables' summary
 * statements use too. A commune's figures in brackets are claims of their own.
 */
import { readCountPhrases } from "../parse/count-phrase";
import type { CountClaim } from "./types";
import { FOOTNOTE_MARK, foldInPlace } from "./folded";

/** How far a clause reaches either side of its phrase: bounded, so long text reads in linear time. */
const REACH = 300;

/** The clause around a phrase: from the previous separator to the next one, within reach. */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(","));
  const first = cut >= 0 ? from + cut + 1 : from;
  const after = text.slice(end, end + REACH);
  const seps = [after.indexOf(";"), after.indexOf(",")].filter((i) => i >= 0);
  let stop = seps.length > 0 ? Math.min(...seps) : after.length;
  // A bracket opened before the separator is closed with the clause ("(xã A 03/20, xã B …)").
  const open = after.indexOf("(");
  const close = after.indexOf(")", open);
  if (open >= 0 && open < stop && close > stop) stop = close + 1;
  return text.slice(first, end + stop).trim();
}

export function readCountClaims(text: string, paragraph: number): CountClaim[] {
  const out: CountClaim[] = [];
  for (const phrase of readCountPhrases(foldInPlace(text))) {
    const claim: CountClaim = {
      kind: "count",
      paragraph,
      text: clauseAround(text, phrase.start, phrase.end).split(FOOTNOTE_MARK).join(""),
      counts: phrase.counts,
      value: phrase.value,
      match: null,
    };
    if (phrase.of !== undefined) claim.of = phrase.of;
    if (phrase.percent !== undefined) claim.percent = phrase.percent;
    if (phrase.percentText !== undefined) claim.percentText = phrase.percentText;
    out.push(claim);
    for (const c of phrase.communes) {
      const commune: CountClaim = {
        ...claim,
        text: text.slice(c.start, c.end).split(FOOTNOTE_MARK).join("").trim(),
        value: c.value,
        commune: c.commune,
      };
      delete commune.percent;
      delete commune.percentText;
      delete commune.of;
      if (c.of !== undefined) commune.of = c.of;
      out.push(commune);
    }
  }
  return out;
}
