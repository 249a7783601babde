/** A number typed as text (often pasted from Word): readable, but Excel cannot compute with it. */
import { parseNumberText, plainNumberValue } from "../parse/numbers";
import type { NumberConvention } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { columnOf, finding, num } from "./util";

type ValueRole = "target" | "actual" | "percent";

const ROLES: ReadonlyArray<readonly [ValueRole, string, string]> = [
  ["target", "chỉ tiêu", "target"],
  ["actual", "kết quả", "actual"],
  ["percent", "tỷ lệ", "percent"],
];

/** A role's column and the fixed parts of its message, built once per table rather than per finding. */
interface RoleColumn {
  role: ValueRole;
  column: number;
  letter: string;
  headVi: string;
  headEn: string;
}

const MIDDLE_VI = "» là văn bản chứ không phải số (đọc được là ";
const TAIL_VI = "); nên nhập dạng số để Excel tính được";
const MIDDLE_EN = '" is text, not a number (read as ';
const TAIL_EN = "); enter it as a number so Excel can compute with it";

/**
 * The number a text cell reads as, or null: what parseNumberText reads, without its result
 * object for the usual bare number ("6.586").
 */
function textNumberValue(value: string, convention: NumberConvention): number | null {
  const plain = plainNumberValue(value, convention);
  if (!Number.isNaN(plain)) return plain;
  const parsed = parseNumberText(value, convention);
  return parsed.ok ? parsed.value : null;
}

export const textNumber: RowRule = {
  id: "text-number",
  severity: "info",
  description: { vi: "Số được nhập dạng văn bản", en: "A number typed as text" },
  check: (context) => checkAlone(textNumber, context),
  rowChecker(context, out) {
    const { grid, table, convention } = context;
    // The roles this table has, with their columns, looked up once.
    const roles: RoleColumn[] = [];
    for (const [role, vi, en] of ROLES) {
      const column = table.columns[role];
      if (column !== undefined)
        roles.push({
          role,
          column,
          letter: columnOf(context, role),
          headVi: `Ô ${vi} «`,
          headEn: `The ${en} cell "`,
        });
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
        const shown = value.trim();
        out.push(
          finding(textNumber, ind.row, role.letter + ind.row, {
            vi: role.headVi + shown + MIDDLE_VI + num(read, "vi") + TAIL_VI,
            en: role.headEn + shown + MIDDLE_EN + num(read, "en") + TAIL_EN,
          }),
        );
      }
    };
  },
};
