/** Entry of the resolution stage: paragraphs in, one record per target out. */
import { inferPolarity } from "../parse/polarity";
import { clausesOf } from "./clauses";
import { nameOf, readClause } from "./clause-target";
import { foldAligned } from "./folded";
import { listItems, type ListItem } from "./sections";
import { timeframeOf } from "./timeframe";
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
  // "Hằng năm, …; …": a time frame opening the item holds for the clauses that name none.
  const opening = clauses.length > 0 ? timeframeOf(foldAligned(clauses[0])) : "";
  // "Sản lượng … đến năm 2030: Cây lương thực …": the words before the colon name the figures after it.
  let context = "";
  for (const clause of clauses) {
    const colon = clause.indexOf(":");
    let body = clause;
    if (colon > 0 && !/\d/.test(clause.slice(0, colon).replace(/\b(19|20)\d\d\b/g, ""))) {
      context = clause.slice(0, colon);
      body = clause.slice(colon + 1);
    }
    const read = readClause(body);
    if (!read) continue;
    const name = read.name || contextName(context) || read.target.text;
    const timeframe = timeframeOf(foldAligned(clause)) || timeframeOf(foldAligned(context)) || opening;
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

function contextName(context: string): string {
  return nameOf(context);
}
