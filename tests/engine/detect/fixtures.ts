/** Shared test tables for detection: the guide's layout, row by row. */
import type { TestCell } from "../../support/grid";
import type { TableRow } from "../../../src/engine/types";

export const HEADER: TestCell[] = [
  "TT",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Chỉ tiêu NQ",
  "Kết\nquả\nthực\nhiện",
  "Tỷ lệ (%)",
  "Đánh giá",
];

/** The standard column map of HEADER. */
export const COLUMNS = { code: 0, name: 1, unit: 2, target: 3, actual: 4, percent: 5, status: 6 };

export const TITLE_BLOCK: TestCell[][] = [
  [undefined, undefined, undefined, undefined, undefined, undefined, "Biểu 01"],
  ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ A, NHIỆM KỲ 2020-2025"],
  [],
];

/** A compact view of rows for assertions: kind, row, code, sub-row flag, group, name. */
export function outline(rows: TableRow[]): Array<string> {
  return rows.map((r) =>
    r.kind === "group"
      ? `G ${r.row} ${r.code} | ${r.title}${r.statedCount !== undefined ? ` [${r.statedCount}]` : ""}`
      : `${r.isSubRow ? "S" : "I"} ${r.row} ${r.code}${r.subCode ? `(${r.subCode})` : ""} g=${r.group ?? "-"} | ${r.name}${r.hidden ? " (hidden)" : ""}`,
  );
}
