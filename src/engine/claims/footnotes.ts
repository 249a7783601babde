/**
 * Footnote marks the document reader suspects ("1.20021 ha", "12/19 tiêu chí47") are cut off,
 * unless the pair's own arithmetic says the digits belong to the number: when the text read
 * whole gives a stated percent that follows from its pair and the cut reading does not, the
 * whole reading stands. Digits after "%" are always a mark.
 */
import { percentMatches, percentOf } from "../evaluate/percent";
import { withoutFootnote } from "./numbers";
import { readResultClaims } from "./read-result";
import type { ResultClaim } from "./types";

function percentFollows(claim: ResultClaim): boolean {
  const a = claim.actual?.value;
  const t = claim.target?.value;
  if (claim.percent === undefined || a == null || t == null) return false;
  const stated = claim.percent;
  return (["higher", "lower"] as const).some((p) => {
    const computed = percentOf(a, t, p);
    return computed !== null && percentMatches(stated, computed);
  });
}

export function readResultsDecidingFootnotes(
  text: string,
  suspects: ReadonlyArray<{ start: number; end: number }>,
  paragraph: number,
  code: string,
): ResultClaim[] {
  const cut = readResultClaims(withoutFootnote(text, suspects), paragraph, code);
  if (suspects.length === 0) return cut;
  const whole = readResultClaims(withoutFootnote(text, []), paragraph, code);
  if (whole.length !== cut.length) return cut;
  return cut.map((c, i) => (!percentFollows(c) && percentFollows(whole[i]) ? whole[i] : c));
}
