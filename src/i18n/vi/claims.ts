/** Vietnamese words of the narrative check (the report's claims against the tables). */
import type { ClaimCount, ClaimUnmatched, StatusWord } from "../../engine/messages";
import type { EngineCatalog } from "../catalog";

type ClaimIds = Extract<keyof EngineCatalog, `claim-${string}` | `rule/claim-${string}`>;

const VERDICT: Record<StatusWord, string> = {
  exceeded: "vượt",
  achieved: "đạt",
  missed: "không đạt",
  unassessed: "chưa đánh giá được",
};

const COUNT: Record<ClaimCount, string> = {
  total: "tổng số chỉ tiêu",
  exceeded: "số chỉ tiêu vượt",
  achieved: "số chỉ tiêu đạt",
  "achieved-or-exceeded": "số chỉ tiêu đạt và vượt",
  missed: "số chỉ tiêu không đạt",
};

const UNMATCHED: Record<ClaimUnmatched, string> = {
  "no-table": "không có bảng nào để đối chiếu",
  "several-tables": "có nhiều bảng mà đoạn văn không nói thuộc biểu nào",
  "no-such-table": "không tìm thấy biểu (hoặc xã) mà mục này nêu",
  "no-such-item": "bảng không có chỉ tiêu mang số thứ tự này",
  "name-differs": "tên chỉ tiêu trong văn bản khác tên trong bảng",
  "unit-differs": "đơn vị trong văn bản (tỷ lệ % hay số lượng) khác đơn vị của bảng",
  "no-item-number": "văn bản không ghi số thứ tự chỉ tiêu",
  "total-without-verdict": "tổng số chỉ tiêu không rõ thuộc bảng nào",
};

export const claimsVi: Pick<EngineCatalog, ClaimIds> = {
  "rule/claim-value": () => "Số liệu nêu trong báo cáo khác số liệu trong bảng",
  "rule/claim-percent": () => "Tỷ lệ % nêu trong báo cáo không khớp với số thực hiện chia cho chỉ tiêu",
  "rule/claim-verdict": () => "Đánh giá (vượt/đạt/không đạt) trong báo cáo trái với bảng",
  "rule/claim-count": () => "Số chỉ tiêu vượt/đạt/không đạt nêu trong báo cáo không khớp với bảng",
  "rule/claim-unmatched": () => "Không xác định được nội dung báo cáo ứng với dòng nào của bảng",

  "claim-value/differs": (d, f) =>
    `«${d.clause}»: ${d.side === "actual" ? "kết quả" : "chỉ tiêu"} ghi ${d.statedText}` +
    `${d.statedUnit ? ` ${d.statedUnit}` : ""} (= ${f.num(d.stated)} ${d.tableUnit}), ` +
    `bảng ghi ${f.num(d.table)} ${d.tableUnit} (TT ${d.code}, dòng ${d.row})`,
  "claim-percent/differs": (d, f) =>
    `«${d.clause}»: ghi đạt ${d.percentText}% nhưng ${f.num(d.numerator)}/${f.num(d.denominator)} = ` +
    `${f.num(d.computed, 2)}%${d.fromTable ? " (theo số liệu của bảng)" : ""}`,
  "claim-verdict/numbers": (d, f) =>
    `«${d.clause}»: ghi «${VERDICT[d.stated]}» nhưng số liệu ${f.num(d.actual)}/${f.num(d.target)} ` +
    `là ${VERDICT[d.expected]}`,
  "claim-verdict/label": (d) =>
    `«${d.clause}»: ghi «${VERDICT[d.stated]}» nhưng bảng đánh giá «${d.label}» (${VERDICT[d.expected]})`,
  "claim-count/differs": (d) =>
    `«${d.clause}»: ${COUNT[d.count]} ghi ${d.stated}, ` +
    `${d.disagrees === "labels" ? `theo đánh giá ghi trong bảng là ${d.fromLabels ?? "?"}` : `theo số liệu của bảng là ${d.fromNumbers}`}` +
    `${d.disagrees === "labels" && d.fromLabels !== d.fromNumbers ? ` (theo số liệu là ${d.fromNumbers})` : ""}` +
    ` — ${d.sheets.join(", ")}`,
  "claim-count/of": (d) =>
    `«${d.clause}»: ghi trên tổng ${d.of} chỉ tiêu nhưng bảng có ${d.counted} chỉ tiêu — ${d.sheets.join(", ")}`,
  "claim-count/share": (d, f) =>
    `«${d.clause}»: ghi chiếm ${d.percentText}% nhưng ${d.count}/${d.of} = ${f.num(d.share, 2)}%`,
  "claim-unmatched/why": (d) =>
    `«${d.clause}»: chưa đối chiếu được${d.code ? ` (mục ${d.code})` : ""} vì ${UNMATCHED[d.reason]}`,
};
