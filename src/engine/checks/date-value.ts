/**
 * A target, actual or percent cell Excel turned into a date: "1-2", "3-4" or "05/07" typed into a
 * General cell is stored as a day. The serial number behind it is no value of the table's, so
 * the row is left unassessed (never a percent or status error from it) and this check says what
 * was most likely typed.
 *
 * A warning, not an error: the cell is surely not a number, but a date may have been meant, and
 * the table's arithmetic is not shown wrong, only left unchecked.
 */
import { isDateCell, serialToDay } from "../parse/numbers";
import { constantMessage, message } from "../messages";
import { checkAlone, type RowRule } from "./row-rules";
import { columnOf, finding } from "./util";

type ValueRole = "target" | "actual" | "percent";

const ROLES: readonly ValueRole[] = ["target", "actual", "percent"];

export const dateValue: RowRule = {
  id: "date-value",
  severity: "warning",
  description: constantMessage("rule/date-value"),
  messages: ["date-value/excel-date"] as const,
  check: (context) => checkAlone(dateValue, context),
  rowChecker(context, out) {
    const { grid, table } = context;
    const roles: Array<{ role: ValueRole; column: number; letter: string }> = [];
    for (const role of ROLES) {
      const column = table.columns[role];
      if (column !== undefined) roles.push({ role, column, letter: columnOf(context, role) });
    }
    if (roles.length === 0) return null;
    return (ind) => {
      const cells = grid.cells[ind.row - 1];
      if (!cells) return;
      for (const { role, column, letter } of roles) {
        const cell = cells[column] ?? undefined;
        if (!isDateCell(cell) || typeof cell?.value !== "number") continue;
        const { day, month, year } = serialToDay(cell.value);
        // Day first, month second: how a Vietnamese clerk writes "1-2" and Excel set to Vietnam reads it.
        const typed = `${day}-${month}`;
        out.push(
          finding(
            dateValue,
            ind.row,
            letter + ind.row,
            message("date-value/excel-date", { role, typed, day, month, year }),
          ),
        );
      }
    };
  },
};
