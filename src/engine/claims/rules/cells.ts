/** The address of a tied row's cell of one role, for a finding to point at. */
import { columnLetter } from "../../grid";
import type { ColumnRole } from "../../types";
import type { TiedRow } from "../tie";
import { tableOf } from "./rule";

export function cellOfRow(row: TiedRow, role: ColumnRole): string {
  const columns = tableOf(row).table.columns;
  const column = columns[role] ?? columns.name ?? 0;
  return `${columnLetter(column)}${row.indicator.row}`;
}
