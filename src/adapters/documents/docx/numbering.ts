/**
 * Word's automatic list numbering (word/numbering.xml): the label Word renders for a paragraph
 * with `w:numPr`, e.g. "(1)", "2.1.", "a)", "IV.". Counters are kept per abstract list, as Word
 * does when several w:num share one w:abstractNum; a w:startOverride restarts its level the first
 * time its w:num is used.
 */
import { childElements, childVal, firstChild, type XmlElement } from "../xml";

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level shown as decimal. */
  legal: boolean;
}

interface ListDefinition {
  abstractId: string;
  levels: Map<number, Level>;
  startOverrides: Map<number, number>;
}

const MAX_LEVELS = 9;

function readLevel(el: XmlElement): Level {
  const start = Number(childVal(el, "w:start") ?? "1");
  return {
    start: Number.isFinite(start) ? start : 1,
    format: childVal(el, "w:numFmt") ?? "decimal",
    text: childVal(el, "w:lvlText") ?? "",
    legal: firstChild(el, "w:isLgl") !== undefined && childVal(el, "w:isLgl") !== "0",
  };
}

function levelsOf(el: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(el, "w:lvl")) {
    const ilvl = Number(lvl.attrs["w:ilvl"]);
    if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl < MAX_LEVELS) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

/**
 * `listStyles`: numbering style id → w:numId. An abstract list that only names a list style
 * (w:numStyleLink) takes its levels from the abstract list behind that style's w:num.
 */
export function parseNumbering(
  root: XmlElement | null,
  listStyles: ReadonlyMap<string, string> = new Map(),
): Map<string, ListDefinition> {
  const lists = new Map<string, ListDefinition>();
  const numbering = root ? firstChild(root, "w:numbering") : undefined;
  if (!numbering) return lists;
  const abstracts = new Map<string, Map<number, Level>>();
  const styleLinks = new Map<string, string>();
  for (const a of childElements(numbering, "w:abstractNum")) {
    const id = a.attrs["w:abstractNumId"];
    if (id === undefined) continue;
    abstracts.set(id, levelsOf(a));
    const link = childVal(a, "w:numStyleLink");
    if (link !== undefined) styleLinks.set(id, link);
  }
  const abstractOfNum = new Map<string, string>();
  for (const num of childElements(numbering, "w:num")) {
    const numId = num.attrs["w:numId"];
    const abstractId = childVal(num, "w:abstractNumId");
    if (numId !== undefined && abstractId !== undefined) abstractOfNum.set(numId, abstractId);
  }
  // Follow style links a few steps at most (a link to a link is legal; a cycle is not).
  const definingAbstract = (abstractId: string): string => {
    let id = abstractId;
    for (let step = 0; step < 4; step++) {
      const style = styleLinks.get(id);
      const numId = style === undefined ? undefined : listStyles.get(style);
      const next = numId === undefined ? undefined : abstractOfNum.get(numId);
      if (next === undefined || next === id) break;
      id = next;
    }
    return id;
  };
  for (const num of childElements(numbering, "w:num")) {
    const numId = num.attrs["w:numId"];
    const linked = childVal(num, "w:abstractNumId");
    if (numId === undefined || linked === undefined) continue;
    const abstractId = definingAbstract(linked);
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const startOverrides = new Map<number, number>();
    for (const o of childElements(num, "w:lvlOverride")) {
      const ilvl = Number(o.attrs["w:ilvl"]);
      if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl >= MAX_LEVELS) continue;
      const start = childVal(o, "w:startOverride");
      if (start !== undefined && Number.isFinite(Number(start))) startOverrides.set(ilvl, Number(start));
      const redefined = firstChild(o, "w:lvl");
      if (redefined) levels.set(ilvl, readLevel(redefined));
    }
    lists.set(numId, { abstractId, levels, startOverrides });
  }
  return lists;
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let s = "";
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      s += letters;
      rest -= value;
    }
  }
  return s;
}

/** Word's letters: a … z, then aa … zz, aaa … */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatCounter(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** A bullet's label: its own character when it is plain text, otherwise "•" (Symbol-font glyphs). */
function bulletLabel(text: string): string {
  if (text === "-" || text === "+" || text === "–" || text === "•" || text === "*") return text;
  return "•";
}

/** Numbers paragraphs in document order. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly overridden = new Set<string>();

  constructor(private readonly lists: ReadonlyMap<string, ListDefinition>) {}

  /** The label of the next paragraph of list `numId` at level `ilvl`, or null when none shows. */
  next(numId: string, ilvl: number): string | null {
    if (numId === "0") return null;
    const list = this.lists.get(numId);
    if (!list) return null;
    const level = Math.min(Math.max(0, ilvl), MAX_LEVELS - 1);
    const def = list.levels.get(level);
    if (!def) return null;
    let counts = this.counters.get(list.abstractId);
    if (!counts) {
      counts = new Array<number>(MAX_LEVELS).fill(0);
      this.counters.set(list.abstractId, counts);
    }
    const override = list.startOverrides.get(level);
    const overrideKey = `${numId}:${level}`;
    if (override !== undefined && !this.overridden.has(overrideKey)) {
      this.overridden.add(overrideKey);
      counts[level] = override - 1;
    }
    counts[level] = counts[level] === 0 ? def.start : counts[level] + 1;
    for (let deeper = level + 1; deeper < MAX_LEVELS; deeper++) counts[deeper] = 0;
    if (def.format === "bullet") return bulletLabel(def.text);
    return this.render(def.text, list, counts, def.legal);
  }

  private render(text: string, list: ListDefinition, counts: number[], legal: boolean): string {
    let out = "";
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      const digit = text.charCodeAt(k + 1) - 49;
      if (c === "%" && digit >= 0 && digit < MAX_LEVELS) {
        const def = list.levels.get(digit);
        const n = counts[digit] === 0 ? (def?.start ?? 1) : counts[digit];
        out += formatCounter(n, legal ? "decimal" : (def?.format ?? "decimal"));
        k++;
      } else out += c;
    }
    return out;
  }
}
