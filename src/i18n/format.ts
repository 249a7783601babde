/** How a catalog writes numbers and nested messages in its language. */
import { formatNumber } from "../engine/parse/numbers";
import type { Lang } from "../engine/types";

export interface Format {
  readonly lang: Lang;
  /** vi "12.904" / "91,2"; en "12,904" / "91.2"; at most `decimals` decimals (default: all). */
  num(n: number, decimals?: number): string;
  /** Two digits at least, as reports write counts ("09"). */
  pad2(n: number): string;
}

export function formatFor(lang: Lang): Format {
  return {
    lang,
    num: (n, decimals) => formatNumber(n, lang, decimals),
    pad2: (n) => (n < 10 ? `0${n}` : String(n)),
  };
}
