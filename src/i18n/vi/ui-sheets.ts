/** Vietnamese words of the sheets a check adds and of the ribbon commands' messages. */
import type { Templates } from "../catalog";
import type { SheetMessages } from "../ui-messages";

export const sheetsVi: Templates<SheetMessages> = {
  "summary-sheet/name": () => "Tổng hợp",
  "summary-sheet/title": () => "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
  "summary-sheet/explanation": () =>
    "“Tính lại”: đánh giá tính từ chỉ tiêu và kết quả thực hiện; “Bảng ghi”: nhãn đánh giá ghi trong bảng. " +
    "Đếm theo chỉ tiêu (số TT); chỉ tiêu có nhiều dòng con lấy mức thấp nhất của các dòng con.",
  "summary-sheet/sheet": ({ sheet }) => `Trang tính: ${sheet}`,
  "summary-sheet/table": ({ index, where }) => `Bảng ${index}: ${where}`,
  "summary-sheet/chart": ({ index }) => `Số chỉ tiêu theo nhóm (tính lại) · Bảng ${index}`,
  "reconcile/heading": () => "Đối chiếu với báo cáo",
  "reconcile/paragraph": () => "Đoạn",
  "reconcile/claim": () => "Nhận định trong báo cáo",
  "reconcile/verdict": () => "Đối chiếu",
  "reconcile/report": () => "Báo cáo",
  "reconcile/agrees": () => "Khớp",
  "reconcile/disagrees": () => "Không khớp",
  "reconcile/none": () => "Báo cáo không có nhận định nào gắn với bảng của tệp này.",
  "reconcile/note": (d, f) =>
    `[${d.report}, đoạn ${f.num(d.paragraph)} · ${d.rule}] ${d.text ? `“${d.text}”: ` : ""}${d.message}`,
  "findings-sheet/name": () => "Phát hiện",
  "findings-sheet/title": () => "DANH SÁCH PHÁT HIỆN",
  "ribbon/check": () => "Kiểm tra bảng",
  "ribbon/results-sheet-active": ({ sheet }) =>
    `Hãy mở trang tính có bảng chỉ tiêu rồi bấm lại (trang "${sheet}" là kết quả, không phải bảng để kiểm tra).`,
  "ribbon/no-table": ({ sheet, reason }) =>
    `Không tìm thấy bảng chỉ tiêu trên trang "${sheet}"${reason ? `: ${reason}` : "."} Có thể chỉ định cột trong Bảng điều khiển.`,
  "ribbon/clean": ({ sheet, total }, f) =>
    `Đã kiểm tra trang "${sheet}": ${f.num(total)} chỉ tiêu, không có phát hiện nào.`,
  "ribbon/failed": ({ command, detail }) => `Không thực hiện được lệnh "${command}": ${detail}`,
  "ribbon/too-old": () =>
    "Phiên bản Excel này quá cũ cho Soát chỉ tiêu (cần ExcelApi 1.7: Excel 2019, Excel 2021, Excel 2024, " +
    "Microsoft 365 hoặc Excel trên web). Hãy cập nhật Excel hoặc dùng trang web / dòng lệnh chitieu.",
};
