/** How a catalog writes numbers, lists, sheet texts and nested messages in its language. */
import { formatNumber } from "../engine/parse/numbers";
import type { CellShown } from "../engine/messages";
import type { Lang } from "../engine/types";

export interface Format {
  readonly lang: Lang;
  /** vi "12.904" / "91,2"; en "12,904" / "91.2"; at most `decimals` decimals (default: all). */
  num(n: number, decimals?: number): string;
  /** A value cell: a text as written, a number cell's value in this language's style ("91,2%"). */
  cell(shown: CellShown): string;
  /** Two digits at least, as reports write counts ("09"). */
  pad2(n: number): string;
  /** A sheet's text shortened to `max` characters (default 80), an ellipsis marking the cut. */
  clip(text: string, max?: number): string;
  /** The items joined by `separator`: `list(["a", "b"], " và ")` → "a và b". */
  list(items: readonly string[], separator: string): string;
  /** A number and its noun: en `count(1, "sheet", "sheets")` → "1 sheet"; vi nouns do not inflect. */
  count(n: number, one: string, many?: string): string;
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

export function formatFor(lang: Lang): Format {
  return {
    lang,
    num: (n, decimals) => formatNumber(n, lang, decimals),
    cell: (shown) =>
      typeof shown === "string" ? shown : formatNumber(shown.number, lang) + (shown.percent ? "%" : ""),
    pad2: (n) => (n < 10 ? `0${n}` : String(n)),
    clip,
    list: (items, separator) => items.join(separator),
    count: (n, one, many = one) => `${formatNumber(n, lang)} ${n === 1 ? one : many}`,
  };
}
