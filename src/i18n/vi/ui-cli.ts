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
  "cli/empty-directory": ({ file }) =>
    `${file} là thư mục không có tệp .xlsx, .docx, .pdf hoặc .txt nào để kiểm tra`,
  "cli/document-encrypted": ({ file }) =>
    `${file} được đặt mật khẩu: hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi kiểm tra lại`,
  "cli/document-legacy-doc": ({ file }) =>
    `${file} là tệp Word 97–2003 (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx rồi kiểm tra lại`,
  "cli/document-corrupt": ({ file }) => `${file} bị hỏng, không đọc được nội dung`,
  "cli/document-too-large": ({ file }) =>
    `${file} quá lớn hoặc có cấu trúc bất thường (có thể là tệp độc hại), không đọc`,
  "cli/document-no-text-layer": ({ file, pages }, f) =>
    `${file} là PDF chỉ có hình ảnh (${f.num(pages)} trang, không có lớp chữ): hãy dùng bản PDF xuất từ Word hoặc tệp .docx`,
  "cli/document-empty": ({ file }) => `${file} không có nội dung chữ nào`,
  "cli/document-not-utf8": ({ file, offset }, f) =>
    `${file} không phải văn bản UTF-8 (byte ${f.num(offset)}): hãy lưu lại với mã hóa UTF-8 rồi kiểm tra lại`,
  "cli/document-unsupported": ({ file, format }) =>
    `${file} là tệp ${format}, không phải văn bản đọc được (cần .docx, .pdf hoặc .txt)`,
  "cli/word-table": ({ sheet, where }) => `Bảng Word “${sheet}”: ${where}`,
  "cli/word-table-no-table": ({ sheet }) => `Bảng Word “${sheet}”: không phải bảng chỉ tiêu`,
  "cli/report-line": ({ paragraphs, claims }, f) =>
    `Báo cáo: ${f.num(paragraphs)} đoạn văn, ${f.num(claims)} nhận định`,
  "cli/report-targets": ({ targets, matched, sheet }, f) =>
    `Chỉ tiêu văn bản đặt ra: ${f.num(targets)}` +
    (sheet === null
      ? ", không bảng nào trong bộ hồ sơ là biểu chỉ tiêu của văn bản này"
      : `, ${f.num(matched)} đã đối chiếu với biểu «${sheet}»`),
  "cli/report-finding": (d, f) => `[${d.severity}] đoạn ${f.num(d.paragraph)} ${d.rule}: ${d.message}`,
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
