/** A target cell holding several sub-targets ("Duy trì 06; phấn đấu thêm 01 trường"). */
import { isDigitChar, normalizeSpaces } from "../numbers";

/**
 * Split a cell into sub-targets at ";", line breaks, and commas that are not decimal or
 * group marks (a comma followed by a space or a letter).
 */
export function splitPieces(raw: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k];
    const next = raw[k + 1];
    const isBreak =
      ch === ";" ||
      ch === "\n" ||
      ch === "\r" ||
      (ch === "," && !(isDigitChar(raw[k - 1]) && isDigitChar(next)));
    if (isBreak) {
      pieces.push(raw.slice(start, k));
      start = k + 1;
    }
  }
  pieces.push(raw.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => normalizeSpaces(p) !== "");
}

export function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (isDigitChar(text[k])) return true;
  return false;
}
