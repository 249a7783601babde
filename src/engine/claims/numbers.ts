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

/** The digits a footnote suspect may have glued on: shown as candidates, first the cut one. */
export function withoutFootnote(
  text: string,
  suspects: ReadonlyArray<{ start: number; end: number }>,
): string {
  let out = text;
  // Right to left so earlier offsets stay valid.
  for (const s of [...suspects].sort((a, b) => b.start - a.start)) {
    if (s.start <= 0 || s.end > out.length || s.end <= s.start) continue;
    out = `${out.slice(0, s.start)}#${out.slice(s.start, s.end)}${out.slice(s.end)}`;
  }
  // Digits straight after a percent sign are a footnote mark: a number never continues there.
  return out.replace(/%(\d{1,3})(?!\d)/g, "%#$1");
}
