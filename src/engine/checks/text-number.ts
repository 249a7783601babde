/** A number typed as text (often pasted from Word): readable, but Excel cannot compute with it. */
import { parseNumberText, bareNumberValue } from "../parse/numbers";
import type { NumberConvention } from "../types";
import { constantMessage, message } from "../messages";
import { checkAlone, type RowRule } from "./row-rules";
import { columnOf, finding } from "./util";

type ValueRole = "target" | "actual" | "percent";

const ROLES: readonly ValueRole[] = ["target", "actual", "percent"];

/** A role's column, looked up once per table rather than per finding. */
interface RoleColumn {
  role: ValueRole;
  column: number;
  letter: string;
}

/**
 * The number a text cell reads as, or null: what parseNumberText reads, without its result
 * object for the usual bare number ("6.586").
 */
function textNumberValue(value: string, convention: NumberConvention): number | null {
  const bare = bareNumberValue(value, convention);
  if (!Number.isNaN(bare)) return bare;
  const parsed = parseNumberText(value, convention);
  return parsed.ok ? parsed.value : null;
}

export const textNumber: RowRule = {
  id: "text-number",
  severity: "info",
  description: constantMessage("rule/text-number"),
  messages: ["text-number/text"] as const,
  check: (context) => checkAlone(textNumber, context),
  rowChecker(context, out) {
    const { grid, table, convention } = context;
    // The roles this table has, with their columns, looked up once.
    const roles: RoleColumn[] = [];
    for (const role of ROLES) {
      const column = table.columns[role];
      if (column !== undefined) roles.push({ role, column, letter: columnOf(context, role) });
    }
    return (ind) => {
      const cells = grid.cells[ind.row - 1];
      if (!cells) return;
      for (let k = 0; k < roles.length; k++) {
        const role = roles[k];
        // A target is a number typed as text only when it is a bare level ("3.000", not "05/07").
        if (role.role === "target" && ind.target.plain !== true) continue;
        const value = cells[role.column]?.value;
        if (typeof value !== "string") continue;
        const read = textNumberValue(value, convention);
        if (read === null) continue;
        out.push(
          finding(
            textNumber,
            ind.row,
            role.letter + ind.row,
            message("text-number/text", { role: role.role, text: value.trim(), value: read }),
          ),
        );
      }
    };
  },
};
