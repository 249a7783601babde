/** Words used on the sheets the annotated copy adds, Vietnamese first. */
import type { ColumnRole, Lang, Severity, Status } from "../../engine/types";

export interface SheetLabels {
  summarySheet: string;
  findingsSheet: string;
  summaryTitle: string;
  findingsTitle: string;
  explanation: string;
  sheet: string;
  noTable: string;
  table: (index: number) => string;
  targetOnly: string;
  headerRows: string;
  dataRows: string;
  columns: string;
  group: string;
  groupTitle: string;
  computed: string;
  reported: string;
  total: string;
  indicatorCount: string;
  allGroups: string;
  noGroup: string;
  sentence: string;
  missed: string;
  noneMissed: string;
  findingCounts: (errors: number, warnings: number, infos: number) => string;
  statuses: Record<Status, string>;
  severities: Record<Severity, string>;
  roles: Record<ColumnRole, string>;
  findingsHeader: [string, string, string, string, string, string];
  code: string;
  name: string;
  row: string;
  noFindings: string;
}

const vi: SheetLabels = {
  summarySheet: "Tổng hợp",
  findingsSheet: "Phát hiện",
  summaryTitle: "SOÁT CHỈ TIÊU — TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
  findingsTitle: "SOÁT CHỈ TIÊU — DANH SÁCH PHÁT HIỆN",
  explanation:
    "“Tính lại”: đánh giá tính từ chỉ tiêu và kết quả thực hiện; “Báo cáo”: nhãn đánh giá ghi trong bảng. " +
    "Đếm theo chỉ tiêu (số TT); chỉ tiêu có nhiều dòng con lấy mức thấp nhất của các dòng con.",
  sheet: "Trang tính",
  noTable: "Không tìm thấy bảng chỉ tiêu",
  table: (i) => `Bảng ${i}`,
  targetOnly: "bảng chỉ tiêu nhiệm kỳ mới (không có cột kết quả)",
  headerRows: "dòng tiêu đề",
  dataRows: "dữ liệu dòng",
  columns: "cột",
  group: "Nhóm",
  groupTitle: "Tên nhóm",
  computed: "Tính lại",
  reported: "Báo cáo",
  total: "Tổng số",
  indicatorCount: "Số chỉ tiêu",
  allGroups: "Tổng cộng",
  noGroup: "(không thuộc nhóm)",
  sentence: "Câu tổng hợp",
  missed: "Các chỉ tiêu không đạt",
  noneMissed: "Không có chỉ tiêu không đạt.",
  findingCounts: (e, w, i) => `Phát hiện: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  statuses: { exceeded: "Vượt", achieved: "Đạt", missed: "Không đạt", unassessed: "Chưa đánh giá" },
  severities: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  roles: {
    code: "TT",
    name: "Chỉ tiêu",
    unit: "ĐVT",
    target: "Chỉ tiêu NQ",
    actual: "Thực hiện",
    percent: "Tỷ lệ",
    status: "Đánh giá",
    note: "Ghi chú",
  },
  findingsHeader: ["Trang tính", "Ô", "Dòng", "Quy tắc", "Mức độ", "Nội dung"],
  code: "TT",
  name: "Chỉ tiêu",
  row: "Dòng",
  noFindings: "Không có phát hiện nào.",
};

const en: SheetLabels = {
  summarySheet: "Summary",
  findingsSheet: "Findings",
  summaryTitle: "SOÁT CHỈ TIÊU — SUMMARY OF TARGET RESULTS",
  findingsTitle: "SOÁT CHỈ TIÊU — FINDINGS",
  explanation:
    "“Computed”: status worked out from the target and the actual; “Reported”: the label written in the table. " +
    "Counted per indicator (TT); an indicator with sub-rows takes the worst status of its sub-rows.",
  sheet: "Sheet",
  noTable: "No target table found",
  table: (i) => `Table ${i}`,
  targetOnly: "new-term target table (no actual column)",
  headerRows: "header rows",
  dataRows: "data rows",
  columns: "columns",
  group: "Group",
  groupTitle: "Group title",
  computed: "Computed",
  reported: "Reported",
  total: "Total",
  indicatorCount: "Indicators",
  allGroups: "All groups",
  noGroup: "(no group)",
  sentence: "Summary sentence",
  missed: "Missed indicators",
  noneMissed: "No indicator missed.",
  findingCounts: (e, w, i) => `Findings: ${e} errors, ${w} warnings, ${i} info.`,
  statuses: { exceeded: "Exceeded", achieved: "Achieved", missed: "Missed", unassessed: "Unassessed" },
  severities: { error: "Error", warning: "Warning", info: "Info" },
  roles: {
    code: "No.",
    name: "Indicator",
    unit: "Unit",
    target: "Target",
    actual: "Actual",
    percent: "Percent",
    status: "Status",
    note: "Note",
  },
  findingsHeader: ["Sheet", "Cell", "Row", "Rule", "Severity", "Message"],
  code: "No.",
  name: "Indicator",
  row: "Row",
  noFindings: "No findings.",
};

export function sheetLabels(lang: Lang): SheetLabels {
  return lang === "en" ? en : vi;
}

/** Every name the added sheets can have, in any language. */
export const ADDED_SHEET_NAMES: readonly string[] = [
  vi.summarySheet,
  vi.findingsSheet,
  en.summarySheet,
  en.findingsSheet,
];
