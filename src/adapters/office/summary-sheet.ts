/**
 * The summary and findings sheets in the open workbook: the same layouts the annotated copy
 * gets (src/app), rendered with a native chart of the counts per group. A new run replaces
 * the sheets an earlier run wrote and never a user's sheet: when the user has a "Tổng hợp" of
 * their own, ours is "Tổng hợp (2)".
 */
import { findingsLayout } from "../../app/findings-layout";
import { freeSheetName, markedTitle } from "../../app/own-sheets";
import { STATUS_ROW, summaryLayout } from "../../app/summary-layout";
import { cellAddress } from "../../engine/grid";
import type { Lang, SheetReport } from "../../engine/types";
import { t } from "../../i18n";
import { renderLayout } from "./layout";
import { sheetNames } from "./own-sheets";
import { SYNC_BUDGET_BYTES } from "./payload";

/** Row 3 of the summary sheet is kept for messages of the ribbon commands. */
export const STATUS_CELL = cellAddress(STATUS_ROW, 0);

/** A summary sheet's name in either language, possibly numbered ("Tổng hợp (2)"). */
function isSummaryName(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "").toLocaleLowerCase();
  return (["vi", "en"] as const).some((lang) => t(lang, "summary-sheet/name").toLocaleLowerCase() === base);
}

/**
 * Writes the summary sheet (counts per group and in total, computed beside reported, the
 * report sentence, the missed indicators, a chart) and the findings sheet (one finding a row,
 * linked to its cell) of `report`, replacing those of an earlier run. Returns the summary
 * sheet's name.
 */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  report: SheetReport,
  lang: Lang,
  budget = SYNC_BUDGET_BYTES,
): Promise<string> {
  const names = await sheetNames(context);
  for (const name of names.own) context.workbook.worksheets.getItem(name).delete();
  const taken = names.all.filter((n) => !names.own.includes(n));
  const written: Array<{ name: string; sheet: Excel.Worksheet }> = [];
  for (const layout of [summaryLayout([report], lang), findingsLayout([report], lang)]) {
    const name = freeSheetName(taken, layout.name);
    taken.push(name);
    const sheet = context.workbook.worksheets.add(name);
    written.push({ name, sheet });
    await renderLayout(context, sheet, layout, budget);
  }
  written[0].sheet.activate();
  await context.sync();
  return written[0].name;
}

/**
 * Puts a message where the user sees it after a ribbon command: the status row of our summary
 * sheet (created, marked as ours, when there is none), activated and selected. Errors are
 * written in red. A user's sheet of the same name is never written into.
 */
export async function writeStatusMessage(
  context: Excel.RequestContext,
  message: string,
  isError: boolean,
  lang: Lang = "vi",
): Promise<void> {
  const names = await sheetNames(context);
  const ours = names.own.find(isSummaryName);
  let sheet: Excel.Worksheet;
  if (ours !== undefined) sheet = context.workbook.worksheets.getItem(ours);
  else {
    sheet = context.workbook.worksheets.add(freeSheetName(names.all, t(lang, "summary-sheet/name")));
    const title = sheet.getRange("A1");
    title.numberFormat = [["@"]];
    title.values = [[markedTitle(t(lang, "summary-sheet/title"))]];
    title.format.font.bold = true;
    title.format.font.size = 14;
  }
  const cell = sheet.getRange(STATUS_CELL);
  cell.numberFormat = [["@"]];
  cell.values = [[message]];
  cell.format.font.color = isError ? "#C00000" : "#1F4E79";
  cell.format.font.bold = true;
  sheet.activate();
  cell.select();
  await context.sync();
}

/** The sheets the check wrote (the commands and the pane leave them out of the sheets to check). */
export async function ownSheetNames(context: Excel.RequestContext): Promise<string[]> {
  return (await sheetNames(context)).own;
}
