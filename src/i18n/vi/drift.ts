/** Vietnamese words of the drift check (the resolution's targets against the target table). */
import type { DriftAspect, EngineMessages, TargetDirection, TargetUnmatched } from "../../engine/messages";
import type { EngineCatalog, RenderFormat } from "../catalog";

type DriftIds = Extract<keyof EngineCatalog, `target-${string}/${string}` | `rule/target-${string}`>;

const DIRECTION: Record<TargetDirection, string> = {
  min: "mức tối thiểu (từ … trở lên)",
  max: "mức tối đa (dưới/không quá …)",
  none: "không ghi chiều so sánh",
};

const UNMATCHED: Record<TargetUnmatched, string> = {
  "name-differs": "tên chỉ tiêu ở dòng cùng số thứ tự khác tên trong văn bản",
  renumbered: "tên khớp với một dòng mang số thứ tự khác",
  "part-without-row": "mục này có nhiều chỉ tiêu mà bảng không có dòng riêng cho chỉ tiêu này",
};

/** A bare figure gets its unit ("70" → "70 %"); a target written with words keeps its own. */
function withUnit(text: string, unit: string): string {
  return unit && /^[\d.,\s/<>≤≥=-]+$/.test(text) ? `${text} ${unit}` : text;
}

function why(d: EngineMessages["target-drift/differs"], f: RenderFormat): string {
  const figures =
    d.stated !== undefined && d.table !== undefined ? `${f.num(d.stated)} so với ${f.num(d.table)}` : "";
  const aspects: Record<DriftAspect, string> = {
    value: `khác giá trị (${figures})`,
    unit: `khác đơn vị: ${withUnit(d.textTarget, d.textUnit)} là ${f.num(d.stated ?? 0)} ${d.tableUnit}, bảng ghi ${f.num(d.table ?? 0)} ${d.tableUnit}`,
    range:
      d.stated === undefined
        ? `bảng thêm cận trên ${f.num(d.table ?? 0)} mà nghị quyết không đặt`
        : d.table === undefined
          ? `bảng bỏ cận trên ${f.num(d.stated)} của nghị quyết`
          : `khác khoảng chỉ tiêu (${figures})`,
    fraction: `khác tỷ số (${figures})`,
    comparator: `khác chiều so sánh: văn bản là ${DIRECTION[d.textDirection ?? "none"]}, bảng là ${DIRECTION[d.tableDirection ?? "none"]}`,
  };
  return aspects[d.aspect];
}

export const driftVi: Pick<EngineCatalog, DriftIds> = {
  "rule/target-drift": () => "Chỉ tiêu trong bảng khác chỉ tiêu nghị quyết đã thông qua",
  "rule/target-missing": () => "Chỉ tiêu của nghị quyết không có dòng nào trong bảng",
  "rule/target-extra": () => "Dòng của bảng không có chỉ tiêu tương ứng trong nghị quyết",
  "rule/target-unmatched": () => "Không chắc dòng nào của bảng ứng với chỉ tiêu của nghị quyết",

  "target-drift/differs": (d, f) =>
    `«${d.clause}»: nghị quyết ghi «${withUnit(d.textTarget, d.textUnit)}», bảng ghi «${withUnit(d.tableTarget, d.tableUnit)}» ` +
    `(TT ${d.code}, dòng ${d.row}) — ${why(d, f)}`,
  "target-missing/no-row": (d) =>
    `«${d.clause}»: chỉ tiêu${d.code ? ` (${d.code})` : ""} của nghị quyết không có dòng nào trong bảng «${d.sheet}»`,
  "target-extra/no-target": (d) =>
    `TT ${d.code} «${d.name}» (dòng ${d.row}, chỉ tiêu «${d.tableTarget}»): nghị quyết không có chỉ tiêu này`,
  "target-unmatched/why": (d) =>
    `«${d.clause}»: chưa so sánh${d.code ? ` (mục ${d.code})` : ""} vì ${UNMATCHED[d.reason]}` +
    `${d.row !== undefined ? ` (có thể là TT ${d.rowCode} «${d.rowName}», dòng ${d.row})` : ""}`,
};
