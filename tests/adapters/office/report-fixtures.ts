import { message, type EngineMessage } from "../../../src/engine/messages";
import type { Finding, SheetReport, TableReport } from "../../../src/engine/types";
import { carrying, sentence } from "../../support/messages";
import { counts, indicator } from "../../support/sample-report";

/** A finding on a cell: an engine message, or a test's own text carried by one. */
export function finding(cell: string, severity: Finding["severity"], said: EngineMessage | string): Finding {
  const row = Number(/\d+/.exec(cell)?.[0] ?? 0);
  return {
    rule: "percent-consistency",
    severity,
    row,
    cell,
    message: typeof said === "string" ? carrying(said) : said,
  };
}

/** "Tỷ lệ ghi 88,2% nhưng 650/700 = 92,86%". */
export const PERCENT_88_2 = message("percent-mismatch/mismatch", {
  reported: 88.2,
  computed: [{ value: (650 / 700) * 100, numerator: 650, denominator: 700 }],
});

/** A one-table report on "Biểu 01" with the given findings (numbers follow the domain guide). */
export function reportWith(findings: Finding[], name = "Biểu 01"): SheetReport {
  const c = counts(1, 1, 1);
  const table: TableReport = {
    table: {
      headerRows: [3],
      firstRow: 4,
      lastRow: 7,
      columns: { code: 0, name: 1, unit: 2, target: 3, actual: 4, percent: 5, status: 6 },
      targetOnly: false,
      endedBy: "sheetEnd",
      statements: [],
    },
    indicators: [
      indicator(5, "1", "Tổng sản lượng lương thực có hạt", "exceeded", { target: 3000, actual: 3150 }),
      indicator(6, "2", "Diện tích cây ăn quả", "missed", { target: 700, actual: 650 }),
      indicator(7, "3", "Tổng đàn lợn", "achieved", { target: 5000, actual: 5000, group: "II" }),
    ],
    groups: [
      { kind: "group", row: 4, code: "I", title: "Nhóm chỉ tiêu về kinh tế" },
      { kind: "group", row: 7, code: "II", title: "Nhóm chỉ tiêu về xã hội" },
    ],
    findings,
    summary: {
      computed: { rows: c, indicators: c },
      reported: { rows: counts(1, 2, 0), indicators: counts(1, 2, 0) },
      groups: [
        {
          code: "I",
          title: "Nhóm chỉ tiêu về kinh tế",
          computed: { rows: counts(1, 0, 1), indicators: counts(1, 0, 1) },
          reported: { rows: counts(1, 1, 0), indicators: counts(1, 1, 0) },
        },
        {
          code: "II",
          title: "Nhóm chỉ tiêu về xã hội",
          computed: { rows: counts(0, 1, 0), indicators: counts(0, 1, 0) },
          reported: { rows: counts(0, 1, 0), indicators: counts(0, 1, 0) },
        },
      ],
      missed: [{ code: "2", name: "Diện tích cây ăn quả", row: 6 }],
      sentence: sentence(c),
    },
  };
  return { name, tables: [table], convention: "vi" };
}
