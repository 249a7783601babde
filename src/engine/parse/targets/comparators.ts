/** The comparator a cue sets on a quantity: "trên 90%", "Từ 200 lao động trở lên". */
import { AT_LEAST, AT_MOST, type Comparator, type Element } from "./lexicon";

/** How far a cue may sit from its number: one word before ("không dưới mức 80%"), unit words after. */
const CUE_BEFORE = 2;
const CUE_AFTER = 5;

/**
 * The comparator set around the quantity at `index`: a cue just before it ("trên 90%"), or
 * "trở lên / trở xuống" after its unit words ("Từ 200 lao động trở lên", "11%/năm trở lên").
 */
export function comparatorAround(
  elements: Element[],
  index: number,
): { cmp: Comparator; cue: string } | null {
  let from = false;
  for (let k = index - 1; k >= 0 && k >= index - CUE_BEFORE; k--) {
    const el = elements[k];
    if (el.e === "cmp") return { cmp: el.cmp, cue: el.cue };
    if (el.e === "from") {
      from = true;
      break;
    }
    if (el.e !== "word") break;
  }
  for (let k = index + 1; k < elements.length && k <= index + CUE_AFTER; k++) {
    const el = elements[k];
    if (el.e === "upward") return { cmp: AT_LEAST, cue: from ? `từ … ${el.cue}` : el.cue };
    if (el.e === "downward") return { cmp: AT_MOST, cue: el.cue };
    if (el.e === "slash" && elements[k + 1]?.e !== "num") continue;
    if (el.e === "sym" && (el.s === "(" || el.s === ")")) continue;
    if (el.e !== "word") break;
  }
  return from ? { cmp: AT_LEAST, cue: "từ" } : null;
}
