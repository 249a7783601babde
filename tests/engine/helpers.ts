/** Builders for engine tests: indicator rows, evaluated indicators and rule contexts. */
import type { RuleContext } from "../../src/engine/checks/rule";
import { indicatorUnits } from "../../src/engine/evaluate/units";
import type {
  CheckOptions,
  ColumnMap,
  DetectedTable,
  EvaluatedIndicator,
  GroupRow,
  ReportedLabel,
  Status,
} from "../../src/engine/types";
import { makeGrid, type TestCell } from "../support/grid";

const LABEL_TEXT: Record<Exclude<Status, "unassessed">, string> = {
  exceeded: "Vượt",
  achieved: "Đạt",
  missed: "Không đạt",
};

/** A hand-made evaluated indicator for summary and counting tests. */
export function fakeIndicator(
  row: number,
  code: string,
  status: Status,
  reported: Exclude<Status, "unassessed"> | null,
  extra: Partial<EvaluatedIndicator> = {},
): EvaluatedIndicator {
  const label: ReportedLabel | null = reported ? { status: reported, text: LABEL_TEXT[reported] } : null;
  return {
    row,
    code,
    isSubRow: false,
    group: null,
    name: `Chỉ tiêu ${code}`,
    unit: "",
    target: { text: "", kind: "none" },
    actual: { text: "", value: null, parsed: { ok: false, reason: "empty" } },
    polarity: { polarity: "higher", reason: { id: "polarity/default", data: {} } },
    percent: null,
    status,
    reported: {
      percentText: "",
      percent: null,
      percentParsed: { ok: false, reason: "empty" },
      statusText: label?.text ?? "",
      status: label,
    },
    hidden: false,
    ...extra,
  };
}

/** Column layout used by the tests: A TT, B name, C unit, D target, E actual, F %, G status. */
export const COLUMNS: ColumnMap = { code: 0, name: 1, unit: 2, target: 3, actual: 4, percent: 5, status: 6 };

export function table(extra: Partial<DetectedTable> = {}): DetectedTable {
  return {
    headerRows: [1],
    firstRow: 2,
    lastRow: 40,
    columns: COLUMNS,
    targetOnly: false,
    endedBy: "blank",
    statements: [],
    ...extra,
  };
}

export function context(
  indicators: EvaluatedIndicator[],
  extra: {
    groups?: GroupRow[];
    table?: Partial<DetectedTable>;
    options?: CheckOptions;
    grid?: TestCell[][];
  } = {},
): RuleContext {
  return {
    grid: makeGrid(extra.grid ?? []),
    table: table(extra.table),
    indicators,
    units: indicatorUnits(indicators),
    groups: extra.groups ?? [],
    convention: "vi",
    options: extra.options ?? {},
  };
}
