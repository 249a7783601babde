/** A realistic results table with several inconsistencies, for the pipeline tests. */
import { makeGrid } from "../support/grid";

export function resultsSheet() {
  return makeGrid(
    [
      ["", "", "", "", "", "", "Biểu 01"],
      ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ AN BÌNH, NHIỆM KỲ 2020-2025"],
      [],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"],
      ["I", "Nhóm chỉ tiêu về kinh tế (3 chỉ tiêu)"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
      [2, "Diện tích cây ăn quả", "ha", 700, 650, 95, "Không đạt"],
      [undefined, "Tổng đàn lợn", "Con", 5000, 5000, 100, "Đạt"],
      [4, "Thu nhập bình quân đầu người", "Triệu đồng", 60, "72,5", 120.8, "Đạt"],
      ["II", "Nhóm chỉ tiêu về văn hóa – xã hội (6 chỉ tiêu)"],
      [5, "Tỷ lệ hộ nghèo", "%", "Dưới 3%", 2.5, undefined, "Vượt"],
      [6, "Tỷ lệ hộ cận nghèo", "%", 5, 6, 120, "Vượt"],
      [7, "Số vụ tai nạn giao thông", "vụ", 0, 0, undefined, "Đạt"],
      [8, "Số lao động được đào tạo nghề", "người", ">95", 95, undefined, "Đạt"],
      [8, "Số trường đạt chuẩn quốc gia", "trường", "05/07", 5, 100, "Đạt"],
      [9, "Xã đạt chuẩn nông thôn mới nâng cao", "", "Đạt", "Đạt", undefined, "Đạt"],
      [10, "Tỷ lệ che phủ rừng", "%", 76, { error: "#REF!" }, undefined, "Đạt"],
      [11, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 95, 1050, undefined, undefined],
      [],
      ["", "Tổng số: 11 chỉ tiêu; vượt: 03; đạt: 06; không đạt: 02"],
      [],
      ["", "NGƯỜI LẬP BIỂU", "", "", "T/M ĐẢNG ỦY"],
    ],
    { merges: ["A7:A8"] },
  );
}
