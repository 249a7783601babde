/**
 * The target table made from a resolution, written into a new sheet of the open workbook:
 * "Biểu chỉ tiêu", or "Biểu chỉ tiêu (2)" … when a sheet (shown or hidden) has that name, so
 * no sheet of the user's is ever written over. The new sheet is activated for checking.
 */
import { freeSheetName } from "../../app/own-sheets";
import { targetSheetWords, targetTableLayout } from "../../app/target-table";
import type { TargetTableRow } from "../../app/target-table-layout";
import type { Lang } from "../../engine/types";
import { renderLayout } from "./layout";
import { SYNC_BUDGET_BYTES } from "./payload";

/** Adds the sheet, writes `rows` in batches under `budget`, and returns the sheet's name. */
export async function writeTargetTable(
  context: Excel.RequestContext,
  rows: readonly TargetTableRow[],
  lang: Lang,
  budget = SYNC_BUDGET_BYTES,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const words = targetSheetWords(lang);
  const name = freeSheetName(
    sheets.items.map((s) => s.name),
    words.name,
  );
  const sheet = sheets.add(name);
  await renderLayout(context, sheet, targetTableLayout(rows, name, words.title), budget);
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
  return name;
}
