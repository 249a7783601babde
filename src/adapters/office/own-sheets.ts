/**
 * Finding the sheets the check wrote in the open workbook, by the rule of src/app/own-sheets:
 * one of our names and the mark in A1. Two syncs: the names, then A1 of the candidates.
 */
import { isOwnSheet, isOwnSheetName } from "../../app/own-sheets";

export interface SheetNames {
  /** Every sheet's name, in tab order. */
  all: string[];
  /** The sheets the check wrote. */
  own: string[];
}

export async function sheetNames(context: Excel.RequestContext): Promise<SheetNames> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const candidates = sheets.items
    .filter((s) => isOwnSheetName(s.name))
    .map((s) => ({ name: s.name, first: s.getRange("A1").load("values") }));
  if (candidates.length > 0) await context.sync();
  const own = candidates.filter((c) => isOwnSheet(c.name, c.first.values[0][0])).map((c) => c.name);
  return { all, own };
}
