import { message, type EngineMessage } from "../../src/engine/messages";
import type {
  Counts,
  CountPair,
  EvaluatedIndicator,
  Finding,
  GroupRow,
  Polarity,
  SheetReport,
  Status,
  TableReport,
} from "../../src/engine/types";

/**
 * Hand-built reports with the engine's shapes, for task pane tests that must not depend
 * on detection details. Numbers in messages follow the domain guide's examples.
 */
export function counts(exceeded: number, achieved: number, missed: number, unassessed = 0): Counts {
  return { total: exceeded + achieved + missed + unassessed, exceeded, achieved, missed, unassessed };
}

function pair(c: Counts): CountPair {
  return { rows: c, indicators: c };
}

export function indicator(
  row: number,
  code: string,
  name: string,
  status: Status,
  options: {
    group?: string;
    polarity?: Polarity;
    overridden?: boolean;
    target?: number;
    actual?: number;
  } = {},
): EvaluatedIndicator {
  const target = options.target ?? 100;
  const actual = options.actual ?? 100;
  const polarity = options.polarity ?? "higher";
  return {
    row,
    code,
    isSubRow: false,
    group: options.group ?? "I",
    name,
    unit: "%",
    target: { text: String(target), kind: "exact", value: target },
    actual: {
      text: String(actual),
      value: actual,
      parsed: { ok: true, value: actual, isPercent: false, fromText: false },
    },
    polarity: {
      polarity,
      reason: message("polarity/default", {}),
      overridden: options.overridden,
    },
    percent: (actual / target) * 100,
    status,
    reported: {
      percentText: "",
      percent: null,
      percentParsed: { ok: false, reason: "empty" },
      statusText: "",
      status: null,
    },
    hidden: false,
  };
}

export function finding(
  rule: string,
  severity: Finding["severity"],
  cell: string,
  said: EngineMessage,
): Finding {
  const row = Number(/\d+$/.exec(cell)?.[0] ?? 0);
  return { rule, severity, row, cell, message: said };
}

/** One table, two groups, five indicators, five findings of three rules. */
export function sampleTable(): TableReport {
  const groups: GroupRow[] = [
    { kind: "group", row: 5, code: "I", title: "Nhóm chỉ tiêu về kinh tế" },
    { kind: "group", row: 9, code: "II", title: "Nhóm chỉ tiêu về xã hội", statedCount: 3 },
  ];
  const indicators = [
    indicator(6, "1", "Tổng sản lượng lương thực có hạt", "exceeded", { target: 3000, actual: 3150 }),
    indicator(7, "2", "Diện tích cây ăn quả", "missed", { target: 700, actual: 650 }),
    indicator(8, "3", "Thu nhập bình quân đầu người", "achieved", { target: 60, actual: 60 }),
    indicator(10, "4", "Tỷ lệ hộ nghèo", "achieved", {
      group: "II",
      polarity: "lower",
      target: 3,
      actual: 3,
    }),
    indicator(11, "5", "Tỷ lệ trường đạt chuẩn quốc gia", "missed", { group: "II", target: 7, actual: 5 }),
  ];
  const findings: Finding[] = [
    // "Tỷ lệ ghi 98% nhưng 650/700 = 92,86%"
    finding(
      "percent-mismatch",
      "error",
      "F7",
      message("percent-mismatch/mismatch", {
        reported: 98,
        computed: [{ value: (650 / 700) * 100, numerator: 650, denominator: 700 }],
      }),
    ),
    finding(
      "status-mismatch",
      "error",
      "G6",
      message("status-mismatch/against-numbers", {
        label: "Đạt",
        actual: "3150",
        target: "3000",
        percent: 105,
        expected: "exceeded",
        judgedAsHigher: false,
      }),
    ),
    finding(
      "status-mismatch",
      "error",
      "G11",
      message("status-mismatch/against-numbers", {
        label: "Đạt",
        actual: "5",
        target: "7",
        percent: (5 / 7) * 100,
        expected: "missed",
        judgedAsHigher: false,
      }),
    ),
    finding(
      "group-count",
      "warning",
      "B9",
      message("count-mismatch/group", { code: "II", stated: 3, counted: 2 }),
    ),
    finding(
      "number-as-text",
      "info",
      "E8",
      message("text-number/text", { role: "actual", text: "60", value: 60 }),
    ),
  ];
  const computed = counts(1, 2, 2);
  const reported = counts(1, 3, 1);
  return {
    table: {
      headerRows: [4],
      firstRow: 5,
      lastRow: 11,
      columns: { code: 0, name: 1, unit: 2, target: 3, actual: 4, percent: 5, status: 6 },
      targetOnly: false,
      endedBy: "statement",
      statements: [{ row: 13, column: 1, text: "Tổng số: 5 chỉ tiêu; vượt: 01; đạt: 03; không đạt: 01" }],
    },
    indicators,
    groups,
    findings,
    summary: {
      computed: pair(computed),
      reported: pair(reported),
      groups: [
        {
          code: "I",
          title: "Nhóm chỉ tiêu về kinh tế",
          computed: pair(counts(1, 1, 1)),
          reported: pair(counts(1, 2, 0)),
        },
        {
          code: "II",
          title: "Nhóm chỉ tiêu về xã hội",
          computed: pair(counts(0, 1, 1)),
          reported: pair(counts(0, 1, 1)),
        },
      ],
      missed: [
        { code: "2", name: "Diện tích cây ăn quả", row: 7 },
        { code: "5", name: "Tỷ lệ trường đạt chuẩn quốc gia", row: 11 },
      ],
      // "Tổng số 05 chỉ tiêu: 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, 02 chỉ tiêu không đạt; 3/5 …"
      sentence: message("summary/sentence", computed),
    },
  };
}

export function sampleReport(name = "Biểu 01"): SheetReport {
  return { name, tables: [sampleTable()], convention: "vi" };
}

export function noTableReport(name = "Trống"): SheetReport {
  return {
    name,
    tables: [],
    convention: "vi",
    reason: message("detect/no-header", {}),
  };
}
