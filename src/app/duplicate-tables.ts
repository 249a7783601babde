/**
 * A report often carries the workbook's tables again as Word tables. A Word table whose parsed
 * indicators (TT, name, target, actual) are those of a workbook sheet is that sheet: claims are
 * tied to the sheet alone (`--out` can mark it), so a claim is neither ambiguous between the two
 * copies nor reported twice.
 */
import { fold } from "../engine/index";
import type { EvaluatedIndicator, SheetReport } from "../engine/types";

function indicatorKey(indicator: EvaluatedIndicator): string {
  const { target, actual } = indicator;
  return JSON.stringify([
    indicator.code.replace(/[().\s]+$/g, "").replace(/^0+(?=\d)/, ""),
    fold(indicator.name).replace(/\s+/g, " ").trim(),
    target.kind,
    target.value ?? null,
    target.min ?? null,
    target.max ?? null,
    target.numerator ?? null,
    actual.value ?? fold(actual.text).replace(/\s+/g, " ").trim(),
  ]);
}

/** The sheet's indicators, table by table; null when it has none (nothing to tell it by). */
function indicatorsKey(report: SheetReport): string | null {
  const tables = report.tables.map((t) => t.indicators.map(indicatorKey));
  return tables.some((t) => t.length > 0) ? JSON.stringify(tables) : null;
}

/** True when both sheets hold the same indicators with the same targets and actuals. */
export function sameIndicators(a: SheetReport, b: SheetReport): boolean {
  const key = indicatorsKey(a);
  return key !== null && key === indicatorsKey(b);
}

/** The index in `sheets` of the one whose indicators are the Word table's, or -1. */
export function duplicateOf(wordTable: SheetReport, sheets: readonly SheetReport[]): number {
  return sheets.findIndex((sheet) => sameIndicators(wordTable, sheet));
}
