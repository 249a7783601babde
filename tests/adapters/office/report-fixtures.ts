import type { Finding, SheetReport, TableReport } from "../../../src/engine/types";
import { counts, indicator } from "../../support/sample-report";

/** A finding on a cell with a message naming its numbers. */
export function finding(cell: string, severity: Finding["severity"], vi: string, en = vi): Finding {
  const row = Number(/\d+/.exec(cell)?.[0] ?? 0);
  return { rule: "percent-consistency", severity, row, cell, message: { vi, en } };
}

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
      sentence: {
        vi: "Tổng số 3 chỉ tiêu: 01 chỉ tiêu vượt, 01 chỉ tiêu đạt, 01 chỉ tiêu không đạt; 2/3 chỉ tiêu đạt và vượt (66,7%).",
        en: "3 targets in total: 1 exceeded, 1 achieved, 1 missed; 2/3 achieved or exceeded (66.7%).",
      },
    },
  };
  return { name, tables: [table], convention: "vi" };
}
