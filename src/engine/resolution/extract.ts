/** Entry of the resolution stage: paragraphs in, one record per target out. */
import { inferPolarity } from "../parse/polarity";
import { clausesOf } from "./clauses";
import { nameOf, readClause } from "./clause-target";
import { foldAligned } from "./folded";
import { listItems, type ListItem } from "./sections";
import { timeframeCues, timeframeOf } from "./timeframe";
import type { ExtractedTarget, ResolutionParagraph } from "./types";

/**
 * The targets of a resolution, a report's "Các chỉ tiêu chủ yếu" or an action programme. A
 * programme restates the resolution's list and then assigns each target to a lead agency:
 * when a document has assigned items, those are its targets (the restatement would be counted
 * twice).
 */
export function extractTargets(paragraphs: readonly ResolutionParagraph[]): ExtractedTarget[] {
  const items = listItems(paragraphs);
  const assigned = items.filter((item) => item.lead !== undefined);
  const chosen = assigned.length > 0 ? assigned : items;
  return chosen.flatMap((item, k) => targetsOfItem(item, k + 1));
}

function targetsOfItem(item: ListItem, position: number): ExtractedTarget[] {
  const out: ExtractedTarget[] = [];
  const clauses = clausesOf(item.text.replace(/đạt:\s*/giu, "đạt "));
  const opening = openingTimeframe(item.text);
  // "Sản lượng … đến năm 2030: Cây lương thực …": the words before the colon name the figures after it.
  let context = "";
  // "Đến năm 2030, 100% …; 30/30 bản …": a date holds for the rest of its sentence.
  let dated = { label: "", sentence: -1 };
  for (const { text: clause, sentence } of clauses) {
    const colon = clause.indexOf(":");
    let body = clause;
    if (colon > 0 && !/\d/.test(clause.slice(0, colon).replace(/\b(19|20)\d\d\b/g, ""))) {
      context = clause.slice(0, colon);
      body = clause.slice(colon + 1);
    }
    const read = readClause(body);
    if (!read) continue;
    const name = read.name || contextName(context) || read.target.text;
    const own = timeframeOf(foldAligned(clause));
    const date = own.split(", ").find((label) => label.startsWith("Đến năm"));
    if (date) dated = { label: date, sentence };
    const carried = dated.sentence === sentence ? dated.label : "";
    const timeframe = own || timeframeOf(foldAligned(context)) || opening || carried;
    const record: ExtractedTarget = {
      group: item.group,
      code: item.code,
      item: position,
      part: out.length,
      text: clause.trim(),
      name,
      unit: read.unit,
      timeframe,
      target: read.target,
      polarity: inferPolarity(name, read.target, read.unit),
      paragraph: item.paragraph,
    };
    if (item.lead !== undefined) record.lead = item.lead;
    if (item.partners !== undefined) record.partners = [...item.partners];
    out.push(record);
  }
  return out;
}

/**
 * "Hằng năm, …; …": a time frame opening the item before a comma holds for every clause that
 * names none; "Mỗi năm trồng rừng …; duy trì …" scopes its own clause only.
 */
function openingTimeframe(text: string): string {
  const folded = foldAligned(text);
  const lead = /^\s*(phan dau\s+)?/.exec(folded)?.[0].length ?? 0;
  const cue = timeframeCues(folded).find((c) => c.start === lead);
  return cue && /^\s*,/.test(folded.slice(cue.end)) ? cue.label : "";
}

function contextName(context: string): string {
  return nameOf(context);
}
