/** Unit words after a number: "ha", "triệu đồng", "ha/năm", "m2", "trẻ/1000 trẻ", "‰". */
import { foldFast } from "../../text/fast-fold";
import { isDigitChar } from "./cell-text";

const NOT_UNIT_WORDS = new Set(["den", "toi", "tro", "so", "va", "hoac", "tren", "duoi", "-"]);

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || /^\p{L}$/u.test(ch);
}

/**
 * Unit words after a number: "ha", "triệu đồng", "ha/năm", "m2", "trẻ/1000 trẻ", "‰".
 * A digit may follow a letter, a digit or "/" only, so "5 đến 7" is not 5 with a unit.
 */
export function validUnit(unit: string): boolean {
  if (unit.length > 60) return false;
  const first = unit[0];
  if (!(isLetter(first) || first === "/" || first === "‰")) return false;
  for (let k = 0; k < unit.length; k++) {
    const ch = unit[k];
    if (isDigitChar(ch)) {
      const prev = unit[k - 1];
      // "trẻ/1000" is a unit, "05/07" (a fraction) and "1/2" are not.
      const afterWordSlash = prev === "/" && k >= 2 && isLetter(unit[k - 2]);
      if (!(prev !== undefined && (isLetter(prev) || isDigitChar(prev) || afterWordSlash))) return false;
      continue;
    }
    if (isLetter(ch) || ch === " " || ch === "/" || ch === "." || ch === "²" || ch === "³" || ch === "‰")
      continue;
    if (/^\p{M}$/u.test(ch)) continue;
    return false;
  }
  const firstWord = foldFast(unit).split(" ")[0];
  return !NOT_UNIT_WORDS.has(firstWord);
}
