/** Folding that keeps every character in place, so a match in the folded text slices the original. */
import { fold } from "../text/fold";
import { foldChar, isTabledChar } from "../text/fast-fold";

/** Lower case without diacritics, one UTF-16 unit for one ("Đạt" → "dat"); anything else → " ". */
export function foldAligned(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i].toLowerCase();
      continue;
    }
    const folded = isTabledChar(code) ? foldChar(code) : fold(text[i]);
    out += folded.length === 1 ? folded : " ";
  }
  return out;
}
