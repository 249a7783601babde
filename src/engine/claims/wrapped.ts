/**
 * Paragraphs a hard-wrapped text split in the middle of a sentence, joined again: a paragraph
 * that does not end a sentence, followed (footnote bodies aside) by one without numbering or
 * heading that starts in lower case or with a digit, is one claim's text. The first keeps its
 * index and numbering; footnote marks keep their offsets in the joined text.
 */
import type { NarrativeParagraph } from "./types";

const ENDS_SENTENCE = /[.;:!?)]\s*$/;
const CONTINUES = /^\s*[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ0-9%(,]/u;

function continues(previous: NarrativeParagraph, next: NarrativeParagraph): boolean {
  return (
    !ENDS_SENTENCE.test(previous.text) &&
    next.numbering === undefined &&
    next.headingLevel === undefined &&
    CONTINUES.test(next.text)
  );
}

export function joinWrapped(paragraphs: readonly NarrativeParagraph[]): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  let open: NarrativeParagraph | null = null;
  let openAt = -1;
  for (const p of paragraphs) {
    if (p.footnote) {
      out.push(p);
      continue;
    }
    if (open && continues(open, p)) {
      const shift = open.text.length + 1;
      const suspects = [
        ...(open.footnoteSuspects ?? []),
        ...(p.footnoteSuspects ?? []).map((s) => ({ start: s.start + shift, end: s.end + shift })),
      ];
      const joined: NarrativeParagraph = { ...open, text: `${open.text} ${p.text}` };
      if (suspects.length > 0) joined.footnoteSuspects = suspects;
      out[openAt] = joined;
      open = joined;
      continue;
    }
    openAt = out.push(p) - 1;
    open = p;
  }
  return out;
}
