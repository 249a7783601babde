/** Skipped TT numbers: 1, 2, 4 (guide §7.7). */
import type { Rule } from "./rule";
import type { Finding } from "../types";
import { codeParts, isCanonicalNumber, numberingScopes } from "./numbering";
import { cellOf, finding } from "./util";
import { constantMessage, message } from "../messages";

export const numberingGap: Rule = {
  id: "numbering-gap",
  severity: "warning",
  description: constantMessage("rule/numbering-gap"),
  messages: ["numbering-gap/gap"] as const,
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
          out.push(
            finding(
              numberingGap,
              unit.row,
              cellOf(context, unit.row, "code"),
              message("numbering-gap/gap", {
                code: unit.code.trim(),
                previous: previous.code.trim(),
                prefix,
                from: previous.value + 1,
                to: value - 1,
              }),
            ),
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
