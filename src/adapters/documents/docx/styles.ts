/**
 * Paragraph styles (word/styles.xml): the heading level and the list numbering a style gives
 * its paragraphs, following w:basedOn (bounded, so a cycle cannot loop).
 */
import { childElements, childVal, firstChild, type XmlElement } from "../xml";

export interface StyleNumbering {
  numId: string;
  ilvl: number;
}

interface StyleEntry {
  basedOn?: string;
  outlineLevel?: number;
  headingByName?: number;
  numbering?: { numId?: string; ilvl?: number };
}

const MAX_BASED_ON = 16;

function headingFromName(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const m = /^heading\s?([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

export function outlineLevelOf(pPr: XmlElement | undefined): number | undefined {
  const v = childVal(pPr, "w:outlineLvl");
  if (v === undefined) return undefined;
  const n = Number(v);
  // Level 9 is "body text".
  return Number.isInteger(n) && n >= 0 && n < 9 ? n + 1 : undefined;
}

export function numPrOf(pPr: XmlElement | undefined): { numId?: string; ilvl?: number } | undefined {
  const numPr = firstChild(pPr, "w:numPr");
  if (!numPr) return undefined;
  const ilvl = childVal(numPr, "w:ilvl");
  return { numId: childVal(numPr, "w:numId"), ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

export class Styles {
  private readonly entries = new Map<string, StyleEntry>();
  /** Numbering styles (list styles): style id → the w:numId their definition lives in. */
  readonly listStyles = new Map<string, string>();

  constructor(root: XmlElement | null) {
    const styles = root ? firstChild(root, "w:styles") : undefined;
    if (!styles) return;
    for (const style of childElements(styles, "w:style")) {
      const type = style.attrs["w:type"];
      const id = style.attrs["w:styleId"];
      if (id === undefined) continue;
      const pPr = firstChild(style, "w:pPr");
      if (type === "numbering") {
        const numId = numPrOf(pPr)?.numId;
        if (numId !== undefined) this.listStyles.set(id, numId);
        continue;
      }
      if (type !== "paragraph") continue;
      this.entries.set(id, {
        basedOn: childVal(style, "w:basedOn"),
        outlineLevel: outlineLevelOf(pPr),
        headingByName: headingFromName(childVal(style, "w:name")) ?? headingFromName(id),
        numbering: numPrOf(pPr),
      });
    }
  }

  private chain(styleId: string | undefined): StyleEntry[] {
    const out: StyleEntry[] = [];
    let id = styleId;
    while (id !== undefined && out.length < MAX_BASED_ON) {
      const entry = this.entries.get(id);
      if (!entry) break;
      out.push(entry);
      id = entry.basedOn;
    }
    return out;
  }

  headingLevel(styleId: string | undefined): number | undefined {
    for (const e of this.chain(styleId)) {
      if (e.outlineLevel !== undefined) return e.outlineLevel;
      if (e.headingByName !== undefined) return e.headingByName;
    }
    // A style id such as "Heading2" without a styles part.
    return this.entries.size === 0 ? headingFromName(styleId) : undefined;
  }

  numbering(styleId: string | undefined): StyleNumbering | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const e of this.chain(styleId)) {
      if (numId === undefined && e.numbering?.numId !== undefined) numId = e.numbering.numId;
      if (ilvl === undefined && e.numbering?.ilvl !== undefined) ilvl = e.numbering.ilvl;
    }
    return numId === undefined ? undefined : { numId, ilvl: ilvl ?? 0 };
  }
}
