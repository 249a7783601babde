/** target-drift: the table's target is not the one the text approved (value, comparator, range, fraction, unit). */
import { constantMessage, message } from "../../messages";
import { driftFinding, type DriftRule } from "./rule";

export const targetDrift: DriftRule = {
  id: "target-drift",
  severity: "error",
  description: constantMessage("rule/target-drift"),
  messages: ["target-drift/differs"] as const,
  check(context) {
    const { matching, comparisons } = context.paired;
    return matching.pairs.flatMap(({ target, indicator }, i) => {
      const c = comparisons[i];
      if (c.kind !== "drift") return [];
      return [
        driftFinding(
          targetDrift,
          context,
          { target, indicator },
          message("target-drift/differs", {
            clause: target.text,
            aspect: c.aspect,
            code: indicator.code,
            name: indicator.name,
            row: indicator.row,
            textTarget: target.target.text,
            tableTarget: indicator.target.text,
            textUnit: target.unit,
            tableUnit: indicator.unit,
            ...(c.stated !== undefined ? { stated: c.stated } : {}),
            ...(c.table !== undefined ? { table: c.table } : {}),
            ...(c.textDirection !== undefined ? { textDirection: c.textDirection } : {}),
            ...(c.tableDirection !== undefined ? { tableDirection: c.tableDirection } : {}),
          }),
        ),
      ];
    });
  },
};
