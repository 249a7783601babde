/** Vietnamese words of the browser page around the pane. */
import type { Templates } from "../catalog";
import type { PageMessages } from "../ui-messages";

export const pageVi: Templates<PageMessages> = {
  "page/title": () => "Soát chỉ tiêu",
  "page/subtitle": () => "Kiểm tra bảng chỉ tiêu nghị quyết ngay trong trình duyệt, không cần Excel.",
  "page/privacy": () => "Tệp được xử lý ngay trên máy này; không có dữ liệu nào được gửi đi.",
  "page/drop-title": () => "Mở bảng chỉ tiêu (.xlsx) hoặc báo cáo Word (.docx)",
  "page/drop-hint": () =>
    "Kéo thả tệp .xlsx hoặc .docx vào đây, hoặc bấm nút để chọn tệp. Với .docx, các bảng Word được kiểm tra như trang tính và phần lời được đối chiếu với chúng.",
  "page/choose-file": () => "Chọn tệp .xlsx hoặc .docx",
  "page/choose-other": () => "Mở tệp khác",
  "page/drop-here": () => "Thả tệp vào đây",
  "page/opening": ({ file }) => `Đang đọc tệp “${file}”…`,
  "page/open-failed-title": ({ file }) => `Không mở được tệp “${file}”`,
  "page/failure/empty": () => "Tệp rỗng (0 byte). Hãy chọn lại tệp Excel có dữ liệu.",
  "page/failure/notExcel": () =>
    "Đây không phải tệp Excel .xlsx. Hãy mở tệp trong Excel rồi lưu lại dưới dạng “Excel Workbook (*.xlsx)”.",
  "page/failure/legacyXls": () =>
    "Đây là tệp Excel 97–2003 (.xls), trang này chỉ đọc được .xlsx. Hãy mở tệp trong Excel và chọn Lưu thành “Excel Workbook (*.xlsx)”.",
  "page/failure/xlsb": () =>
    "Đây là tệp Excel nhị phân (.xlsb). Hãy lưu lại dưới dạng “Excel Workbook (*.xlsx)”.",
  "page/failure/encrypted": () =>
    "Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi mở lại ở đây.",
  "page/failure/corrupt": () =>
    "Tệp .xlsx bị hỏng hoặc chưa tải về trọn vẹn, không đọc được. Hãy tải lại hoặc mở và lưu lại bằng Excel.",
  "page/failure/noSheets": () => "Tệp không có trang tính nào để kiểm tra.",
  "page/failure/noWorkbook": () => "Chưa mở tệp nào.",
  "page/failure/unknownSheet": () => "Không tìm thấy trang tính này trong tệp.",
  "page/failure/noWordTables": () =>
    "Tệp Word này không có bảng nào để kiểm tra. Hãy mở bảng chỉ tiêu (.xlsx) rồi đối chiếu báo cáo này ở mục “Đối chiếu với báo cáo”.",
  "page/failure/unreadableDocument": () => "Không đọc được nội dung tệp Word này.",
  "page/failure/internal": () => "Đã xảy ra lỗi khi xử lý tệp.",
  "page/unreadable/csv": () =>
    "Đây là tệp CSV (văn bản phân cách bằng dấu phẩy), không phải sổ tính .xlsx. Hãy mở tệp trong Excel, kiểm tra các cột số hiển thị đúng, rồi chọn Lưu thành “Excel Workbook (*.xlsx)”.",
  "page/unreadable/text": () =>
    "Đây là tệp văn bản (.txt), không phải sổ tính. Hãy mở tệp trong Excel (Dữ liệu → Từ Văn bản/CSV) rồi lưu thành “Excel Workbook (*.xlsx)”.",
  "page/unreadable/doc": () =>
    "Đây là tài liệu văn bản (Word .doc, .rtf hoặc .odt), không phải sổ tính. Nếu bảng chỉ tiêu nằm trong tài liệu, hãy sao chép bảng sang Excel rồi lưu thành “Excel Workbook (*.xlsx)”.",
  "page/unreadable/ods": () =>
    "Đây là bảng tính OpenDocument (.ods). Hãy mở tệp trong LibreOffice Calc và chọn Tệp → Lưu thành → “Excel 2007-365 (.xlsx)”, hoặc mở trong Excel rồi lưu thành .xlsx.",
  "page/unreadable/numbers": () =>
    "Đây là bảng tính Apple Numbers (.numbers). Hãy mở tệp trong Numbers và chọn Tệp → Xuất sang → Excel (.xlsx).",
  "page/unreadable/html": () =>
    "Đây là trang web (.htm, .html), không phải sổ tính. Hãy mở tệp trong Excel rồi lưu thành “Excel Workbook (*.xlsx)”.",
  "page/unreadable/xml": () =>
    "Đây là tệp XML (có thể là “Bảng tính XML 2003”), không phải sổ tính .xlsx. Hãy mở tệp trong Excel rồi lưu thành “Excel Workbook (*.xlsx)”.",
  "page/unreadable/disguisedXls": () =>
    "Tệp mang đuôi .xls nhưng bên trong không phải sổ tính Excel (thường là trang web hoặc văn bản do phần mềm xuất ra). Hãy mở tệp trong Excel rồi lưu thành “Excel Workbook (*.xlsx)”.",
  "page/unreadable/other": ({ extension }) =>
    `Tệp .${extension} không phải sổ tính Excel .xlsx, trang này không đọc được. Nếu mở được tệp trong Excel, hãy lưu thành “Excel Workbook (*.xlsx)” rồi chọn lại tệp đó.`,
  "page/stage/reading": () => "Đang đọc tệp",
  "page/stage/checking": () => "Đang kiểm tra",
  "page/stage/annotating": () => "Đang tạo tệp đánh dấu",
  "page/progress": ({ stage, percent }) => `${stage}: ${percent}%`,
  "page/file-label": ({ file, sheets }) => `Tệp: ${file} (${sheets} trang tính)`,
  "page/file-label-document": ({ file, tables }) => `Tệp: ${file} (${tables} bảng Word)`,
  "page/preview-title": ({ sheet, address }) => `Ô ${address} — trang “${sheet}”`,
  "page/preview-header": () => "Tiêu đề",
  "page/close-preview": () => "Đóng xem ô",
  "page/download-failed": () => "Không tạo được tệp đánh dấu.",
  "page/dismiss": () => "Đóng",
};
