/** A TT number used twice in the same numbering (guide §7.7). */
import { fold } from "../text";
import type { Rule } from "../rule";
import type { Finding } from "../types";
import { normaliseCode, numberingScopes } from "./numbering";
import { cellOf, finding } from "./util";
import type { IndicatorUnit } from "../summary";

export const duplicateCode: Rule = {
  id: "duplicate-code",
  severity: "error",
  description: { vi: "Số thứ tự (TT) bị dùng hai lần", en: "A row number (TT) is used twice" },
  check(context) {
    const out: Finding[] = [];
    for (const scope of numberingScopes(context.indicators)) {
      const seen = new Map<string, IndicatorUnit>();
      for (let kUnit = 0, unitList = scope; kUnit < unitList.length; kUnit++) {
        const unit = unitList[kUnit];
        const key = normaliseCode(unit.code);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, unit);
          continue;
        }
        const cell = cellOf(context, unit.row, "code");
        const same = fold(first.name) === fold(unit.name);
        out.push(
          finding(
            duplicateCode,
            unit.row,
            cell,
            same
              ? {
                  vi: `TT ${unit.code.trim()} lặp lại chỉ tiêu «${unit.name.trim()}» đã có ở dòng ${first.row}`,
                  en: `No. ${unit.code.trim()} repeats the indicator "${unit.name.trim()}" already on row ${first.row}`,
                }
              : {
                  vi: `TT ${unit.code.trim()} đã dùng cho «${first.name.trim()}» ở dòng ${first.row}, lại dùng cho «${unit.name.trim()}»`,
                  en: `No. ${unit.code.trim()} is used for "${first.name.trim()}" on row ${first.row} and again for "${unit.name.trim()}"`,
                },
          ),
        );
      }
    }
    return out;
  },
};
