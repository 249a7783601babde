/** An actual equal to a strict ">"/"<" target: a boundary case, not a silent verdict (guide §6). */
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, num } from "./util";

export const boundaryValue: RowRule = {
  id: "boundary-value",
  severity: "warning",
  description: {
    vi: "Kết quả bằng đúng ngưỡng của chỉ tiêu dạng «trên/dưới»",
    en: "The actual equals the threshold of a strict target",
  },
  check: (context) => checkAlone(boundaryValue, context),
  rowChecker(context, out) {
    return (ind) => {
      if (!ind.boundary || ind.actual.value === null) return;
      const a = ind.actual.value;
      const t = ind.target.text.trim();
      out.push(
        finding(boundaryValue, ind.row, cellOf(context, ind.row, "actual"), {
          vi: `Kết quả ${num(a, "vi")} bằng đúng ngưỡng của chỉ tiêu «${t}»: hiểu chặt («trên/dưới») là không đạt, hiểu rộng là đạt; đã tính là đạt, cần xác nhận`,
          en: `The actual ${num(a, "en")} equals the threshold of the strict target "${t}": missed if read strictly, achieved if read loosely; counted as achieved, please confirm`,
        }),
      );
    };
  },
};
