import type { Grid } from "../../src/engine/grid";
import { makeGrid } from "./grid";

/**
 * A results table as communes type it (the domain guide's layout): a title block, one header
 * row, two groups, a text percent, a lower-better row, and a summary statement that disagrees
 * with the table. Row 7's "98,0" does not follow from 650/700; rows 6 and 11 carry wrong labels.
 */
export function sampleGrid(name = "Biểu 01"): Grid {
  return makeGrid(
    [
      [undefined, undefined, undefined, undefined, undefined, undefined, "Biểu 01"],
      ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ AN PHÚ, NHIỆM KỲ 2020-2025"],
      [],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"],
      ["I", "Nhóm chỉ tiêu về kinh tế"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Đạt"],
      [2, "Diện tích cây ăn quả", "ha", 700, 650, "98,0", "Không đạt"],
      [3, "Thu nhập bình quân đầu người", "Triệu đồng", 60, 60, 100, "Đạt"],
      ["II", "Nhóm chỉ tiêu về xã hội (3 chỉ tiêu)"],
      [4, "Tỷ lệ hộ nghèo", "%", "Dưới 3%", 2.5, undefined, "Vượt"],
      [5, "Số trường đạt chuẩn quốc gia", "Trường", 7, 5, 71.4, "Đạt"],
      [],
      [undefined, "Tổng số: 5 chỉ tiêu; vượt: 01; đạt: 03; không đạt: 01"],
    ],
    { name },
  );
}

/** A sheet with only prose: no header row, so no table. */
export function proseGrid(name = "Ghi chú"): Grid {
  return makeGrid([["Báo cáo chính trị"], ["Nhiệm kỳ 2020-2025 đã hoàn thành phần lớn các chỉ tiêu."]], {
    name,
  });
}
