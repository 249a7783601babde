/** The reported label does not follow from the numbers (guide §7.2). */
import { subRowStatuses, worstStatus } from "../evaluate/units";
import type { EvaluatedIndicator, LocalizedText, Status } from "../types";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, num, STATUS_WORDS } from "./util";

/** "kết quả 85 so với chỉ tiêu 70 (121,43%)" */
function evidence(ind: EvaluatedIndicator): LocalizedText {
  const a = ind.actual.text.trim() || "—";
  const t = ind.target.text.trim() || "—";
  const pVi = ind.percent === null ? "" : ` (${num(ind.percent, "vi")}%)`;
  const pEn = ind.percent === null ? "" : ` (${num(ind.percent, "en")}%)`;
  return {
    vi: `kết quả ${a} so với chỉ tiêu ${t}${pVi}`,
    en: `actual ${a} against target ${t}${pEn}`,
  };
}

/** The status the numbers would give if higher were better. */
function statusIfHigher(ind: EvaluatedIndicator): Status | null {
  const a = ind.actual.value;
  const t = ind.target;
  if (a === null) return null;
  if (t.kind === "range" && t.min !== undefined && t.max !== undefined) {
    return a > t.max ? "exceeded" : a < t.min ? "missed" : "achieved";
  }
  const level = t.kind === "fraction" ? (t.numerator ?? t.value) : t.value;
  if (level === undefined) return null;
  return a > level ? "exceeded" : a < level ? "missed" : "achieved";
}

function accepted(label: Exclude<Status, "unassessed">, ind: EvaluatedIndicator): boolean {
  if (label === ind.status) return true;
  // An actual equal to a strict target: "đạt" (loose) and "không đạt" (strict) both hold up.
  return ind.boundary === true && label === "missed";
}

export const statusMismatch: RowRule = {
  id: "status-mismatch",
  severity: "error",
  description: {
    vi: "Đánh giá (Vượt/Đạt/Không đạt) không khớp với số liệu",
    en: "The reported status does not follow from the numbers",
  },
  check: (context) => checkAlone(statusMismatch, context),
  rowChecker(context, out) {
    return (ind, unit) => {
      const label = ind.reported.status;
      if (!label) return;
      let expected: Status = ind.status;
      let basis: LocalizedText | null = null;
      if (expected === "unassessed" && !ind.isSubRow && unit.end - unit.first > 1) {
        // A TT row without numbers summarises its sub-rows: the worst of them.
        expected = worstStatus(subRowStatuses(context.indicators, unit));
        basis = {
          vi: `mức thấp nhất của các dòng con là «${STATUS_WORDS[expected].vi}»`,
          en: `the worst of its sub-rows is "${STATUS_WORDS[expected].en}"`,
        };
        if (expected === "unassessed" || label.status === expected) return;
      } else if (expected === "unassessed" || accepted(label.status, ind)) {
        return;
      }
      basis ??= evidence(ind);
      let hintVi = "";
      let hintEn = "";
      if (ind.polarity.polarity === "lower" && statusIfHigher(ind) === label.status) {
        hintVi =
          "; có vẻ đã đánh giá như chỉ tiêu càng cao càng tốt, trong khi chỉ tiêu này càng thấp càng tốt";
        hintEn = "; it looks judged as if higher were better, but lower is better for this indicator";
      }
      out.push(
        finding(statusMismatch, ind.row, cellOf(context, ind.row, "status"), {
          vi: `Đánh giá ghi «${label.text.trim()}» nhưng ${basis.vi} là «${STATUS_WORDS[expected].vi}»${hintVi}`,
          en: `Reported "${label.text.trim()}" but ${basis.en} is "${STATUS_WORDS[expected].en}"${hintEn}`,
        }),
      );
    };
  },
};
