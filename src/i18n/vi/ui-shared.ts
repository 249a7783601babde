/** Vietnamese words every front end and sheet shares. */
import type { Templates } from "../catalog";
import type { SharedMessages } from "../ui-messages";

function span(rows: number[]): string {
  return rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : String(rows[0]);
}

export const sharedVi: Templates<SharedMessages> = {
  "severity/error": () => "Lỗi",
  "severity/warning": () => "Cảnh báo",
  "severity/info": () => "Thông tin",
  "status/exceeded": () => "Vượt",
  "status/achieved": () => "Đạt",
  "status/missed": () => "Không đạt",
  "status/unassessed": () => "Chưa đánh giá được",
  "status/total": () => "Tổng số",
  "role/code": () => "Số TT",
  "role/name": () => "Tên chỉ tiêu",
  "role/unit": () => "Đơn vị tính",
  "role/target": () => "Chỉ tiêu NQ",
  "role/actual": () => "Kết quả thực hiện",
  "role/percent": () => "Tỷ lệ (%)",
  "role/status": () => "Đánh giá",
  "role/note": () => "Ghi chú",
  "language/label": () => "Ngôn ngữ",
  "language/vi": () => "Tiếng Việt",
  "language/en": () => "English",
  "language/switch": ({ language }) => `Chuyển sang ${language}`,
  "place/sheet": () => "Trang tính",
  "place/cell": () => "Ô",
  "place/row-heading": () => "Dòng",
  "place/row": ({ row }) => `Dòng ${row}`,
  "place/table": ({ index }) => `Bảng ${index}`,
  "table/none": () => "Không tìm thấy bảng chỉ tiêu",
  "table/target-only": () => "bảng chỉ tiêu nhiệm kỳ mới (không có cột kết quả)",
  "table/where": (d) =>
    `dòng tiêu đề ${span(d.headerRows)}; dữ liệu dòng ${d.firstRow}–${d.lastRow}; cột: ${d.columns}`,
  "finding/rule": () => "Quy tắc",
  "finding/severity": () => "Mức độ",
  "finding/message": () => "Nội dung",
  "findings/none": () => "Không có phát hiện nào.",
  "findings/count": (d, f) =>
    `Phát hiện: ${f.num(d.errors)} lỗi, ${f.num(d.warnings)} cảnh báo, ${f.num(d.infos)} thông tin.`,
  "count/computed": () => "Tính lại",
  "count/reported": () => "Bảng ghi",
  "count/group": () => "Nhóm",
  "count/group-title": () => "Tên nhóm",
  "count/indicators": () => "Số chỉ tiêu",
  "count/all-groups": () => "Tổng cộng",
  "group/none": () => "Không thuộc nhóm",
  "missed/heading": () => "Chỉ tiêu không đạt",
  "missed/none": () => "Không có chỉ tiêu nào không đạt.",
  "missed/sub-row-name": ({ indicator, name }) => `${indicator} › ${name}`,
  "sentence/label": () => "Câu tổng hợp",
  "action/apply-flags": () => "Đánh dấu trên bảng",
  "action/clear-flags": () => "Xóa đánh dấu",
  "action/write-summary": () => "Tạo bảng tổng hợp",
};
