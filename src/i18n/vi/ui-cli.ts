/** Vietnamese words of the `chitieu` command line. */
import type { Templates } from "../catalog";
import type { CliMessages } from "../ui-messages";

export const cliVi: Templates<CliMessages> = {
  "cli/file-not-found": ({ file }) => `Không tìm thấy tệp: ${file}`,
  "cli/is-directory": ({ file }) => `${file} là một thư mục, không phải tệp .xlsx`,
  "cli/not-zip": ({ file }) => `${file} không phải tệp Excel .xlsx (nội dung không phải tệp nén zip)`,
  "cli/not-workbook": ({ file }) =>
    `${file} là tệp nén nhưng không phải bảng tính Excel (không có trang tính nào)`,
  "cli/encrypted": ({ file }) =>
    `${file} là tệp được mã hóa/đặt mật khẩu hoặc tệp .xls cũ: hãy bỏ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi kiểm tra lại`,
  "cli/corrupt": ({ file, detail }) => `${file} bị hỏng, không đọc được (${detail})`,
  "cli/unreadable": ({ file, detail }) => `Không đọc được ${file} (${detail})`,
  "cli/no-such-sheet": ({ file, sheet, sheets }) =>
    `Tệp ${file} không có trang tính “${sheet}” (có: ${sheets.join(", ")})`,
  "cli/same-as-input": ({ file }) => `Không ghi đè lên tệp đầu vào ${file}: hãy chọn tên khác cho --out`,
  "cli/out-with-several-files": () => "--out chỉ dùng với một tệp; với nhiều tệp hãy dùng --out-dir THƯ_MỤC",
  "cli/out-and-out-dir": () => "Chỉ dùng một trong hai: --out hoặc --out-dir",
  "cli/unknown-rule": ({ rule, known }) => `Không có quy tắc “${rule}” (các quy tắc: ${known.join(", ")})`,
  "cli/write-failed": ({ file, detail }) => `Không ghi được ${file} (${detail})`,
  "cli/written": ({ file }) => `Đã ghi bản có đánh dấu: ${file}`,
  "cli/file-heading": ({ file }) => `== Tệp ${file} ==`,
  "cli/sheet-no-table": ({ sheet }) => `Trang tính “${sheet}”: không tìm thấy bảng chỉ tiêu`,
  "cli/sheet-table": ({ sheet, index, where }) => `Trang tính “${sheet}”, bảng ${index}: ${where}`,
  "cli/summary-line": ({ sentence }) => `Tổng hợp: ${sentence}`,
  "cli/indicator-count": ({ count }, f) => `Số chỉ tiêu: ${f.num(count)}`,
  "cli/total": (d, f) =>
    `Tổng cộng ${f.num(d.files)} tệp: ${f.num(d.errors)} lỗi, ${f.num(d.warnings)} cảnh báo, ${f.num(d.infos)} thông tin.`,
  "cli/loading": () => "đang đọc",
  "cli/checking": () => "đang kiểm tra",
  "cli/document-unreadable": ({ file, code }) =>
    `Không đọc được văn bản ${file} (${documentProblemVi(code)})`,
  "cli/extract-count": ({ file, count, items }, f) =>
    `${file}: ${f.num(count)} chỉ tiêu trong ${f.num(items)} mục`,
  "cli/extract-none": ({ file }) => `${file}: không tìm thấy danh mục chỉ tiêu đánh số`,
  "cli/extract-group": ({ group }) => `— ${group}`,
  "cli/extract-target": (d) =>
    `(${d.code || "-"}) ${d.name}: ${d.target}${d.unit ? ` [${d.unit}]` : ""}${d.timeframe ? ` — ${d.timeframe}` : ""}${d.polarity === "lower" ? " (càng thấp càng tốt)" : ""}`,
  "cli/extract-assigned": ({ lead, partners }) =>
    `Chủ trì: ${lead}${partners.length > 0 ? `; phối hợp: ${partners.join(", ")}` : ""}`,
  "cli/extract-written": ({ file }) => `Đã ghi biểu chỉ tiêu: ${file}`,
  "cli/extract-title": () => "BIỂU CÁC CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ MỚI",
  "cli/extract-sheet": () => "Biểu chỉ tiêu",
};

/** What a document read failure means, by the reader's code. */
function documentProblemVi(code: string): string {
  switch (code) {
    case "encrypted":
      return "tệp được đặt mật khẩu";
    case "legacy-doc":
      return "tệp Word 97–2003 (.doc): hãy lưu lại dưới dạng .docx";
    case "no-text-layer":
      return "PDF chỉ có ảnh quét, không có lớp chữ";
    case "empty":
      return "văn bản trống";
    case "not-utf8":
      return "tệp văn bản không phải UTF-8";
    case "unsupported":
      return "không phải .docx, .pdf hay .txt";
    case "too-large":
    case "too-many-entries":
    case "too-deep":
      return "tệp quá lớn hoặc quá phức tạp";
    default:
      return "tệp hỏng";
  }
}
