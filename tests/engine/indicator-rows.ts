/** Indicator rows as detection reads them, and their evaluation. */
import type { Cell } from "../../src/engine/grid";
import type { IndicatorRow, EvaluatedIndicator } from "../../src/engine/types";
import { evaluateRow } from "../../src/engine/evaluate/evaluate";
import type { TestCell } from "../support/grid";

function cell(value: TestCell): Cell | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "object" && value !== null && "value" in value) return value;
  return { value };
}

/** An indicator row as detection would read it. */
export function indicatorRow(
  row: number,
  values: {
    code?: string;
    name?: string;
    unit?: string;
    target?: TestCell;
    actual?: TestCell;
    percent?: TestCell;
    status?: TestCell;
  },
  extra: Partial<IndicatorRow> = {},
): IndicatorRow {
  return {
    kind: "indicator",
    row,
    code: values.code ?? String(row),
    isSubRow: false,
    group: null,
    name: values.name ?? "Chỉ tiêu",
    unit: values.unit ?? "",
    cells: {
      target: cell(values.target),
      actual: cell(values.actual),
      percent: cell(values.percent),
      status: cell(values.status),
    },
    hidden: false,
    ...extra,
  };
}

/** Evaluate a row with the Vietnamese convention (unless given). */
export function evaluated(
  row: number,
  values: Parameters<typeof indicatorRow>[1],
  extra: Partial<IndicatorRow> = {},
  options: Partial<Parameters<typeof evaluateRow>[1]> = {},
): EvaluatedIndicator {
  return evaluateRow(indicatorRow(row, values, extra), { convention: "vi", ...options });
}
