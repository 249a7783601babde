import { createContext, useContext } from "react";
import type { ColumnRole, DetectedTable, Lang, Polarity, Severity, Status } from "../engine/types";
import type { LocalizedText } from "../i18n/localized";

/** Every string the task pane shows, in Vietnamese (the default) and English. */
export interface Strings {
  appTitle: string;
  loading: string;
  loadFailed: (detail: string) => string;
  source: (label: string) => string;

  sheetLabel: string;
  noSheets: string;

  checkButton: string;
  checking: string;
  checkingProgress: (percent: number) => string;
  checkDone: (tables: number, findings: number) => string;
  checkFailed: (detail: string) => string;
  noTable: string;
  noTableHint: string;

  tableLabel: string;
  tableOption: (index: number, table: DetectedTable) => string;

  detectedHeading: string;
  tableRows: (first: number, last: number) => string;
  headerRowsText: (rows: number[]) => string;
  endedBy: Record<DetectedTable["endedBy"], string>;
  endedByLabel: string;
  targetOnly: string;
  conventionLabel: string;
  convention: Record<"vi" | "en", string>;
  columnsHeading: string;
  roles: Record<ColumnRole, string>;
  roleMissing: string;
  mappingInUse: string;

  mappingHeading: string;
  mappingIntro: string;
  headerRowsLabel: string;
  headerRowsHint: string;
  columnLabel: (role: string) => string;
  lastRowLabel: string;
  lastRowHint: string;
  saveMapping: string;
  clearMapping: string;
  mappingErrors: {
    headerRows: string;
    nameRequired: string;
    badLetter: (role: string, letters: string) => string;
    duplicate: (letters: string) => string;
    lastRow: string;
  };

  polarityHeading: string;
  polarityIntro: string;
  polarityFilterLabel: string;
  polarityLabel: (code: string, name: string) => string;
  polarity: Record<Polarity, string>;
  polarityOverridden: string;
  polarityMore: (shown: number, total: number) => string;
  polarityNone: string;

  summaryHeading: string;
  countsHeading: string;
  countsRowsHeading: string;
  countUnitLabel: string;
  countUnits: Record<"indicators" | "rows", string>;
  countColumn: string;
  computedColumn: string;
  reportedColumn: string;
  status: Record<Status | "total", string>;
  groupsHeading: string;
  groupColumn: string;
  noGroup: string;
  groupCell: (computed: number, reported: number) => string;
  mismatch: string;
  missedHeading: string;
  noMissed: string;
  missedItem: (code: string, name: string, row: number) => string;
  missedShown: (shown: number, total: number) => string;
  chartHeading: string;
  chartBar: (group: string, status: string, count: number) => string;
  chartRowsHeading: string;
  chartRowsBar: (group: string, status: string, count: number) => string;

  findingsHeading: (count: number) => string;
  noFindings: string;
  noFindingsMatch: string;
  severityFilter: string;
  ruleFilter: string;
  textFilter: string;
  all: string;
  severity: Record<Severity, string>;
  severityGroup: (severity: string, count: number) => string;
  ruleGroup: (rule: string, count: number) => string;
  findingRow: (row: number) => string;
  findingAction: (cell: string) => string;
  showMore: (remaining: number) => string;
  findingsShown: (shown: number, total: number) => string;
  selectFailed: (detail: string) => string;

  settingsHeading: string;
  toleranceLabel: string;
  toleranceHint: string;
  toleranceInvalid: string;
  rulesLabel: string;
  languageLabel: string;
  languages: Record<Lang, string>;
  settingsSaved: string;
  settingsSaveFailed: (detail: string) => string;

  actionsHeading: string;
  applyFlags: string;
  clearFlags: string;
  writeSummary: string;
  fillEmpty: string;
  download: string;
  actionRunning: string;
  applyFlagsDone: string;
  clearFlagsDone: string;
  writeSummaryDone: string;
  fillEmptyDone: (count: number) => string;
  downloadDone: string;
  actionFailed: (detail: string) => string;
  fillConfirmTitle: string;
  fillConfirmBody: string;
  fillConfirm: string;
  cancel: string;
  needReport: string;
}

const vi: Strings = {
  appTitle: "Soát chỉ tiêu",
  loading: "Đang tải…",
  loadFailed: (d) => `Không mở được sổ tính: ${d}`,
  source: (label) => `Nguồn: ${label}`,

  sheetLabel: "Trang tính",
  noSheets: "Sổ tính không có trang nào.",

  checkButton: "Kiểm tra",
  checking: "Đang kiểm tra…",
  checkingProgress: (p) => `Đang kiểm tra… ${p}%`,
  checkDone: (t, f) => `Đã kiểm tra xong: ${t} bảng, ${f} phát hiện.`,
  checkFailed: (d) => `Kiểm tra không thành công: ${d}`,
  noTable: "Không tìm thấy bảng chỉ tiêu trên trang này.",
  noTableHint: "Có thể chỉ rõ dòng tiêu đề và các cột ở phần “Chỉnh cách đọc bảng” rồi kiểm tra lại.",

  tableLabel: "Bảng",
  tableOption: (i, t) => `Bảng ${i + 1} (dòng ${t.firstRow}–${t.lastRow})`,

  detectedHeading: "Bảng đã nhận diện",
  tableRows: (a, b) => `Dữ liệu từ dòng ${a} đến dòng ${b}`,
  headerRowsText: (rows) => `Dòng tiêu đề: ${rows.join(", ")}`,
  endedBy: {
    blank: "các dòng trống",
    statement: "câu tổng kết",
    note: "ghi chú",
    signature: "phần ký tên",
    sheetEnd: "hết trang tính",
    explicit: "dòng cuối do người dùng chỉ định",
  },
  endedByLabel: "Bảng kết thúc ở",
  targetOnly: "Bảng chỉ có chỉ tiêu (không có cột kết quả thực hiện).",
  conventionLabel: "Cách viết số",
  convention: { vi: "kiểu Việt Nam (1.234,5)", en: "kiểu quốc tế (1,234.5)" },
  columnsHeading: "Các cột",
  roles: {
    code: "Số TT",
    name: "Tên chỉ tiêu",
    unit: "Đơn vị tính",
    target: "Chỉ tiêu NQ",
    actual: "Kết quả thực hiện",
    percent: "Tỷ lệ (%)",
    status: "Đánh giá",
    note: "Ghi chú",
  },
  roleMissing: "không có",
  mappingInUse: "Đang dùng cách đọc bảng do người dùng chỉ định.",

  mappingHeading: "Chỉnh cách đọc bảng",
  mappingIntro: "Nếu bảng được nhận diện sai, hãy nhập dòng tiêu đề và chữ cái của từng cột.",
  headerRowsLabel: "Dòng tiêu đề",
  headerRowsHint: "Số dòng, ví dụ 4 hoặc 4,5 khi tiêu đề có hai dòng.",
  columnLabel: (role) => `Cột “${role}”`,
  lastRowLabel: "Dòng cuối của bảng (không bắt buộc)",
  lastRowHint: "Để trống để tự tìm chỗ kết thúc.",
  saveMapping: "Lưu và kiểm tra lại",
  clearMapping: "Bỏ, dùng nhận diện tự động",
  mappingErrors: {
    headerRows: "Dòng tiêu đề phải là các số dòng dương, cách nhau bởi dấu phẩy.",
    nameRequired: "Cần có cột “Tên chỉ tiêu”.",
    badLetter: (role, l) => `Cột “${role}”: “${l}” không phải chữ cái cột (A, B, …, AA).`,
    duplicate: (l) => `Cột ${l} được gán cho hai vai trò.`,
    lastRow: "Dòng cuối phải là một số dòng nằm dưới dòng tiêu đề.",
  },

  polarityHeading: "Chiều đánh giá",
  polarityIntro:
    "Với chỉ tiêu “càng thấp càng tốt” (tỷ lệ hộ nghèo, số vụ tai nạn…), chọn “Thấp hơn là tốt”.",
  polarityFilterLabel: "Tìm chỉ tiêu",
  polarityLabel: (code, name) => `Chiều đánh giá của chỉ tiêu ${code} ${name}`.trim(),
  polarity: { higher: "Cao hơn là tốt", lower: "Thấp hơn là tốt" },
  polarityOverridden: "do người dùng chọn",
  polarityMore: (s, t) => `Đang hiện ${s}/${t} chỉ tiêu; gõ để tìm.`,
  polarityNone: "Không có chỉ tiêu phù hợp.",

  summaryHeading: "Tổng hợp",
  countsHeading: "Số chỉ tiêu (theo số TT)",
  countsRowsHeading: "Số dòng chỉ tiêu (kể cả dòng con)",
  countUnitLabel: "Đếm",
  countUnits: { indicators: "Theo chỉ tiêu", rows: "Theo dòng" },
  countColumn: "Mức",
  computedColumn: "Tính lại",
  reportedColumn: "Bảng ghi",
  status: {
    total: "Tổng số",
    exceeded: "Vượt",
    achieved: "Đạt",
    missed: "Không đạt",
    unassessed: "Chưa đánh giá được",
  },
  groupsHeading: "Theo nhóm",
  groupColumn: "Nhóm",
  noGroup: "Không thuộc nhóm",
  groupCell: (c, r) => (c === r ? `${c}` : `${c} (bảng ghi ${r})`),
  mismatch: "khác với bảng ghi",
  missedHeading: "Chỉ tiêu không đạt",
  noMissed: "Không có chỉ tiêu nào không đạt.",
  missedItem: (code, name, row) => `${code}. ${name} (dòng ${row})`,
  missedShown: (s, t) => `Đang hiện ${s}/${t} chỉ tiêu không đạt.`,
  chartHeading: "Biểu đồ số chỉ tiêu theo nhóm",
  chartBar: (g, s, n) => `${g}: ${n} chỉ tiêu ${s.toLowerCase()}`,
  chartRowsHeading: "Biểu đồ số dòng chỉ tiêu theo nhóm",
  chartRowsBar: (g, s, n) => `${g}: ${n} dòng ${s.toLowerCase()}`,

  findingsHeading: (n) => `Phát hiện (${n})`,
  noFindings: "Không có phát hiện nào.",
  noFindingsMatch: "Không có phát hiện nào khớp bộ lọc.",
  severityFilter: "Mức độ",
  ruleFilter: "Quy tắc",
  textFilter: "Tìm trong phát hiện",
  all: "Tất cả",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  severityGroup: (s, n) => `${s} (${n})`,
  ruleGroup: (r, n) => `${r} (${n})`,
  findingRow: (row) => `Dòng ${row}`,
  findingAction: (cell) => `Chọn ô ${cell}`,
  showMore: (n) => `Hiện thêm (còn ${n})`,
  findingsShown: (s, t) => `Đang hiện ${s}/${t} phát hiện.`,
  selectFailed: (d) => `Không chọn được ô: ${d}`,

  settingsHeading: "Cài đặt",
  toleranceLabel: "Sai số cho phép thêm (điểm %)",
  toleranceHint: "Cộng thêm vào sai số làm tròn khi so tỷ lệ % ghi trong bảng, ví dụ 0,5.",
  toleranceInvalid: "Sai số phải là một số không âm.",
  rulesLabel: "Các quy tắc kiểm tra",
  languageLabel: "Ngôn ngữ",
  languages: { vi: "Tiếng Việt", en: "English" },
  settingsSaved: "Đã lưu cài đặt.",
  settingsSaveFailed: (d) => `Không lưu được cài đặt: ${d}`,

  actionsHeading: "Thao tác trên sổ tính",
  applyFlags: "Đánh dấu trên bảng",
  clearFlags: "Xóa đánh dấu",
  writeSummary: "Tạo bảng tổng hợp",
  fillEmpty: "Điền các ô trống",
  download: "Tải bảng đã đánh dấu",
  actionRunning: "Đang thực hiện…",
  applyFlagsDone: "Đã đánh dấu các phát hiện trên bảng.",
  clearFlagsDone: "Đã xóa đánh dấu, định dạng cũ được giữ nguyên.",
  writeSummaryDone: "Đã tạo trang “Tổng hợp”.",
  fillEmptyDone: (n) => `Đã điền ${n} ô trống.`,
  downloadDone: "Đã tạo tệp để tải về.",
  actionFailed: (d) => `Không thực hiện được: ${d}`,
  fillConfirmTitle: "Điền các ô trống?",
  fillConfirmBody:
    "Chỉ các ô Tỷ lệ (%) và Đánh giá đang trống được điền theo kết quả tính lại. Không ô nào đã có giá trị bị thay đổi.",
  fillConfirm: "Điền",
  cancel: "Hủy",
  needReport: "Hãy kiểm tra bảng trước.",
};

const en: Strings = {
  appTitle: "Target table checker",
  loading: "Loading…",
  loadFailed: (d) => `Could not open the workbook: ${d}`,
  source: (label) => `Source: ${label}`,

  sheetLabel: "Worksheet",
  noSheets: "The workbook has no worksheets.",

  checkButton: "Check",
  checking: "Checking…",
  checkingProgress: (p) => `Checking… ${p}%`,
  checkDone: (t, f) => `Check finished: ${t} table(s), ${f} finding(s).`,
  checkFailed: (d) => `The check failed: ${d}`,
  noTable: "No target table was found on this sheet.",
  noTableHint:
    "You can give the header row and the columns under “Correct how the table is read”, then check again.",

  tableLabel: "Table",
  tableOption: (i, t) => `Table ${i + 1} (rows ${t.firstRow}–${t.lastRow})`,

  detectedHeading: "Detected table",
  tableRows: (a, b) => `Data from row ${a} to row ${b}`,
  headerRowsText: (rows) => `Header row(s): ${rows.join(", ")}`,
  endedBy: {
    blank: "blank rows",
    statement: "a summary statement",
    note: "a note",
    signature: "the signature block",
    sheetEnd: "the end of the sheet",
    explicit: "the last row you gave",
  },
  endedByLabel: "Table ends at",
  targetOnly: "Target-only table (no actual results column).",
  conventionLabel: "Number format",
  convention: { vi: "Vietnamese (1.234,5)", en: "English (1,234.5)" },
  columnsHeading: "Columns",
  roles: {
    code: "No. (TT)",
    name: "Indicator",
    unit: "Unit",
    target: "Target",
    actual: "Actual",
    percent: "Percent (%)",
    status: "Assessment",
    note: "Note",
  },
  roleMissing: "none",
  mappingInUse: "Using the table layout you gave.",

  mappingHeading: "Correct how the table is read",
  mappingIntro: "If the table was detected wrongly, give the header row and the letter of each column.",
  headerRowsLabel: "Header row(s)",
  headerRowsHint: "Row numbers, e.g. 4, or 4,5 for a two-row header.",
  columnLabel: (role) => `Column “${role}”`,
  lastRowLabel: "Last row of the table (optional)",
  lastRowHint: "Leave empty to find the end automatically.",
  saveMapping: "Save and check again",
  clearMapping: "Remove, use automatic detection",
  mappingErrors: {
    headerRows: "Header rows must be positive row numbers separated by commas.",
    nameRequired: "The “Indicator” column is required.",
    badLetter: (role, l) => `Column “${role}”: “${l}” is not a column letter (A, B, …, AA).`,
    duplicate: (l) => `Column ${l} is given two roles.`,
    lastRow: "The last row must be a row number below the header.",
  },

  polarityHeading: "Direction",
  polarityIntro: "For “lower is better” indicators (poverty rate, accidents…), choose “Lower is better”.",
  polarityFilterLabel: "Find indicator",
  polarityLabel: (code, name) => `Direction of indicator ${code} ${name}`.trim(),
  polarity: { higher: "Higher is better", lower: "Lower is better" },
  polarityOverridden: "chosen by you",
  polarityMore: (s, t) => `Showing ${s} of ${t} indicators; type to search.`,
  polarityNone: "No matching indicator.",

  summaryHeading: "Summary",
  countsHeading: "Indicators (per number TT)",
  countsRowsHeading: "Indicator rows (sub-rows included)",
  countUnitLabel: "Count",
  countUnits: { indicators: "Per indicator", rows: "Per row" },
  countColumn: "Status",
  computedColumn: "Computed",
  reportedColumn: "In table",
  status: {
    total: "Total",
    exceeded: "Exceeded",
    achieved: "Achieved",
    missed: "Missed",
    unassessed: "Not assessable",
  },
  groupsHeading: "By group",
  groupColumn: "Group",
  noGroup: "No group",
  groupCell: (c, r) => (c === r ? `${c}` : `${c} (table says ${r})`),
  mismatch: "differs from the table",
  missedHeading: "Missed indicators",
  noMissed: "No indicator was missed.",
  missedItem: (code, name, row) => `${code}. ${name} (row ${row})`,
  missedShown: (s, t) => `Showing ${s} of ${t} missed indicators.`,
  chartHeading: "Chart of indicators per group",
  chartBar: (g, s, n) => `${g}: ${n} indicator(s) ${s.toLowerCase()}`,
  chartRowsHeading: "Chart of indicator rows per group",
  chartRowsBar: (g, s, n) => `${g}: ${n} row(s) ${s.toLowerCase()}`,

  findingsHeading: (n) => `Findings (${n})`,
  noFindings: "No findings.",
  noFindingsMatch: "No finding matches the filters.",
  severityFilter: "Severity",
  ruleFilter: "Rule",
  textFilter: "Search findings",
  all: "All",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityGroup: (s, n) => `${s} (${n})`,
  ruleGroup: (r, n) => `${r} (${n})`,
  findingRow: (row) => `Row ${row}`,
  findingAction: (cell) => `Select cell ${cell}`,
  showMore: (n) => `Show more (${n} left)`,
  findingsShown: (s, t) => `Showing ${s} of ${t} findings.`,
  selectFailed: (d) => `Could not select the cell: ${d}`,

  settingsHeading: "Settings",
  toleranceLabel: "Extra tolerance (percentage points)",
  toleranceHint: "Added to the rounding tolerance when comparing a reported %, e.g. 0.5.",
  toleranceInvalid: "The tolerance must be a non-negative number.",
  rulesLabel: "Checks",
  languageLabel: "Language",
  languages: { vi: "Tiếng Việt", en: "English" },
  settingsSaved: "Settings saved.",
  settingsSaveFailed: (d) => `Could not save the settings: ${d}`,

  actionsHeading: "Workbook actions",
  applyFlags: "Flag in the table",
  clearFlags: "Remove flags",
  writeSummary: "Create summary sheet",
  fillEmpty: "Fill empty cells",
  download: "Download annotated workbook",
  actionRunning: "Working…",
  applyFlagsDone: "The findings are flagged in the table.",
  clearFlagsDone: "Flags removed; your formatting is restored.",
  writeSummaryDone: "The “Tổng hợp” summary sheet was created.",
  fillEmptyDone: (n) => `Filled ${n} empty cell(s).`,
  downloadDone: "The annotated file is ready.",
  actionFailed: (d) => `Could not complete: ${d}`,
  fillConfirmTitle: "Fill the empty cells?",
  fillConfirmBody:
    "Only the empty Percent (%) and Assessment cells are filled from the computed results. No cell that has a value is changed.",
  fillConfirm: "Fill",
  cancel: "Cancel",
  needReport: "Check the table first.",
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** The message in the chosen language, falling back to Vietnamese. */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return "";
  return (lang === "en" ? text.en : text.vi) || text.vi || text.en;
}

/**
 * A message rendered in both languages when it is produced, so that a message kept in state
 * (an action's outcome, an error) follows a later language switch instead of staying in the old one.
 */
export function localize(render: (strings: Strings) => string): LocalizedText {
  return { vi: render(STRINGS.vi), en: render(STRINGS.en) };
}

export const LangContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}
