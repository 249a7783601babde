/**
 * A large report crosses from the worker to the page in parts. One structured-clone message
 * with 50,000 indicators takes the page's main thread a third of a second to receive; the
 * same data in parts of a few thousand items is received in many short tasks, and the page
 * answers in between.
 */
import type { EvaluatedIndicator, Finding, SheetReport } from "../engine/types";

/** Items per part: small enough that receiving one stays far below a long task. */
export const ITEMS_PER_PART = 2_500;

export type ReportPart =
  | { table: number; key: "indicators"; items: EvaluatedIndicator[] }
  | { table: number; key: "findings"; items: Finding[] };

/** The report without its long lists (`head`) and the lists cut into parts, in order. */
export function splitReport(
  report: SheetReport,
  itemsPerPart = ITEMS_PER_PART,
): { head: SheetReport; parts: ReportPart[] } {
  const parts: ReportPart[] = [];
  const tables = report.tables.map((table, index) => {
    for (let k = 0; k < table.indicators.length; k += itemsPerPart) {
      parts.push({ table: index, key: "indicators", items: table.indicators.slice(k, k + itemsPerPart) });
    }
    for (let k = 0; k < table.findings.length; k += itemsPerPart) {
      parts.push({ table: index, key: "findings", items: table.findings.slice(k, k + itemsPerPart) });
    }
    return { ...table, indicators: [], findings: [] };
  });
  return { head: { ...report, tables }, parts };
}

/** Puts parts back into the head they were cut from, in the order they came. */
export function joinReport(head: SheetReport, parts: readonly ReportPart[]): SheetReport {
  const tables = head.tables.map((table) => ({
    ...table,
    indicators: [] as EvaluatedIndicator[],
    findings: [] as Finding[],
  }));
  for (const part of parts) {
    const table = tables[part.table];
    if (!table) continue;
    if (part.key === "indicators") for (const item of part.items) table.indicators.push(item);
    else for (const item of part.items) table.findings.push(item);
  }
  return { ...head, tables };
}
