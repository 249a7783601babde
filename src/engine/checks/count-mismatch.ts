/**
 * Summary statements ("Tổng số: 23 chỉ tiêu; vượt: 07; …", "18/23 chỉ tiêu đạt và vượt
 * (chiếm 78%)") and group headers "(14 chỉ tiêu)" that disagree with the table (guide §7.4).
 * Counted per indicator (TT), an indicator taking the worst status of its sub-rows, from the
 * labels the table reports (from the computed statuses when the table has no labels).
 */
import { columnLetter } from "../grid";
import { percentMatches } from "../evaluate/percent";
import { parseCountStatement, parseGroupCount } from "../parse/statements";
import { countIndicators, groupRanges } from "../evaluate/tally";
import type { IndicatorUnit } from "../evaluate/units";
import { constantMessage, message, type EngineMessage } from "../messages";
import type { Rule } from "./rule";
import type { Counts, Finding } from "../types";
import { cellOf, finding } from "./util";

/**
 * The table's counts to compare statements with: from the statuses written in the table
 * (`fromLabels`), or from the computed ones when the table has no labels.
 */
function tableCounts(units: readonly IndicatorUnit[]): { counts: Counts; fromLabels: boolean } {
  const labelled = units.some((u) => u.reported !== "unassessed");
  return { counts: countIndicators(units, labelled ? "reported" : "computed"), fromLabels: labelled };
}

const KEYS = ["total", "exceeded", "achieved", "missed"] as const;

export const countMismatch: Rule = {
  id: "count-mismatch",
  severity: "error",
  description: constantMessage("rule/count-mismatch"),
  messages: [
    "count-mismatch/statement",
    "count-mismatch/count",
    "count-mismatch/achieved-share",
    "count-mismatch/percent",
    "count-mismatch/group",
  ] as const,
  check(context) {
    const out: Finding[] = [];
    const units = context.units;
    // Counted at the first statement that states counts: most tables have none.
    let table: { counts: Counts; fromLabels: boolean } | null = null;

    for (const statement of context.table.statements) {
      const stated = parseCountStatement(statement.text);
      if (!stated) continue;
      table ??= tableCounts(units);
      const { counts, fromLabels } = table;
      const cell = `${columnLetter(statement.column)}${statement.row}`;
      const differences: EngineMessage[] = [];
      for (const key of KEYS) {
        const value = stated[key];
        if (value !== undefined && value !== counts[key]) {
          differences.push(
            message("count-mismatch/count", { count: key, stated: value, counted: counts[key] }),
          );
        }
      }
      const good = stated.achievedOrExceeded;
      if (good) {
        const actualGood = counts.exceeded + counts.achieved;
        if (good.count !== actualGood || good.total !== counts.total) {
          differences.push(
            message("count-mismatch/achieved-share", {
              count: good.count,
              total: good.total,
              countedGood: actualGood,
              counted: counts.total,
            }),
          );
        }
        if (good.percent !== undefined && good.total > 0) {
          const share = (good.count / good.total) * 100;
          if (!percentMatches(good.percent, share, context.options.tolerance ?? 0)) {
            differences.push(
              message("count-mismatch/percent", {
                percentText: good.percentText ?? "",
                percent: good.percent,
                count: good.count,
                total: good.total,
                share,
              }),
            );
          }
        }
      }
      if (differences.length === 0) continue;
      out.push(
        finding(
          countMismatch,
          statement.row,
          cell,
          message("count-mismatch/statement", { fromLabels, differences }),
        ),
      );
    }

    for (const { group, start, end } of groupRanges(context.groups, units)) {
      const stated = group.statedCount ?? parseGroupCount(group.title);
      const inGroup = end - start;
      if (stated === undefined || stated === inGroup) continue;
      out.push(
        finding(
          countMismatch,
          group.row,
          cellOf(context, group.row, "name"),
          message("count-mismatch/group", { code: group.code, stated, counted: inGroup }),
        ),
      );
    }
    return out;
  },
};
