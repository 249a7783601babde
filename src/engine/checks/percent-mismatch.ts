/** The reported % does not follow from the target and the actual (guide §7.1). */
import {
  formulaText,
  percentCandidates,
  percentMatches,
  reportedPercentAgreesPlainly,
  reportedPercentValues,
} from "../evaluate/evaluate";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, num } from "./util";

export const percentMismatch: RowRule = {
  id: "percent-mismatch",
  severity: "error",
  description: {
    vi: "Tỷ lệ (%) ghi trong bảng không khớp với kết quả chia cho chỉ tiêu",
    en: "The reported percent does not follow from the actual and the target",
  },
  check: (context) => checkAlone(percentMismatch, context),
  rowChecker(context, out) {
    const tolerance = context.options.tolerance ?? 0;
    return (ind) => {
      if (reportedPercentAgreesPlainly(ind, tolerance)) return;
      const reported = reportedPercentValues(ind);
      if (reported.length === 0) return;
      const candidates = percentCandidates(ind);
      if (candidates.length === 0) return;
      if (reported.some((r) => candidates.some((c) => percentMatches(r, c.value, tolerance)))) return;
      const shown = reported[0];
      const computedVi = candidates
        .map((c) => `${formulaText(c, "vi")} = ${num(c.value, "vi")}%${c.note ? ` (${c.note.vi})` : ""}`)
        .join(" hoặc ");
      const computedEn = candidates
        .map((c) => `${formulaText(c, "en")} = ${num(c.value, "en")}%${c.note ? ` (${c.note.en})` : ""}`)
        .join(" or ");
      let hintVi = "";
      let hintEn = "";
      if (ind.polarity.polarity === "lower") {
        const asHigher = percentCandidates(ind, "higher");
        if (reported.some((r) => asHigher.some((c) => percentMatches(r, c.value, tolerance)))) {
          hintVi = `; tỷ lệ ghi là ${formulaText(asHigher[0], "vi")}, tính như chỉ tiêu càng cao càng tốt, trong khi chỉ tiêu này càng thấp càng tốt`;
          hintEn = `; the reported figure is ${formulaText(asHigher[0], "en")}, computed as if higher were better, but lower is better here`;
        }
      }
      out.push(
        finding(percentMismatch, ind.row, cellOf(context, ind.row, "percent"), {
          vi: `Tỷ lệ ghi ${num(shown, "vi")}% nhưng ${computedVi}${hintVi}`,
          en: `Reported ${num(shown, "en")}% but ${computedEn}${hintEn}`,
        }),
      );
    };
  },
};
