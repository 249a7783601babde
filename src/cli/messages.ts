/** Words of the command line's own messages, Vietnamese first. */
import type { Lang } from "../engine/types";

export interface CliMessages {
  fileNotFound: (file: string) => string;
  isDirectory: (file: string) => string;
  notZip: (file: string) => string;
  notWorkbook: (file: string) => string;
  encrypted: (file: string) => string;
  corrupt: (file: string, detail: string) => string;
  unreadable: (file: string, detail: string) => string;
  noSuchSheet: (file: string, sheet: string, sheets: string[]) => string;
  sameAsInput: (out: string) => string;
  outWithSeveralFiles: string;
  outAndOutDir: string;
  unknownRule: (id: string, known: string[]) => string;
  writeFailed: (file: string, detail: string) => string;
  written: (file: string) => string;
  file: string;
  sheet: string;
  table: (index: number) => string;
  headerRows: string;
  dataRows: string;
  columns: string;
  targetOnly: string;
  noTable: string;
  noFindings: string;
  summary: string;
  indicatorCount: (n: number) => string;
  total: (files: number, errors: number, warnings: number, infos: number) => string;
  loading: string;
  checking: string;
}

const vi: CliMessages = {
  fileNotFound: (f) => `Không tìm thấy tệp: ${f}`,
  isDirectory: (f) => `${f} là một thư mục, không phải tệp .xlsx`,
  notZip: (f) => `${f} không phải tệp Excel .xlsx (nội dung không phải tệp nén zip)`,
  notWorkbook: (f) => `${f} là tệp nén nhưng không phải bảng tính Excel (không có trang tính nào)`,
  encrypted: (f) =>
    `${f} là tệp được mã hóa/đặt mật khẩu hoặc tệp .xls cũ: hãy bỏ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi kiểm tra lại`,
  corrupt: (f, d) => `${f} bị hỏng, không đọc được (${d})`,
  unreadable: (f, d) => `Không đọc được ${f} (${d})`,
  noSuchSheet: (f, s, all) => `Tệp ${f} không có trang tính “${s}” (có: ${all.join(", ")})`,
  sameAsInput: (o) => `Không ghi đè lên tệp đầu vào ${o}: hãy chọn tên khác cho --out`,
  outWithSeveralFiles: "--out chỉ dùng với một tệp; với nhiều tệp hãy dùng --out-dir THƯ_MỤC",
  outAndOutDir: "Chỉ dùng một trong hai: --out hoặc --out-dir",
  unknownRule: (id, known) => `Không có quy tắc “${id}” (các quy tắc: ${known.join(", ")})`,
  writeFailed: (f, d) => `Không ghi được ${f} (${d})`,
  written: (f) => `Đã ghi bản có đánh dấu: ${f}`,
  file: "Tệp",
  sheet: "Trang tính",
  table: (i) => `bảng ${i}`,
  headerRows: "dòng tiêu đề",
  dataRows: "dữ liệu dòng",
  columns: "cột",
  targetOnly: "bảng chỉ tiêu nhiệm kỳ mới, không có cột kết quả",
  noTable: "không tìm thấy bảng chỉ tiêu",
  noFindings: "Không có phát hiện nào.",
  summary: "Tổng hợp",
  indicatorCount: (n) => `Số chỉ tiêu: ${n}`,
  total: (n, e, w, i) => `Tổng cộng ${n} tệp: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  loading: "đang đọc",
  checking: "đang kiểm tra",
};

const en: CliMessages = {
  fileNotFound: (f) => `File not found: ${f}`,
  isDirectory: (f) => `${f} is a directory, not an .xlsx file`,
  notZip: (f) => `${f} is not an Excel .xlsx file (its content is not a zip archive)`,
  notWorkbook: (f) => `${f} is a zip archive but not an Excel workbook (it has no sheets)`,
  encrypted: (f) =>
    `${f} is encrypted/password protected or an old .xls file: remove the password or save it as .xlsx, then check again`,
  corrupt: (f, d) => `${f} is corrupt and cannot be read (${d})`,
  unreadable: (f, d) => `Cannot read ${f} (${d})`,
  noSuchSheet: (f, s, all) => `${f} has no sheet “${s}” (sheets: ${all.join(", ")})`,
  sameAsInput: (o) => `Refusing to overwrite the input file ${o}: choose another name for --out`,
  outWithSeveralFiles: "--out takes a single input file; with several files use --out-dir DIR",
  outAndOutDir: "Use either --out or --out-dir, not both",
  unknownRule: (id, known) => `Unknown rule “${id}” (rules: ${known.join(", ")})`,
  writeFailed: (f, d) => `Cannot write ${f} (${d})`,
  written: (f) => `Annotated copy written: ${f}`,
  file: "File",
  sheet: "Sheet",
  table: (i) => `table ${i}`,
  headerRows: "header rows",
  dataRows: "data rows",
  columns: "columns",
  targetOnly: "new-term target table, no actual column",
  noTable: "no target table found",
  noFindings: "No findings.",
  summary: "Summary",
  indicatorCount: (n) => `Indicators: ${n}`,
  total: (n, e, w, i) => `${n} file(s) in total: ${e} errors, ${w} warnings, ${i} info.`,
  loading: "reading",
  checking: "checking",
};

export function cliMessages(lang: Lang): CliMessages {
  return lang === "en" ? en : vi;
}
