/**
 * The page's own texts (the task pane's texts are in src/taskpane/i18n.ts). Vietnamese first.
 */
import type { Lang } from "../engine/types";
import type { FailureCode, ProgressStage } from "./protocol";

export interface PageTexts {
  title: string;
  subtitle: string;
  privacy: string;
  dropTitle: string;
  dropHint: string;
  chooseFile: string;
  chooseOther: string;
  dropHere: string;
  opening: (fileName: string) => string;
  openFailedTitle: (fileName: string) => string;
  failures: Record<FailureCode, string>;
  stages: Record<ProgressStage, string>;
  progress: (stage: string, percent: number) => string;
  fileLabel: (fileName: string, sheets: number) => string;
  languageLabel: string;
  languages: Record<Lang, string>;
  previewTitle: (sheet: string, address: string) => string;
  previewHeader: string;
  previewRow: (row: number) => string;
  closePreview: string;
  downloadFailed: string;
  dismiss: string;
}

const vi: PageTexts = {
  title: "Soát chỉ tiêu",
  subtitle: "Kiểm tra bảng chỉ tiêu nghị quyết ngay trong trình duyệt, không cần Excel.",
  privacy: "Tệp được xử lý ngay trên máy này; không có dữ liệu nào được gửi đi.",
  dropTitle: "Mở bảng chỉ tiêu (.xlsx)",
  dropHint: "Kéo thả tệp .xlsx vào đây, hoặc bấm nút để chọn tệp.",
  chooseFile: "Chọn tệp .xlsx",
  chooseOther: "Mở tệp khác",
  dropHere: "Thả tệp vào đây",
  opening: (f) => `Đang đọc tệp “${f}”…`,
  openFailedTitle: (f) => `Không mở được tệp “${f}”`,
  failures: {
    empty: "Tệp rỗng (0 byte). Hãy chọn lại tệp Excel có dữ liệu.",
    notExcel:
      "Đây không phải tệp Excel .xlsx. Hãy mở tệp trong Excel rồi lưu lại dưới dạng “Excel Workbook (*.xlsx)”.",
    legacyXls:
      "Đây là tệp Excel 97–2003 (.xls), trang này chỉ đọc được .xlsx. Hãy mở tệp trong Excel và chọn Lưu thành “Excel Workbook (*.xlsx)”.",
    xlsb: "Đây là tệp Excel nhị phân (.xlsb). Hãy lưu lại dưới dạng “Excel Workbook (*.xlsx)”.",
    encrypted:
      "Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi mở lại ở đây.",
    corrupt:
      "Tệp .xlsx bị hỏng hoặc chưa tải về trọn vẹn, không đọc được. Hãy tải lại hoặc mở và lưu lại bằng Excel.",
    noSheets: "Tệp không có trang tính nào để kiểm tra.",
    noWorkbook: "Chưa mở tệp nào.",
    unknownSheet: "Không tìm thấy trang tính này trong tệp.",
    internal: "Đã xảy ra lỗi khi xử lý tệp.",
  },
  stages: { reading: "Đang đọc tệp", checking: "Đang kiểm tra", annotating: "Đang tạo tệp đánh dấu" },
  progress: (stage, p) => `${stage}: ${p}%`,
  fileLabel: (f, n) => `Tệp: ${f} (${n} trang tính)`,
  languageLabel: "Ngôn ngữ",
  languages: { vi: "Tiếng Việt", en: "English" },
  previewTitle: (s, a) => `Ô ${a} — trang “${s}”`,
  previewHeader: "Tiêu đề",
  previewRow: (r) => `Dòng ${r}`,
  closePreview: "Đóng xem ô",
  downloadFailed: "Không tạo được tệp đánh dấu.",
  dismiss: "Đóng",
};

const en: PageTexts = {
  title: "Soát chỉ tiêu — target table checker",
  subtitle: "Check a resolution target table right in the browser, without Excel.",
  privacy: "The file is processed on this computer; no data is sent anywhere.",
  dropTitle: "Open a target table (.xlsx)",
  dropHint: "Drop an .xlsx file here, or press the button to choose one.",
  chooseFile: "Choose an .xlsx file",
  chooseOther: "Open another file",
  dropHere: "Drop the file here",
  opening: (f) => `Reading “${f}”…`,
  openFailedTitle: (f) => `Could not open “${f}”`,
  failures: {
    empty: "The file is empty (0 bytes). Choose an Excel file with data.",
    notExcel: "This is not an Excel .xlsx file. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
    legacyXls:
      "This is an Excel 97–2003 file (.xls); this page reads .xlsx only. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
    xlsb: "This is an Excel binary workbook (.xlsb). Save it as “Excel Workbook (*.xlsx)”.",
    encrypted:
      "The workbook is password-protected and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and open it here again.",
    corrupt:
      "The .xlsx file is damaged or incompletely downloaded and cannot be read. Download it again, or open and re-save it in Excel.",
    noSheets: "The file has no worksheet to check.",
    noWorkbook: "No file is open.",
    unknownSheet: "This sheet is not in the file.",
    internal: "Something went wrong while processing the file.",
  },
  stages: { reading: "Reading the file", checking: "Checking", annotating: "Building the annotated file" },
  progress: (stage, p) => `${stage}: ${p}%`,
  fileLabel: (f, n) => `File: ${f} (${n} sheets)`,
  languageLabel: "Language",
  languages: { vi: "Tiếng Việt", en: "English" },
  previewTitle: (s, a) => `Cell ${a} — sheet “${s}”`,
  previewHeader: "Header",
  previewRow: (r) => `Row ${r}`,
  closePreview: "Close cell view",
  downloadFailed: "Could not build the annotated file.",
  dismiss: "Dismiss",
};

export const PAGE_TEXTS: Record<Lang, PageTexts> = { vi, en };

/** The message for a failure, with the technical detail only for unexpected errors. */
export function failureMessage(code: FailureCode, lang: Lang, detail?: string): string {
  const text = PAGE_TEXTS[lang].failures[code];
  return code === "internal" && detail ? `${text} (${detail})` : text;
}
