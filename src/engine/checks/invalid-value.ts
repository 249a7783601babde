/** Excel error values and unreadable numbers in the target, actual and percent cells. */
import { excelErrorText, isPlaceholderText } from "../parse/numbers";
import type { EvaluatedIndicator } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding } from "./util";

const NUMERIC_KINDS = new Set(["atLeast", "atMost", "exact", "range", "fraction"]);

function targetError(ind: EvaluatedIndicator): string | null {
  return excelErrorText(ind.target.text);
}

export const invalidValue: RowRule = {
  id: "invalid-value",
  severity: "error",
  description: {
    vi: "Ô chỉ tiêu, kết quả hoặc tỷ lệ chứa lỗi Excel hoặc không đọc được thành số",
    en: "A target, actual or percent cell holds an Excel error or cannot be read as a number",
  },
  check: (context) => checkAlone(invalidValue, context),
  rowChecker: (context, out) => (ind) => {
    const tError = targetError(ind);
    if (tError) {
      out.push(
        finding(invalidValue, ind.row, cellOf(context, ind.row, "target"), {
          vi: `Ô chỉ tiêu chứa lỗi ${tError}`,
          en: `The target cell holds the error ${tError}`,
        }),
      );
    }
    const a = ind.actual.parsed;
    if (!a.ok && a.reason === "error") {
      out.push(
        finding(invalidValue, ind.row, cellOf(context, ind.row, "actual"), {
          vi: `Ô kết quả thực hiện chứa lỗi ${ind.actual.text.trim()}`,
          en: `The actual cell holds the error ${ind.actual.text.trim()}`,
        }),
      );
    } else if (
      !a.ok &&
      a.reason === "unparsable" &&
      !ind.actual.qualitative &&
      NUMERIC_KINDS.has(ind.target.kind)
    ) {
      out.push(
        finding(invalidValue, ind.row, cellOf(context, ind.row, "actual"), {
          vi: `Kết quả thực hiện «${ind.actual.text.trim()}» không đọc được thành số để so với chỉ tiêu ${ind.target.text.trim()}`,
          en: `The actual "${ind.actual.text.trim()}" cannot be read as a number to compare with the target ${ind.target.text.trim()}`,
        }),
      );
    }
    const p = ind.reported.percentParsed;
    // Most rows have a readable or an empty percent: nothing to say, and no text to trim.
    if (p.ok || (p.reason !== "error" && p.reason !== "unparsable")) return;
    const pText = ind.reported.percentText.trim();
    if (p.reason === "error") {
      out.push(
        finding(invalidValue, ind.row, cellOf(context, ind.row, "percent"), {
          vi: `Ô tỷ lệ chứa lỗi ${pText}`,
          en: `The percent cell holds the error ${pText}`,
        }),
      );
    } else if (p.reason === "unparsable" && !isPlaceholderText(pText)) {
      out.push(
        finding(invalidValue, ind.row, cellOf(context, ind.row, "percent"), {
          vi: `Tỷ lệ «${pText}» không đọc được thành số`,
          en: `The percent "${pText}" cannot be read as a number`,
        }),
      );
    }
  },
};
