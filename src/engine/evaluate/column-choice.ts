/**
 * Two target columns that the headers could not tell apart ("Chỉ tiêu NQ" beside "KH năm"
 * under a plain "Tỷ lệ (%)"): the one whose numbers reproduce the table's own percents and
 * labels is the one the table was computed against. A tie keeps the leftmost.
 */
import { readTableRows } from "../detect";
import { columnLetter, type Grid } from "../grid";
import { message, type ColumnRef } from "../messages";
import type { ColumnChoice, DetectedTable, EvaluatedIndicator, NumberConvention, TableRow } from "../types";
import { evaluateRow } from "./evaluate";
import { percentMatches, reportedPercentValues } from "./percent";

/** How many of the rows' reported percents and labels follow from the numbers. */
function agreement(indicators: readonly EvaluatedIndicator[]): { matched: number; compared: number } {
  let matched = 0;
  let compared = 0;
  for (const ind of indicators) {
    const percents = reportedPercentValues(ind);
    if (percents.length > 0 && ind.percent !== null) {
      compared++;
      const computed = ind.percent;
      if (percents.some((p) => percentMatches(p, computed))) matched++;
    }
    if (ind.reported.status && ind.status !== "unassessed") {
      compared++;
      if (ind.reported.status.status === ind.status) matched++;
    }
  }
  return { matched, compared };
}

function evaluateWith(grid: Grid, table: DetectedTable, convention: NumberConvention): EvaluatedIndicator[] {
  const rows: TableRow[] = readTableRows(grid, table);
  const out: EvaluatedIndicator[] = [];
  for (const row of rows) {
    if (row.kind === "indicator") out.push(evaluateRow(row, { convention, targetOnly: table.targetOnly }));
  }
  return out;
}

/** The refs a leftmost choice named, by letters, to reuse their header texts. */
function refsOf(choice: ColumnChoice): ColumnRef[] {
  const data = choice.reason.data as { chosen?: ColumnRef; rejected?: readonly ColumnRef[] };
  return [...(data.chosen ? [data.chosen] : []), ...(data.rejected ?? [])];
}

/**
 * The table with its undecided target choice settled by the numbers (unchanged when there is
 * none, or when no candidate agrees with the table's own figures better than the leftmost).
 */
export function settleTargetChoice(
  grid: Grid,
  table: DetectedTable,
  convention: NumberConvention,
): DetectedTable {
  const choices = table.columnChoices ?? [];
  const k = choices.findIndex((c) => c.role === "target" && c.by === "position");
  if (k < 0) return table;
  const choice = choices[k];
  const candidates = [choice.column, ...choice.rejected];
  const scored = candidates.map((column) => {
    const variant: DetectedTable = { ...table, columns: { ...table.columns, target: column } };
    return { column, ...agreement(evaluateWith(grid, variant, convention)) };
  });
  let best = scored[0];
  for (const s of scored) if (s.matched > best.matched) best = s;
  if (best.matched === 0 || scored.filter((s) => s.matched === best.matched).length > 1) return table;
  const refs = refsOf(choice);
  const ref = (column: number): ColumnRef =>
    refs.find((r) => r.column === columnLetter(column)) ?? { column: columnLetter(column), header: "" };
  const others = scored.filter((s) => s !== best);
  const settled: ColumnChoice = {
    role: "target",
    column: best.column,
    rejected: others.map((s) => s.column),
    by: "data",
    reason: message("detect/choice-data", {
      chosen: ref(best.column),
      rejected: others.map((s) => ref(s.column)),
      matched: best.matched,
      rejectedMatched: Math.max(...others.map((s) => s.matched)),
      compared: best.compared,
    }),
  };
  const columnChoices = choices.map((c, i) => (i === k ? settled : c));
  return { ...table, columns: { ...table.columns, target: best.column }, columnChoices };
}
