/**
 * The numbered target list of a document: its start ("2.2. Chỉ tiêu cụ thể", "Các chỉ tiêu chủ
 * yếu"), its groups, its items "(n)" with their continuation paragraphs, and where it ends (a
 * heading as high as the list's own). A report's look back ("Kết quả thực hiện các chỉ tiêu") is
 * no target list, nor are the tasks and breakthroughs that follow the targets.
 */
import { readAssignment } from "./assignment";
import { foldAligned } from "./folded";
import type { ResolutionParagraph } from "./types";

export interface ListItem {
  group: string;
  code: string;
  paragraph: number;
  text: string;
  lead?: string;
  partners?: string[];
}

const ITEM = /^\((\d{1,3})\)$/;
const BULLET = /^[-–+•*]$/;
const ROMAN = /^[IVXLC]+[.\-)]?$/;
const CAPITAL = /^[A-Z][.)]$/;
const DECIMAL = /^\d{1,2}(\.\d{1,2})*\.?-?$/;
const LETTER = /^[a-zđ][).]$/;

/** How high a heading stands: smaller is higher; null for an item, a bullet or no label. */
function headingDepth(label: string | undefined): number | null {
  if (!label || ITEM.test(label) || BULLET.test(label)) return null;
  if (ROMAN.test(label)) return 0;
  if (CAPITAL.test(label)) return -1;
  if (DECIMAL.test(label)) return label.split(".").filter((s) => /\d/.test(s)).length;
  if (LETTER.test(label)) return 10;
  return null;
}

/** "2.2. Các chỉ tiêu chủ yếu …", "2. Chỉ tiêu cụ thể", "V. Thực hiện các chỉ tiêu chủ yếu". */
export function isListHeading(text: string): boolean {
  const folded = foldAligned(text);
  if (text.length > 160 || !folded.includes("chi tieu")) return false;
  if (!/chi tieu (chu yeu|cu the)/.test(folded)) return false;
  return !/ket qua|dot pha|muc dich/.test(folded);
}

/** A group heading met without a label: short, no figure, not a sentence. */
function isBareGroupHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 90 && !/\d/.test(t) && !/[.:;]$/.test(t);
}

/** The heading as written, count included ("… (05 chỉ tiêu)"); its label is not kept: a table numbers its groups itself. */
function groupName(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

interface State {
  depth: number;
  group: string;
  lead?: string;
  partners?: string[];
  /** A "(n)" item has been met under the current assignment or group. */
  numbered: boolean;
  current?: ListItem;
}

/** The items of every target list in the document, in order. */
export function listItems(paragraphs: readonly ResolutionParagraph[]): ListItem[] {
  const items: ListItem[] = [];
  let state: State | null = null;
  const open = (p: ResolutionParagraph, code: string, text: string, s: State): ListItem => {
    const item: ListItem = { group: s.group, code, paragraph: p.index, text };
    if (s.lead !== undefined) item.lead = s.lead;
    if (s.partners !== undefined) item.partners = [...s.partners];
    items.push(item);
    return item;
  };
  for (const p of paragraphs) {
    const label = p.numbering?.trim();
    const depth = headingDepth(label);
    if (isListHeading(p.text) && (depth !== null || !label)) {
      state = { depth: depth ?? 99, group: "", numbered: false };
      continue;
    }
    if (!state) continue;
    const item = label ? ITEM.exec(label) : null;
    if (item) {
      state.numbered = true;
      state.current = open(p, item[1], p.text, state);
      continue;
    }
    if (depth !== null && depth <= state.depth) {
      state = null;
      continue;
    }
    const assignment = readAssignment(p.text);
    if (assignment && (depth !== null || !label)) {
      state.lead = assignment.lead;
      state.partners = assignment.partners;
      state.numbered = false;
      // The target may follow "… các chỉ tiêu sau:" in the same paragraph; it stands alone.
      if (/\d/.test(assignment.rest)) open(p, "", assignment.rest, state);
      state.current = undefined;
      continue;
    }
    if (depth !== null || (!label && isBareGroupHeading(p.text))) {
      state.group = groupName(p.text);
      state.lead = undefined;
      state.partners = undefined;
      state.numbered = false;
      state.current = undefined;
      continue;
    }
    // An unnumbered paragraph: the current item goes on ("Trong đó:", "- …", a second sentence),
    // or, under a programme's assignment with no numbered item, it is a target of its own.
    if (state.current && state.numbered) {
      state.current.text += (BULLET.test(label ?? "") ? "; " : " ") + p.text;
    } else if (state.lead !== undefined) {
      open(p, "", p.text, state);
    }
  }
  return items;
}
