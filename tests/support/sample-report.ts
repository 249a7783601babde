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
      reason: { vi: "Mặc định: cao hơn là tốt", en: "Default: higher is better" },
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
  vi: string,
  en: string,
): Finding {
  const row = Number(/\d+$/.exec(cell)?.[0] ?? 0);
  return { rule, severity, row, cell, message: { vi, en } };
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
    finding(
      "percent-mismatch",
      "error",
      "F7",
      "Tỷ lệ ghi 98,0% nhưng 650 / 700 × 100 = 92,9%.",
      "The % says 98.0 but 650 / 700 × 100 = 92.9.",
    ),
    finding(
      "status-mismatch",
      "error",
      "G6",
      "Ghi “Đạt” nhưng 3.150 vượt chỉ tiêu 3.000: phải là “Vượt”.",
      "Labelled “Đạt” but 3,150 exceeds the target 3,000: should be “Vượt”.",
    ),
    finding(
      "status-mismatch",
      "error",
      "G11",
      "Ghi “Đạt” nhưng 5 thấp hơn chỉ tiêu 7: phải là “Không đạt”.",
      "Labelled “Đạt” but 5 is below the target 7: should be “Không đạt”.",
    ),
    finding(
      "group-count",
      "warning",
      "B9",
      "Tiêu đề nhóm ghi 3 chỉ tiêu nhưng nhóm có 2 chỉ tiêu.",
      "The group title says 3 indicators but the group has 2.",
    ),
    finding(
      "number-as-text",
      "info",
      "E8",
      "Ô chứa số 60 dạng văn bản.",
      "The cell holds the number 60 as text.",
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
      sentence: {
        vi: "Tổng số 5 chỉ tiêu: 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, 02 chỉ tiêu không đạt; 3/5 chỉ tiêu đạt và vượt (60%).",
        en: "5 indicators in total: 1 exceeded, 2 achieved, 2 missed; 3/5 achieved or exceeded (60%).",
      },
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
    reason: {
      vi: "Không thấy dòng tiêu đề có cột “Chỉ tiêu” và cột số liệu.",
      en: "No header row with an indicator column and number columns.",
    },
  };
}
