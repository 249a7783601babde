/** A name's folded words as strings: the slow, general reading (the fast ones work on word ids). */
import { foldFast } from "../../text/fast-fold";

/** Words of a folded name, punctuation dropped: "tỷ lệ (%)" → ["ty", "le"]. */
export function words(text: string): string[] {
  const f = foldFast(text);
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k < f.length; k++) {
    const code = f.charCodeAt(k);
    const isWordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (isWordChar) {
      if (start < 0) start = k;
    } else {
      if (start >= 0) out.push(f.slice(start, k));
      start = -1;
      if (code === 0x2f) out.push("/");
    }
  }
  if (start >= 0) out.push(f.slice(start));
  return out;
}

/** The words joined with a space before and after, so a phrase is found as " ho ngheo ". */
export function padded(list: string[]): string {
  return ` ${list.join(" ")} `;
}

export function hasPhrase(text: string, phrase: string): boolean {
  return text.includes(` ${phrase} `);
}
