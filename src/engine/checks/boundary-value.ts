/** An actual equal to a strict ">"/"<" target: a boundary case, not a silent verdict (guide §6). */
import type { Rule } from "../rule";
import type { Finding } from "../types";
import { cellOf, finding, num } from "./util";

export const boundaryValue: Rule = {
  id: "boundary-value",
  severity: "warning",
  description: {
    vi: "Kết quả bằng đúng ngưỡng của chỉ tiêu dạng «trên/dưới»",
    en: "The actual equals the threshold of a strict target",
  },
  check(context) {
    const out: Finding[] = [];
    for (let kInd = 0, indList = context.indicators; kInd < indList.length; kInd++) {
      const ind = indList[kInd];
      if (!ind.boundary || ind.actual.value === null) continue;
      const a = ind.actual.value;
      const t = ind.target.text.trim();
      out.push(
        finding(boundaryValue, ind.row, cellOf(context, ind.row, "actual"), {
          vi: `Kết quả ${num(a, "vi")} bằng đúng ngưỡng của chỉ tiêu «${t}»: hiểu chặt («trên/dưới») là không đạt, hiểu rộng là đạt; đã tính là đạt, cần xác nhận`,
          en: `The actual ${num(a, "en")} equals the threshold of the strict target "${t}": missed if read strictly, achieved if read loosely; counted as achieved, please confirm`,
        }),
      );
    }
    return out;
  },
};
