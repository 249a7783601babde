/** A label or a % is given while the target or the actual is missing or an error (guide §7.3). */
import { excelErrorText } from "../parse/numbers";
import { subRowStatuses } from "../evaluate/units";
import type { EvaluatedIndicator, LocalizedText } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding } from "./util";

function given(ind: EvaluatedIndicator): LocalizedText | null {
  const parts: LocalizedText[] = [];
  if (ind.reported.status) {
    const t = ind.reported.status.text.trim();
    parts.push({ vi: `đánh giá «${t}»`, en: `the status "${t}"` });
  }
  if (ind.reported.percentParsed.ok) {
    const t = ind.reported.percentText.trim();
    parts.push({ vi: `tỷ lệ ${t}`, en: `the percent ${t}` });
  }
  if (parts.length === 0) return null;
  return { vi: parts.map((p) => p.vi).join(" và "), en: parts.map((p) => p.en).join(" and ") };
}

export const missingValue: RowRule = {
  id: "missing-value",
  severity: "error",
  description: {
    vi: "Có đánh giá hoặc tỷ lệ nhưng thiếu chỉ tiêu hoặc kết quả",
    en: "A status or percent is given while the target or the actual is missing",
  },
  check: (context) => checkAlone(missingValue, context),
  rowChecker(context, out) {
    if (context.table.targetOnly) return null;
    return (ind, unit) => {
      if (!ind.reported.status && !ind.reported.percentParsed.ok) return;
      const targetCellMissing = ind.target.kind === "none" && !ind.target.fromName;
      const actualEmpty =
        !ind.actual.parsed.ok && ind.actual.parsed.reason !== "unparsable" && !ind.actual.qualitative;
      if (!targetCellMissing && !actualEmpty) return;
      // A TT row summarising its sub-rows carries no numbers of its own.
      if (
        !ind.isSubRow &&
        ind.target.kind === "none" &&
        ind.actual.value === null &&
        subRowStatuses(context.indicators, unit).some((s) => s !== "unassessed")
      )
        return;
      const what = given(ind);
      if (!what) return;
      if (targetCellMissing) {
        const t = ind.target.text.trim();
        const error = excelErrorText(t);
        out.push(
          finding(missingValue, ind.row, cellOf(context, ind.row, "target"), {
            vi: `Có ${what.vi} nhưng ${error ? `chỉ tiêu là lỗi ${error}` : t ? `chỉ tiêu là «${t}» (không có mức để so)` : "ô chỉ tiêu trống"}`,
            en: `${cap(what.en)} given but ${error ? `the target is the error ${error}` : t ? `the target is "${t}" (no level to compare with)` : "the target cell is empty"}`,
          }),
        );
      } else if (actualEmpty) {
        const a = ind.actual.text.trim();
        const error = !ind.actual.parsed.ok && ind.actual.parsed.reason === "error";
        out.push(
          finding(missingValue, ind.row, cellOf(context, ind.row, "actual"), {
            vi: `Có ${what.vi} nhưng ${error ? `kết quả thực hiện là lỗi ${a}` : a ? `kết quả thực hiện là «${a}»` : "ô kết quả thực hiện trống"}`,
            en: `${cap(what.en)} given but ${error ? `the actual is the error ${a}` : a ? `the actual is "${a}"` : "the actual cell is empty"}`,
          }),
        );
      }
    };
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
