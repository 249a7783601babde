/** Vietnamese words of "Tạo biểu chỉ tiêu từ nghị quyết" (the task pane and the browser page). */
import type { Templates } from "../catalog";
import type { TargetsMessages } from "../ui-messages";

export const targetsVi: Templates<TargetsMessages> = {
  "targets/heading": () => "Tạo biểu chỉ tiêu từ nghị quyết",
  "targets/intro": () =>
    "Dán văn bản nghị quyết hoặc mở tệp: các chỉ tiêu được đọc ra thành biểu có sẵn cột để điền kết quả thực hiện.",
  "targets/paste": () => "Dán văn bản nghị quyết",
  "targets/read": () => "Đọc chỉ tiêu",
  "targets/open": () => "Hoặc mở nghị quyết (.docx, .pdf, .txt)",
  "targets/unsupported": () =>
    "Chỉ đọc được tệp .docx, .pdf và .txt. Với tệp khác, hãy sao chép văn bản rồi dán vào ô ở trên.",
  "targets/read-failed": ({ detail }) => `Không đọc được nghị quyết: ${detail}`,
  "targets/found": ({ targets, items, groups }, f) =>
    `Tìm thấy ${f.num(targets)} chỉ tiêu (${f.num(items)} mục)${groups > 0 ? ` trong ${f.num(groups)} nhóm` : ""}.`,
  "targets/none": () =>
    "Không tìm thấy danh mục chỉ tiêu đánh số trong văn bản này. Hãy dán phần “Các chỉ tiêu chủ yếu” của nghị quyết, mỗi chỉ tiêu có số thứ tự.",
  "targets/write-sheet": () => "Tạo biểu trong trang tính mới",
  "targets/write-file": () => "Tải biểu chỉ tiêu (.xlsx)",
  "targets/writing": () => "Đang tạo biểu chỉ tiêu…",
  "targets/written-sheet": ({ sheet }) =>
    `Đã tạo biểu chỉ tiêu ở trang tính mới “${sheet}”; bấm “Kiểm tra” để soát ngay.`,
  "targets/written-file": ({ file }) => `Đã tải xuống “${file}”.`,
  "targets/write-failed": ({ detail }) => `Không tạo được biểu chỉ tiêu: ${detail}`,
};
