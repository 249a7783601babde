/** A folded target text split into numbers, symbols and words: a linear scanner. */
import type { NumberConvention } from "../../types";
import { interpretBody, isDashChar, isDigitChar, scanBodyEnd } from "../numbers";

export type Token =
  | { t: "num"; value: number; isPercent: boolean; ambiguous: boolean }
  | { t: "bad" }
  | { t: "sym"; s: string }
  | { t: "word"; w: string };

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return ch.toLowerCase() !== ch.toUpperCase() || /^[\p{L}\p{M}]$/u.test(ch);
}

/** Split folded text into numbers, symbols and words. Linear in the text length. */
export function tokenize(f: string, convention: NumberConvention): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === " ") {
      i++;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    const signed = (ch === "+" || isDashChar(ch)) && isDigitChar(f[i + 1]) && previous?.t !== "num";
    if (isDigitChar(ch) || signed) {
      const start = signed ? i + 1 : i;
      const end = scanBodyEnd(f, start);
      const body = interpretBody(f.slice(start, end), convention);
      i = end;
      if (!body) {
        tokens.push({ t: "bad" });
        continue;
      }
      let isPercent = false;
      if (f[i] === "%") {
        isPercent = true;
        i++;
      } else if (f[i] === " " && f[i + 1] === "%") {
        isPercent = true;
        i += 2;
      }
      const value = signed && ch !== "+" && body.value !== 0 ? -body.value : body.value;
      tokens.push({ t: "num", value, isPercent, ambiguous: body.ambiguous });
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < f.length && isWordChar(f[j])) j++;
      tokens.push({ t: "word", w: f.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ t: "sym", s: isDashChar(ch) ? "-" : ch });
    i++;
  }
  return tokens;
}
