/**
 * Amounts change unit between the text and the table ("31.500.000 đồng" against 31,5
 * "Tr. đồng"): the money scale of each unit, and the factor from the text's to the table's.
 */
import { moneyScale } from "../../text/money-scale";

/** × factor turns a figure in the text's unit into the table's unit. */
export function unitFactor(textUnit: string | undefined, tableUnit: string): number {
  const from = textUnit ? moneyScale(textUnit) : null;
  const to = moneyScale(tableUnit);
  return from !== null && to !== null ? from / to : 1;
}

/** Decimals written in a Vietnamese number ("1.480,5" → 1). */
export function writtenDecimals(text: string): number {
  const comma = text.replace(/%$/, "").lastIndexOf(",");
  return comma < 0 ? 0 : text.replace(/%$/, "").length - comma - 1;
}
