import type { EvaluatedIndicator, SheetReport, Status } from "../../engine/types";
import { BYTES_RANGE_PROPERTY, BatchWriter, jsonBytes } from "./payload";

/** The label written for a computed status; tables are kept in Vietnamese whatever the UI language. */
export const STATUS_LABELS: Record<Exclude<Status, "unassessed">, string> = {
  exceeded: "Vượt",
  achieved: "Đạt",
  missed: "Không đạt",
};

interface Candidate {
  /** 0-based sheet row and column. */
  row: number;
  column: number;
  value: string | number;
  numberFormat?: string;
}

/** A % column holding fractions under a % number format (0.95 shown as 95%) gets fractions. */
function percentAsFraction(indicators: EvaluatedIndicator[]): boolean {
  const filled = indicators.filter((i) => i.reported.percentParsed.ok);
  const fractions = filled.filter((i) => {
    const p = i.reported.percentParsed;
    return p.ok && p.isPercent && !p.fromText;
  });
  return filled.length > 0 && fractions.length * 2 > filled.length;
}

/** What would be written: computed % and labels for the rows whose cells are empty in the report. */
export function fillCandidates(report: SheetReport): Candidate[] {
  const out: Candidate[] = [];
  for (const table of report.tables) {
    const { percent: percentColumn, status: statusColumn } = table.table.columns;
    const fraction = percentAsFraction(table.indicators);
    for (const ind of table.indicators) {
      if (ind.status === "unassessed") continue;
      const row = ind.row - 1;
      if (percentColumn !== undefined && ind.percent !== null && ind.reported.percentText.trim() === "") {
        const rounded = Math.round(ind.percent * 10) / 10;
        out.push(
          fraction
            ? { row, column: percentColumn, value: Math.round(ind.percent * 10) / 1000, numberFormat: "0.0%" }
            : { row, column: percentColumn, value: rounded },
        );
      }
      if (statusColumn !== undefined && ind.reported.statusText.trim() === "") {
        out.push({ row, column: statusColumn, value: STATUS_LABELS[ind.status] });
      }
    }
  }
  return out;
}

/** Vertical runs of consecutive rows in one column: each becomes one 2-D write. */
function runs(candidates: Candidate[]): Candidate[][] {
  const sorted = candidates.slice().sort((a, b) => a.column - b.column || a.row - b.row);
  const out: Candidate[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.column === c.column && prev.row + 1 === c.row) last.push(c);
    else out.push([c]);
  }
  return out;
}

/**
 * Writes the computed % and status labels into the cells that are still empty, and nowhere
 * else: each target cell is read again first, so a value typed since the check is never
 * overwritten. The caller must have asked the user. Returns the number of cells written.
 */
export async function fillEmptyCells(
  context: Excel.RequestContext,
  sheetName: string,
  report: SheetReport,
): Promise<number> {
  const candidates = fillCandidates(report);
  if (candidates.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const checks = runs(candidates).map((run) => {
    const range = sheet.getRangeByIndexes(run[0].row, run[0].column, run.length, 1);
    range.load(["values", "valueTypes"]);
    return { run, range };
  });
  await context.sync();

  const writable: Candidate[] = [];
  for (const { run, range } of checks) {
    run.forEach((c, i) => {
      const type = (range.valueTypes as string[][])[i][0];
      const value = range.values[i][0];
      if (type === "Empty" || value === "" || value === null) writable.push(c);
    });
  }
  const writer = new BatchWriter(context);
  for (const run of runs(writable)) {
    const values = run.map((c) => [c.value]);
    const formats = run.map((c) => [c.numberFormat ?? (typeof c.value === "number" ? "0.0" : "@")]);
    await writer.add(jsonBytes(values) + jsonBytes(formats) + 2 * BYTES_RANGE_PROPERTY, () => {
      const range = sheet.getRangeByIndexes(run[0].row, run[0].column, run.length, 1);
      range.numberFormat = formats;
      range.values = values;
    });
  }
  await writer.flush();
  return writable.length;
}
