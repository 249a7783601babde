/**
 * The adapter's four operations on a big sheet, through the real Office.js request builder
 * (office-js-harness.ts), on each requirement-set path. Shared by the adapter's tests and by
 * `npm run bench`, which prints what they measure.
 */
import { applyFlagsToSheet, clearFlagsByName } from "../../src/adapters/office/flags";
import { readSheetGrid } from "../../src/adapters/office/read";
import { detectFeatures } from "../../src/adapters/office/requirements";
import { writeSummarySheet } from "../../src/adapters/office/summary-sheet";
import type { Finding, SheetReport } from "../../src/engine/types";
import { PERCENT_88_2, finding, reportWith } from "../adapters/office/report-fixtures";
import { FakeExcel, FakeWorkbookState, addTargetTable } from "./fake-excel";
import { OfficeJsExcel } from "./office-js-harness";

/** The requirement-set paths: notes (1.18), comments (1.10), cell properties (1.9), plain (1.7). */
export const OFFICE_PATHS = ["1.18", "1.10", "1.9", "1.7"] as const;
export type OfficePath = (typeof OFFICE_PATHS)[number];

export type Operation = "read" | "flag" | "clear" | "summary";

export interface Measured {
  op: Operation;
  path: OfficePath;
  /** rows=, cells= or findings=: what the operation's size is counted in. */
  unit: "rows" | "cells" | "findings";
  size: number;
  requests: number;
  maxRequestBytes: number;
}

export const SHEET = "Biểu 01";

/** One finding on each of `count` cells: the rate column of rows 5, 6, … and then the next columns. */
export function manyFindings(count: number, rows: number): Finding[] {
  const columns = ["F", "E", "D", "G"];
  return Array.from({ length: count }, (_, i) => {
    const column = columns[Math.floor(i / rows) % columns.length];
    return finding(`${column}${5 + (i % rows)}`, i % 3 === 0 ? "warning" : "error", PERCENT_88_2);
  });
}

export function bigReport(findings: number, rows: number): SheetReport {
  return reportWith(manyFindings(findings, rows), SHEET);
}

/** A workbook with one results table of `rows` indicators, opened on the given path. */
export function bigWorkbook(rows: number, path: OfficePath): OfficeJsExcel {
  const state = new FakeWorkbookState();
  addTargetTable(state, SHEET, rows);
  return new OfficeJsExcel(new FakeExcel(state, path));
}

const unitOf = (op: Operation): Measured["unit"] =>
  op === "read" ? "rows" : op === "summary" ? "findings" : "cells";

function measured(excel: OfficeJsExcel, op: Operation, path: OfficePath, size: number): Measured {
  return {
    op,
    path,
    unit: unitOf(op),
    size,
    requests: excel.requests.length,
    maxRequestBytes: excel.maxRequestBytes,
  };
}

/** Reads a sheet of `rows` indicators. */
export async function measureRead(path: OfficePath, rows: number): Promise<Measured> {
  const excel = bigWorkbook(rows, path);
  const features = detectFeatures(excel.env());
  await excel.run((c) => readSheetGrid(c, features, SHEET));
  return measured(excel, "read", path, rows);
}

/**
 * Flags `cells` cells of a sheet of `rows` indicators, then clears them; each operation counted
 * on its own. `restored` tells whether the sheet came back exactly as it was.
 */
export async function measureFlagAndClear(
  path: OfficePath,
  cells: number,
  rows: number,
): Promise<{ flag: Measured; clear: Measured; restored: boolean; flagged: number }> {
  const excel = bigWorkbook(rows, path);
  const features = detectFeatures(excel.env());
  const before = JSON.stringify(excel.host.state.snapshot(SHEET));
  const result = await excel.run((c) => applyFlagsToSheet(c, features, SHEET, bigReport(cells, rows), "vi"));
  const flag = measured(excel, "flag", path, cells);
  excel.resetStats();
  await excel.run((c) => clearFlagsByName(c, features, SHEET));
  const clear = measured(excel, "clear", path, cells);
  const restored = JSON.stringify(excel.host.state.snapshot(SHEET)) === before;
  return { flag, clear, restored, flagged: result.flagged };
}

/** Writes the summary and findings sheets of a report with `findings` findings. */
export async function measureSummary(path: OfficePath, findings: number, rows: number): Promise<Measured> {
  const excel = bigWorkbook(rows, path);
  await excel.run((c) => writeSummarySheet(c, bigReport(findings, rows), "vi"));
  return measured(excel, "summary", path, findings);
}

export function benchLine(m: Measured): string {
  return (
    `adapter op=${m.op} ${m.unit}=${m.size} path=${m.path} requests=${m.requests} ` +
    `max_request_bytes=${m.maxRequestBytes} serializer=office-js`
  );
}
