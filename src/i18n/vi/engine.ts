/** Vietnamese words of the engine's messages (findings, reasons, readings, summaries). */
import type {
  Absence,
  ColumnRef,
  GivenValues,
  LowerQuantity,
  PercentFormula,
  PositiveAction,
  StatedCount,
  StatusWord,
  UnitScale,
} from "../../engine/messages";
import type { ColumnRole, NumberConvention } from "../../engine/types";
import type { EngineCatalog, RenderFormat } from "../catalog";
import { claimsVi } from "./claims";
import { driftVi } from "./drift";

const STATUS: Record<StatusWord, string> = {
  exceeded: "vượt",
  achieved: "đạt",
  missed: "không đạt",
  unassessed: "chưa đánh giá được",
};

const CONVENTION: Record<NumberConvention, string> = {
  vi: "kiểu Việt Nam (dấu phẩy thập phân)",
  en: "kiểu Anh (dấu chấm thập phân)",
};

const ROLE: Record<ColumnRole, string> = {
  code: "TT",
  name: "Chỉ tiêu",
  unit: "Đơn vị tính",
  target: "Chỉ tiêu NQ",
  actual: "Kết quả thực hiện",
  percent: "Tỷ lệ (%)",
  status: "Đánh giá",
  note: "Ghi chú",
};

const VALUE_CELL: Record<"target" | "actual" | "percent", string> = {
  target: "chỉ tiêu",
  actual: "kết quả",
  percent: "tỷ lệ",
};

const STATED: Record<StatedCount, string> = {
  total: "tổng số",
  exceeded: "vượt",
  achieved: "đạt",
  missed: "không đạt",
};

const LOWER_QUANTITY: Record<LowerQuantity, string> = {
  "near-poor-households": "tỷ lệ hộ cận nghèo",
  "poor-households": "tỷ lệ hộ nghèo",
  "farm-labour": "tỷ lệ lao động nông nghiệp (chuyển dịch khỏi nông nghiệp)",
  accidents: "số vụ tai nạn",
  "complex-incidents": "vụ việc phức tạp",
  complaints: "khiếu kiện",
  crime: "tội phạm",
  "drug-addicts": "số người nghiện",
  "drug-harm": "tệ nạn ma túy",
  malnutrition: "tỷ lệ suy dinh dưỡng",
  unemployment: "tỷ lệ thất nghiệp",
  fires: "cháy, nổ",
  pollution: "ô nhiễm",
  deaths: "tử vong",
  "makeshift-housing": "nhà tạm, dột nát",
  "third-births": "sinh con thứ 3 trở lên",
  "child-marriage": "tảo hôn",
  "drop-out": "tỷ lệ bỏ học",
  "bad-debt": "nợ xấu, nợ đọng",
  violations: "vi phạm",
};

const POSITIVE_ACTION: Record<PositiveAction, string> = {
  handled: "được …",
  "out-of-poverty": "thoát nghèo",
  resolved: "giải quyết",
  mediated: "hòa giải",
  supported: "hỗ trợ",
  removed: "xóa",
  rehabilitated: "cai nghiện",
  investigated: "điều tra, khám phá",
  trained: "đào tạo",
  managed: "quản lý",
  "dealt-with": "xử lý",
  received: "tiếp nhận",
};

const ABSENCE: Record<Absence, string> = {
  without: "không có",
  "drug-free": "sạch ma túy",
};

const SCALE: Record<UnitScale, string> = {
  "thousand-head": "đàn gia súc, gia cầm của một xã thường từ vài nghìn đến vài trăm nghìn con",
  "thousand-people": "dân số một xã thường từ vài nghìn đến vài chục nghìn người",
  "thousand-households": "một xã thường có từ vài trăm đến vài chục nghìn hộ",
  dong: "thu ngân sách, thu nhập hay giá tính bằng đồng là số hàng triệu trở lên",
  "million-dong": "thu ngân sách một xã thường vài chục tỷ đồng, tức vài chục nghìn triệu đồng",
  "billion-dong": "thu ngân sách một xã thường vài chục tỷ đồng, vốn đầu tư nhiều nhất vài nghìn tỷ đồng",
};

const NO_HEADER =
  "Không tìm thấy dòng tiêu đề có cột 'Chỉ tiêu' (tên chỉ tiêu) cùng ít nhất một cột " +
  "'Chỉ tiêu NQ', 'Kết quả thực hiện', 'Tỷ lệ (%)' hoặc 'Đánh giá'.";

/** "E «KH năm 2026»": a column by its letters and header. */
function columnRef(c: ColumnRef): string {
  return `${c.column} «${c.header}»`;
}

function columnRefs(cs: readonly ColumnRef[]): string {
  return cs.map(columnRef).join(", ");
}

function quoted(texts: readonly string[]): string {
  return texts.map((t) => `«${t}»`).join(", ");
}

function given(g: GivenValues, f: RenderFormat): string {
  const parts: string[] = [];
  if (g.status !== undefined) parts.push(`đánh giá «${g.status}»`);
  if (g.percent !== undefined) parts.push(`tỷ lệ ${f.cell(g.percent)}`);
  return parts.join(" và ");
}

function formula(c: { numerator: number; denominator: number }, f: RenderFormat): string {
  return `${f.num(c.numerator)}/${f.num(c.denominator)}`;
}

function computed(candidates: readonly PercentFormula[], f: RenderFormat): string {
  return candidates
    .map((c) => `${formula(c, f)} = ${f.num(c.value, 2)}%${c.note ? ` (${f.msg(c.note)})` : ""}`)
    .join(" hoặc ");
}

const LOWER_JUDGED_AS_HIGHER =
  "; có vẻ đã đánh giá như chỉ tiêu càng cao càng tốt, trong khi chỉ tiêu này càng thấp càng tốt";

export const engineVi: EngineCatalog = {
  ...claimsVi,
  ...driftVi,

  "sheet/no-table": () => "Không tìm thấy bảng chỉ tiêu trên trang này",

  "rule/invalid-value": () => "Ô chỉ tiêu, kết quả hoặc tỷ lệ chứa lỗi Excel hoặc không đọc được thành số",
  "rule/missing-value": () => "Có đánh giá hoặc tỷ lệ nhưng thiếu chỉ tiêu hoặc kết quả",
  "rule/percent-mismatch": () => "Tỷ lệ (%) ghi trong bảng không khớp với kết quả chia cho chỉ tiêu",
  "rule/status-mismatch": () => "Đánh giá (Vượt/Đạt/Không đạt) không khớp với số liệu",
  "rule/boundary-value": () => "Kết quả bằng đúng ngưỡng của chỉ tiêu dạng «trên/dưới»",
  "rule/ambiguous-number": () => "Số có thể đọc theo hai cách (như «1,250») và cách đọc làm thay đổi kết quả",
  "rule/suspect-magnitude": () => "Số liệu có độ lớn bất thường so với chỉ tiêu hoặc đơn vị tính",
  "rule/count-mismatch": () => "Số chỉ tiêu nêu trong câu tổng hợp hoặc tiêu đề nhóm không khớp với bảng",
  "rule/duplicate-code": () => "Số thứ tự (TT) bị dùng hai lần",
  "rule/numbering-gap": () => "Số thứ tự (TT) bị bỏ qua",
  "rule/text-number": () => "Số được nhập dạng văn bản",
  "rule/date-value": () => "Ô chỉ tiêu, kết quả hoặc tỷ lệ đã bị Excel đổi thành ngày",

  "detect/empty-sheet": () => "Trang tính trống, không có bảng chỉ tiêu.",
  "detect/no-header": () => NO_HEADER,
  "detect/partial-header": (d) =>
    `${NO_HEADER} Dòng ${d.row} chỉ có các tiêu đề ${d.labels.map((l) => `'${l}'`).join(", ")}. ` +
    "Có thể chỉ định dòng tiêu đề và các cột.",
  "detect/no-data-rows": (d) =>
    `Tìm thấy dòng tiêu đề ở dòng ${d.headerRow} nhưng bên dưới không có dòng chỉ tiêu nào.`,
  "detect/no-data-below-given-header": (d) =>
    `Dưới dòng tiêu đề chỉ định (dòng ${d.headerRow}) không có dòng chỉ tiêu nào.`,
  "detect/bad-header-rows": (d) =>
    `Dòng tiêu đề chỉ định không hợp lệ: ${d.rows.join(", ") || "(trống)"} (trang tính có ${d.rowCount} dòng).`,
  "detect/bad-column-letter": (d) =>
    `Cột '${d.letters}' chỉ định cho '${ROLE[d.role]}' không phải là tên cột hợp lệ (A, B, …, AB).`,
  "detect/missing-name-column": () => "Cách chỉ định cột thiếu cột 'Chỉ tiêu' (tên chỉ tiêu).",
  "detect/bad-last-row": (d) =>
    `Dòng cuối chỉ định (${d.lastRow}) nằm trước dòng dữ liệu đầu tiên (${d.firstRow}).`,

  "detect/choice-same-period": (d) =>
    `Cột tỷ lệ là ${columnRef(d.chosen)}; ${columnRefs(d.rejected)} so với cùng kỳ năm trước, không phải tỷ lệ so với chỉ tiêu.`,
  "detect/choice-percent-header": (d) =>
    `Cột ${columnRef(d.percent)} so với ${d.compares === "year-plan" ? "kế hoạch năm" : "chỉ tiêu nghị quyết"}: ` +
    `chỉ tiêu để tính là cột ${columnRef(d.chosen)}, không phải ${columnRefs(d.rejected)}.`,
  "detect/choice-data": (d) =>
    `Chỉ tiêu để tính là cột ${columnRef(d.chosen)}: với cột này ${d.matched}/${d.compared} tỷ lệ và đánh giá ghi ` +
    `trong bảng khớp với số liệu, với ${columnRefs(d.rejected)} chỉ ${d.rejectedMatched}/${d.compared}.`,
  "detect/choice-leftmost": (d) =>
    `Nhiều cột có thể là cột '${ROLE[d.role]}' (${columnRefs([d.chosen, ...d.rejected])}), tiêu đề và số liệu ` +
    `không phân định được: dùng cột bên trái ${columnRef(d.chosen)}.`,

  "target/blank": () => "Ô chỉ tiêu trống: không có gì để đánh giá",
  "target/not-assigned": (d, f) => `Không giao chỉ tiêu ("${f.clip(d.text)}"): không có gì để đánh giá`,
  "target/relative": (d, f) =>
    `Chỉ tiêu tương đối ("${f.clip(d.text)}", có "${d.cue}"): cần số liệu gốc (năm trước, kế hoạch giao) mà bảng không có`,
  "target/compound": (d, f) =>
    `Ô chỉ tiêu gồm ${d.parts} chỉ tiêu con ("${f.clip(d.text)}"): không đánh giá được bằng một số`,
  "target/many-numbers": (d, f) =>
    `Chỉ tiêu có ${d.count} số không rõ quan hệ ("${f.clip(d.text)}"): không đánh giá`,
  "target/unreadable": (d, f) => `Không đọc được chỉ tiêu "${f.clip(d.text)}" thành số: không đánh giá`,
  "target/unclear": (d, f) => `Chỉ tiêu "${f.clip(d.text)}" không rõ nghĩa: không đánh giá`,
  "target/cell-error": (d) => `Ô chỉ tiêu chứa lỗi ${d.error}`,
  "target/date": () => "Ô chỉ tiêu là ngày do Excel tự đổi, không phải số: không đánh giá",

  "polarity/default": () => "mặc định: càng cao càng tốt",
  "polarity/user-higher": () => "Người dùng chọn: càng cao càng tốt",
  "polarity/user-lower": () => "Người dùng chọn: càng thấp càng tốt",
  "polarity/name-at-most": (d) => `tên có "${d.afterReduce ? `giảm … ${d.cue}` : d.cue}": càng thấp càng tốt`,
  "polarity/name-at-least": (d) => `tên có "${d.cue}": càng cao càng tốt`,
  "polarity/target-at-most": (d) => `chỉ tiêu dạng "${d.cue}": càng thấp càng tốt`,
  "polarity/target-at-least": (d) => `chỉ tiêu dạng "${d.cue}": càng cao càng tốt`,
  "polarity/reduce-to": () => `tên có "giảm … xuống": càng thấp càng tốt`,
  "polarity/reduction-rate": () => `tên có "giảm bình quân …/năm": đo tốc độ giảm, càng cao càng tốt`,
  "polarity/reduction-size": () =>
    `tên có "giảm" (không có "xuống/còn"): hiểu chỉ tiêu là mức giảm, càng cao càng tốt (đổi nếu là mức cần đạt)`,
  "polarity/absence": (d) => `tên có "${ABSENCE[d.absence]}": đếm đơn vị tốt, càng cao càng tốt`,
  "polarity/work-done": (d) =>
    `${LOWER_QUANTITY[d.quantity]} nhưng tên có "${POSITIVE_ACTION[d.action]}": đếm việc đã làm, càng cao càng tốt`,
  "polarity/lower-quantity": (d) => `${LOWER_QUANTITY[d.quantity]}: càng thấp càng tốt`,

  "status/target-only": () => "Bảng chỉ có chỉ tiêu, chưa có kết quả",
  "status/no-target": () => "Không giao chỉ tiêu",
  "status/relative-target": () => "Chỉ tiêu so với mốc không có trong bảng",
  "status/compound-target": () => "Chỉ tiêu gồm nhiều chỉ tiêu con",
  "status/qualitative-unclear": (d, f) => `Kết quả «${f.cell(d.actual)}» không cho biết đạt hay không đạt`,
  "status/no-actual": () => "Chưa có kết quả thực hiện",
  "status/actual-error": (d) => `Ô kết quả chứa lỗi ${d.actual}`,
  "status/actual-date": () => "Ô kết quả là ngày do Excel tự đổi, không phải số",
  "status/actual-unreadable": (d) => `Kết quả «${d.actual}» không đọc được thành số`,
  "status/no-level": (d) => `Không đọc được mức chỉ tiêu «${d.target}»`,
  "status/boundary": (d) =>
    `Kết quả bằng đúng ngưỡng của chỉ tiêu «${d.target}»: hiểu chặt là không đạt, đã tính là đạt`,

  "percent/lower-bound": () => "so với cận dưới",
  "percent/upper-bound": () => "so với cận trên",

  "summary/sentence": (c, f) => {
    if (c.total === 0) return "Không có chỉ tiêu nào trong bảng.";
    if (c.unassessed === c.total)
      return `Tổng số ${f.pad2(c.total)} chỉ tiêu; chưa có chỉ tiêu nào đánh giá được.`;
    const good = c.exceeded + c.achieved;
    const parts = [
      `${f.pad2(c.exceeded)} chỉ tiêu vượt`,
      `${f.pad2(c.achieved)} chỉ tiêu đạt`,
      `${f.pad2(c.missed)} chỉ tiêu không đạt`,
    ];
    if (c.unassessed > 0) parts.push(`${f.pad2(c.unassessed)} chỉ tiêu chưa đánh giá được`);
    return (
      `Tổng số ${f.pad2(c.total)} chỉ tiêu: ${f.list(parts, ", ")}; ` +
      `${good}/${c.total} chỉ tiêu đạt và vượt (${f.num((good / c.total) * 100, 1)}%).`
    );
  },

  "ambiguous-number/status-changes": (d) =>
    `${quoted(d.texts)} được đọc theo quy ước số của trang, ${CONVENTION[d.used]}; nếu đọc theo ` +
    `${CONVENTION[d.other]} thì đánh giá sẽ là «${STATUS[d.status]}» thay vì «${STATUS[d.instead]}»`,
  "ambiguous-number/percent-unmatched": (d) =>
    `${quoted(d.texts)} được đọc theo quy ước số của trang, ${CONVENTION[d.used]}; nếu đọc theo ` +
    `${CONVENTION[d.other]} thì tỷ lệ ghi trong bảng sẽ không còn khớp`,
  "ambiguous-number/percent-matched": (d) =>
    `${quoted(d.texts)} được đọc theo quy ước số của trang, ${CONVENTION[d.used]}; nếu đọc theo ` +
    `${CONVENTION[d.other]} thì tỷ lệ ghi trong bảng sẽ khớp`,

  "ambiguous-number/settled-by-percent": (d) =>
    `${quoted(d.texts)} được đọc theo ${CONVENTION[d.used]}` +
    (d.againstSheet ? ", khác quy ước số của trang," : "") +
    ` vì chỉ cách đọc này khớp với tỷ lệ «${d.percentText}» ghi ở dòng này; đọc theo ` +
    `${CONVENTION[d.other]} thì tỷ lệ không khớp`,

  "boundary-value/strict-threshold": (d, f) =>
    `Kết quả ${f.num(d.actual, 2)} bằng đúng ngưỡng của chỉ tiêu «${d.target}»: hiểu chặt («trên/dưới») ` +
    "là không đạt, hiểu rộng là đạt; đã tính là đạt, cần xác nhận",

  "count-mismatch/statement": (d, f) =>
    `Câu tổng hợp không khớp với bảng (${d.fromLabels ? "theo đánh giá ghi trong bảng" : "theo số liệu của bảng"}): ` +
    f.list(
      d.differences.map((m) => f.msg(m)),
      "; ",
    ),
  "count-mismatch/count": (d) => `${STATED[d.count]} ghi ${d.stated}, bảng có ${d.counted}`,
  "count-mismatch/achieved-share": (d) =>
    `ghi ${d.count}/${d.total} chỉ tiêu đạt và vượt, bảng có ${d.countedGood}/${d.counted}`,
  "count-mismatch/percent": (d, f) =>
    `tỷ lệ ghi ${d.percentText}% nhưng ${d.count}/${d.total} = ${f.num(d.share, 2)}%`,
  "count-mismatch/group": (d) =>
    `Nhóm ${d.code} ghi (${d.stated} chỉ tiêu) nhưng bảng có ${d.counted} chỉ tiêu trong nhóm`,

  "duplicate-code/same-indicator": (d) =>
    `TT ${d.code} lặp lại chỉ tiêu «${d.name}» đã có ở dòng ${d.firstRow}`,
  "duplicate-code/other-indicator": (d) =>
    `TT ${d.code} đã dùng cho «${d.firstName}» ở dòng ${d.firstRow}, lại dùng cho «${d.name}»`,

  "invalid-value/target-error": (d) => `Ô chỉ tiêu chứa lỗi ${d.error}`,
  "invalid-value/actual-error": (d) => `Ô kết quả thực hiện chứa lỗi ${d.error}`,
  "invalid-value/actual-unreadable": (d, f) =>
    `Kết quả thực hiện «${d.actual}» không đọc được thành số để so với chỉ tiêu ${f.cell(d.target)}`,
  "invalid-value/percent-error": (d) => `Ô tỷ lệ chứa lỗi ${d.error}`,
  "invalid-value/percent-unreadable": (d) => `Tỷ lệ «${d.percent}» không đọc được thành số`,

  "missing-value/target-error": (d, f) => `Có ${given(d.given, f)} nhưng chỉ tiêu là lỗi ${d.error}`,
  "missing-value/target-without-level": (d, f) =>
    `Có ${given(d.given, f)} nhưng chỉ tiêu là «${d.target}» (không có mức để so)`,
  "missing-value/target-empty": (d, f) => `Có ${given(d.given, f)} nhưng ô chỉ tiêu trống`,
  "missing-value/actual-error": (d, f) => `Có ${given(d.given, f)} nhưng kết quả thực hiện là lỗi ${d.error}`,
  "missing-value/actual-text": (d, f) => `Có ${given(d.given, f)} nhưng kết quả thực hiện là «${d.actual}»`,
  "missing-value/actual-empty": (d, f) => `Có ${given(d.given, f)} nhưng ô kết quả thực hiện trống`,

  "numbering-gap/gap": (d) =>
    `Sau TT ${d.previous} là TT ${d.code}: thiếu TT ${d.prefix ? `${d.prefix}.` : ""}` +
    (d.from === d.to ? String(d.from) : `${d.from}–${d.to}`),

  "percent-mismatch/mismatch": (d, f) =>
    `Tỷ lệ ghi ${f.num(d.reported, 2)}% nhưng ${computed(d.computed, f)}`,
  "percent-mismatch/computed-as-higher": (d, f) =>
    `Tỷ lệ ghi ${f.num(d.reported, 2)}% nhưng ${computed(d.computed, f)}; tỷ lệ ghi là ` +
    `${formula(d.asHigher, f)}, tính như chỉ tiêu càng cao càng tốt, trong khi chỉ tiêu này càng thấp càng tốt`,

  "status-mismatch/against-numbers": (d, f) =>
    `Đánh giá ghi «${d.label}» nhưng kết quả ${f.cell(d.actual) || "—"} so với chỉ tiêu ${f.cell(d.target) || "—"}` +
    `${d.percent === null ? "" : ` (${f.num(d.percent, 2)}%)`} là «${STATUS[d.expected]}»` +
    (d.judgedAsHigher ? LOWER_JUDGED_AS_HIGHER : ""),
  "status-mismatch/against-sub-rows": (d) =>
    `Đánh giá ghi «${d.label}» nhưng mức thấp nhất của các dòng con là «${STATUS[d.expected]}»` +
    (d.judgedAsHigher ? LOWER_JUDGED_AS_HIGHER : ""),

  "suspect-magnitude/head-count": (d, f) =>
    `Kết quả ${f.num(d.actual, 2)} với đơn vị «${d.unit}» có vẻ là số đếm từng cá thể ` +
    `(chỉ tiêu ${f.num(d.target, 2)} ${d.unit})`,
  "suspect-magnitude/far-from-target": (d, f) =>
    `Kết quả ${f.num(d.actual, 2)} gấp ${f.num(d.ratio, 2)} lần chỉ tiêu ${f.num(d.target, 2)}: ` +
    "kiểm tra đơn vị hoặc số nhập",
  "suspect-magnitude/rate-above-100": (d, f) =>
    `«${d.name}» là một tỷ lệ nhưng kết quả ghi ${f.num(d.actual, 2)}%, lớn hơn 100%`,
  "suspect-magnitude/percent-as-actual": (d, f) =>
    `Kết quả ${f.num(d.actual, 2)}% bằng đúng tỷ lệ so với chỉ tiêu ghi ở ô ${d.percentCell}: ` +
    `có thể đã ghi tỷ lệ % so với chỉ tiêu ${f.num(d.target, 2)}% thay cho kết quả`,

  "suspect-magnitude/unit-scale": (d, f) =>
    `${d.role === "target" ? "Chỉ tiêu" : "Kết quả"} ${f.num(d.value, 2)} ${d.unit} ` +
    `${d.above ? "quá lớn" : "quá nhỏ"} với một xã (${SCALE[d.scale]}; ` +
    `${d.above ? "trên" : "dưới"} ${f.num(d.bound)} ${d.unit} là bất thường): kiểm tra đơn vị tính hoặc số nhập`,

  "text-number/text": (d, f) =>
    `Ô ${VALUE_CELL[d.role]} «${d.text}» là văn bản chứ không phải số (đọc được là ${f.num(d.value, 2)}); ` +
    "nên nhập dạng số để Excel tính được",

  "date-value/excel-date": (d, f) =>
    `Excel đã đổi «${d.typed}» thành ngày ${f.pad2(d.day)}/${f.pad2(d.month)} ở ô ${VALUE_CELL[d.role]}: ` +
    `ô này không được tính như số. Để giữ «${d.typed}», định dạng ô là Văn bản (Text) hoặc gõ ` +
    `dấu nháy trước («'${d.typed}»)`,
};
