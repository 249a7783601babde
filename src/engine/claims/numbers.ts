/**
 * Numbers of a report's text, read by the engine's number parser in the Vietnamese
 * convention ("8.200", "1.480,5", "109,3"). Footnote marks glued to a number ("100%35",
 * "1.20021 ha") are cut off where the document reader flagged them, and always after "%".
 */
import { parseNumberText } from "../parse/numbers";

/** A number as written: digits with "." and "," between groups, bounded. */
export const NUMBER = "\\d{1,15}(?:[.,]\\d{1,15}){0,5}";

export function readNumber(text: string): number | null {
  const parsed = parseNumberText(text, "vi");
  return parsed.ok ? parsed.value : null;
}

/**
 * The text with "#" before each footnote suspect's digits, so no number reads through them:
 * "đạt 95%35" → "đạt 95%#35". One pass; suspects out of order or out of range are ignored.
 */
export function withoutFootnote(
  text: string,
  suspects: ReadonlyArray<{ start: number; end: number }>,
): string {
  const pieces: string[] = [];
  let at = 0;
  for (const s of [...suspects].sort((a, b) => a.start - b.start)) {
    if (s.start <= at || s.end > text.length || s.end <= s.start) continue;
    pieces.push(text.slice(at, s.start), "#");
    at = s.start;
  }
  pieces.push(text.slice(at));
  // Digits straight after a percent sign are a footnote mark: a number never continues there.
  return pieces.join("").replace(/%(\d{1,3})(?!\d)/g, "%#$1");
}
