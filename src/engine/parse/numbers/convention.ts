/** Which number convention a sheet uses, from the evidence of its value cells. */
import type { NumberConvention } from "../../types";
import { bareNumberEvidence, bareNumberValue } from "./bare-number";
import { interpretBody, scanBodyEnd } from "./body";
import { isDigitChar, normalizeSpaces } from "./cell-text";

/**
 * The convention a text proves: "2.340,5", "312,5", "12.600.000" → vi; "1,250.5", "82.6",
 * "12,600,000" → en; "1,250", "3.000", "10" → null. Scans every number in the text, so pass
 * value cells (target, actual, percent), not names or codes ("1.2" would read as English).
 */
export function conventionEvidence(text: string): NumberConvention | null {
  if (typeof text === "string" && !Number.isNaN(bareNumberValue(text, "vi"))) return bareNumberEvidence(text);
  const s = normalizeSpaces(text ?? "");
  let found: NumberConvention | null = null;
  let i = 0;
  while (i < s.length) {
    if (!isDigitChar(s[i])) {
      i++;
      continue;
    }
    const end = scanBodyEnd(s, i);
    const body = interpretBody(s.slice(i, end), "vi");
    if (body?.evidence) {
      if (found && found !== body.evidence) return null;
      found = body.evidence;
    }
    i = end;
  }
  return found;
}

/** Decide a sheet's convention from its value texts: English only when it has more evidence. */
export function decideConvention(texts: Iterable<string>): {
  convention: NumberConvention;
  vi: number;
  en: number;
} {
  let vi = 0;
  let en = 0;
  for (const text of texts) {
    const evidence = conventionEvidence(text);
    if (evidence === "vi") vi++;
    else if (evidence === "en") en++;
  }
  return { convention: en > vi ? "en" : "vi", vi, en };
}
