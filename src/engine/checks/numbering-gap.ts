/** Skipped TT numbers: 1, 2, 4 (guide §7.7). */
import type { Rule } from "./rule";
import type { Finding } from "../types";
import { codeParts, isCanonicalNumber, numberingScopes } from "./numbering";
import { cellOf, finding } from "./util";

export const numberingGap: Rule = {
  id: "numbering-gap",
  severity: "warning",
  description: { vi: "Số thứ tự (TT) bị bỏ qua", en: "A row number (TT) is skipped" },
  check(context) {
    const out: Finding[] = [];
    for (const scope of numberingScopes(context.units)) {
      // Last number seen under each prefix: "" for 1, 2, 3; "2" for 2.1, 2.2.
      const last = new Map<string, { value: number; code: string }>();
      for (let kUnit = 0, unitList = scope; kUnit < unitList.length; kUnit++) {
        const unit = unitList[kUnit];
        let prefix = "";
        let value: number;
        if (isCanonicalNumber(unit.code)) {
          // codeParts of a plain number ("12" → [12]), without the list.
          value = Number(unit.code);
        } else {
          const parts = codeParts(unit.code);
          if (!parts) continue;
          if (parts.length > 1) prefix = parts.slice(0, -1).join(".");
          value = parts[parts.length - 1];
        }
        const previous = last.get(prefix);
        if (previous && value > previous.value + 1) {
          const from = previous.value + 1;
          const to = value - 1;
          const missing = from === to ? String(from) : `${from}–${to}`;
          const p = prefix ? `${prefix}.` : "";
          out.push(
            finding(numberingGap, unit.row, cellOf(context, unit.row, "code"), {
              vi: `Sau TT ${previous.code.trim()} là TT ${unit.code.trim()}: thiếu TT ${p}${missing}`,
              en: `No. ${unit.code.trim()} follows No. ${previous.code.trim()}: No. ${p}${missing} is missing`,
            }),
          );
        }
        if (!previous) last.set(prefix, { value, code: unit.code });
        else if (value > previous.value) {
          // The entry is this loop's own: updated in place rather than replaced on every row.
          previous.value = value;
          previous.code = unit.code;
        }
      }
    }
    return out;
  },
};
