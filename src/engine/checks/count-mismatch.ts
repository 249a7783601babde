/**
 * Summary statements ("Tổng số: 23 chỉ tiêu; vượt: 07; …", "18/23 chỉ tiêu đạt và vượt
 * (chiếm 78%)") and group headers "(14 chỉ tiêu)" that disagree with the table (guide §7.4).
 * Counted per indicator (TT), an indicator taking the worst status of its sub-rows, from the
 * labels the table reports (from the computed statuses when the table has no labels).
 */
import { columnLetter } from "../grid";
import { percentMatches } from "../evaluate/evaluate";
import { parseCountStatement, parseGroupCount } from "../parse/statements";
import { countIndicators, groupRanges } from "../evaluate/tally";
import type { IndicatorUnit } from "../evaluate/units";
import type { Rule } from "./rule";
import type { Counts, Finding, LocalizedText } from "../types";
import { cellOf, finding, num } from "./util";

function tableCounts(units: readonly IndicatorUnit[]): { counts: Counts; basis: LocalizedText } {
  const labelled = units.some((u) => u.reported !== "unassessed");
  if (labelled) {
    return {
      counts: countIndicators(units, "reported"),
      basis: { vi: "theo đánh giá ghi trong bảng", en: "from the statuses written in the table" },
    };
  }
  return {
    counts: countIndicators(units, "computed"),
    basis: { vi: "theo số liệu của bảng", en: "from the table's numbers" },
  };
}

const KEYS = [
  ["total", { vi: "tổng số", en: "total" }],
  ["exceeded", { vi: "vượt", en: "exceeded" }],
  ["achieved", { vi: "đạt", en: "achieved" }],
  ["missed", { vi: "không đạt", en: "missed" }],
] as const;

export const countMismatch: Rule = {
  id: "count-mismatch",
  severity: "error",
  description: {
    vi: "Số chỉ tiêu nêu trong câu tổng hợp hoặc tiêu đề nhóm không khớp với bảng",
    en: "A count stated in a summary statement or a group header disagrees with the table",
  },
  check(context) {
    const out: Finding[] = [];
    const units = context.units;
    // Counted at the first statement that states counts: most tables have none.
    let table: { counts: Counts; basis: LocalizedText } | null = null;

    for (const statement of context.table.statements) {
      const stated = parseCountStatement(statement.text);
      if (!stated) continue;
      table ??= tableCounts(units);
      const { counts, basis } = table;
      const cell = `${columnLetter(statement.column)}${statement.row}`;
      const diffs: LocalizedText[] = [];
      for (const [key, word] of KEYS) {
        const value = stated[key];
        if (value !== undefined && value !== counts[key]) {
          diffs.push({
            vi: `${word.vi} ghi ${value}, bảng có ${counts[key]}`,
            en: `${word.en} stated ${value}, the table has ${counts[key]}`,
          });
        }
      }
      const good = stated.achievedOrExceeded;
      if (good) {
        const actualGood = counts.exceeded + counts.achieved;
        if (good.count !== actualGood || good.total !== counts.total) {
          diffs.push({
            vi: `ghi ${good.count}/${good.total} chỉ tiêu đạt và vượt, bảng có ${actualGood}/${counts.total}`,
            en: `states ${good.count}/${good.total} achieved or exceeded, the table has ${actualGood}/${counts.total}`,
          });
        }
        if (good.percent !== undefined && good.total > 0) {
          const share = (good.count / good.total) * 100;
          if (!percentMatches(good.percent, share, context.options.tolerance ?? 0)) {
            diffs.push({
              vi: `tỷ lệ ghi ${good.percentText}% nhưng ${good.count}/${good.total} = ${num(share, "vi")}%`,
              en: `the stated ${num(good.percent, "en")}% but ${good.count}/${good.total} = ${num(share, "en")}%`,
            });
          }
        }
      }
      if (diffs.length === 0) continue;
      out.push(
        finding(countMismatch, statement.row, cell, {
          vi: `Câu tổng hợp không khớp với bảng (${basis.vi}): ${diffs.map((d) => d.vi).join("; ")}`,
          en: `The summary statement disagrees with the table (${basis.en}): ${diffs.map((d) => d.en).join("; ")}`,
        }),
      );
    }

    for (const { group, start, end } of groupRanges(context.groups, units)) {
      const stated = group.statedCount ?? parseGroupCount(group.title);
      const inGroup = end - start;
      if (stated === undefined || stated === inGroup) continue;
      out.push(
        finding(countMismatch, group.row, cellOf(context, group.row, "name"), {
          vi: `Nhóm ${group.code} ghi (${stated} chỉ tiêu) nhưng bảng có ${inGroup} chỉ tiêu trong nhóm`,
          en: `Group ${group.code} states (${stated} indicators) but the table has ${inGroup} in the group`,
        }),
      );
    }
    return out;
  },
};
