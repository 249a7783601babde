/**
 * Indicator data drawn from the seed documents: the merged commune of Bạch Thông and its
 * former communes Quang Thuận, Dương Phong, Đồng Thắng (report 001, resolution 000) and
 * Phiêng Khoài's 2025-2030 targets (resolution 004). Results are what the report's
 * narrative states where it states them (69 new members, 72,63 %; 119 ha of rice, 90,1 %;
 * 17/19 criteria; BHYT 95 %), and plausible figures elsewhere.
 */
import type { RowSpec } from "./build";
import { group, ind, sub } from "./rows";

/** Bạch Thông, term 2020-2025: 23 targets, 07 exceeded, 11 achieved, 05 missed. */
export function bachThong(groupCounts = true): RowSpec[] {
  const n = (title: string, count: string) => (groupCounts ? `${title} (${count} chỉ tiêu)` : title);
  return [
    group(n("Nhóm chỉ tiêu về kinh tế", "08"), { tt: "I" }),
    ind(1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, "V"),
    ind(2, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 1250, 1480.5, "V"),
    ind(3, "Tổng đàn gia súc (trâu, bò, lợn)", "Con", 7500, 8200, "V"),
    ind(4, "Diện tích cây ăn quả các loại", "ha", 700, 650, "K"),
    ind(5, "Diện tích trồng rừng mới hằng năm", "ha", 55, 55, "D"),
    ind(6, "Độ che phủ rừng", "%", 76, 75.2, "K"),
    ind(7, "Thu nhập bình quân đầu người", "Triệu đồng", 35, 41, "V"),
    ind(8, "Số tiêu chí nông thôn mới đạt được", "Tiêu chí", 19, 17, "K"),
    group(n("Nhóm chỉ tiêu về văn hóa - xã hội", "08"), { tt: "II" }),
    ind(9, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 95, "D"),
    ind(10, "Số trường đạt chuẩn quốc gia", "Trường", 6, 6, "D"),
    ind(11, "Tỷ lệ thôn đạt danh hiệu thôn văn hóa", "%", 100, 100, "D"),
    ind(12, "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa", "%", 95, 95, "D"),
    ind(13, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 3, 2.1, "V", {
      lower: true,
      percent: "none",
      note: "lower is better (guide §5); the % is left empty, as many tables do",
    }),
    ind(14, "Tỷ lệ lao động qua đào tạo", "%", 60, 62.5, "V"),
    ind(15, "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 99, 100, "V"),
    ind(16, "Tỷ lệ hộ có nhà tiêu hợp vệ sinh", "%", 90, 85, "K"),
    group(n("Nhóm chỉ tiêu về môi trường", "02"), { tt: "III" }),
    ind(17, "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", 80, 80, "D"),
    ind(18, "Tỷ lệ bao bì thuốc bảo vệ thực vật được thu gom", "%", 93, 93, "D"),
    group(n("Nhóm chỉ tiêu về quốc phòng - an ninh", "02"), { tt: "IV" }),
    ind(19, "Tuyển quân hằng năm đạt chỉ tiêu giao", "%", 100, 100, "D"),
    ind(20, "Tỷ lệ vụ việc phát sinh ở cơ sở được giải quyết dứt điểm", "%", 100, 100, "D"),
    group(n("Nhóm chỉ tiêu về xây dựng Đảng và hệ thống chính trị", "03"), { tt: "V" }),
    ind(21, "Kết nạp đảng viên mới trong nhiệm kỳ", "Đảng viên", 95, 69, "K"),
    ind(22, "Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên hằng năm", "%", 90, 90, "D"),
    ind(23, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm", "%", 92, 92, "D"),
  ];
}

/** Former Đồng Thắng, 2020-2025: 20 targets, 06 exceeded, 11 achieved, 03 missed; no numerals on groups. */
export function dongThang20(): RowSpec[] {
  return [
    group("Nhóm chỉ tiêu về kinh tế", { across: true }),
    ind(1, "Tổng sản lượng lương thực có hạt", "Tấn", 1200, 1260, "V"),
    ind(2, "Năng suất lúa bình quân", "Tạ/ha", 48, 48, "D"),
    ind(3, "Tổng đàn trâu, bò", "Con", 1500, 1620, "V"),
    ind(4, "Diện tích cây ăn quả", "ha", 420, 426.05, "V"),
    ind(5, "Thu nhập bình quân đầu người", "Triệu đồng", 50, 56.01, "V"),
    ind(6, "Diện tích trồng rừng mới", "ha", 20, 18, "K"),
    ind(7, "Số hợp tác xã hoạt động hiệu quả", "HTX", 4, 4, "D"),
    group("Nhóm chỉ tiêu về văn hóa - xã hội", { across: true }),
    ind(8, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 95, "D"),
    ind(9, "Số trường đạt chuẩn quốc gia", "Trường", 2, 2, "D"),
    ind(10, "Tỷ lệ thôn đạt danh hiệu thôn văn hóa", "%", 90, 90, "D"),
    ind(11, "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa", "%", 92, 92, "D"),
    ind(12, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", 8, 7.5, "V", {
      lower: true,
      note: "lower is better; the clerk gives target/actual = 106,7 %",
    }),
    ind(13, "Tỷ lệ lao động qua đào tạo", "%", 55, 58, "V"),
    ind(14, "Số tiêu chí nông thôn mới đạt được", "Tiêu chí", 19, 16, "K"),
    ind(15, "Tỷ lệ hộ dùng nước sinh hoạt hợp vệ sinh", "%", 98, 98, "D"),
    group("Nhóm chỉ tiêu về môi trường", { across: true }),
    ind(16, "Tỷ lệ chất thải rắn sinh hoạt được thu gom", "%", 70, 70, "D"),
    ind(17, "Tỷ lệ hộ chăn nuôi có chuồng trại hợp vệ sinh", "%", 80, 76, "K"),
    group("Nhóm chỉ tiêu về quốc phòng - an ninh", { across: true }),
    ind(18, "Tuyển quân hằng năm đạt chỉ tiêu giao", "%", 100, 100, "D"),
    group("Nhóm chỉ tiêu về xây dựng Đảng", { across: true }),
    ind(19, "Kết nạp đảng viên mới", "Đảng viên", 30, 30, "D"),
    ind(20, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 90, 90, "D"),
  ];
}

/** Former Quang Thuận, 2020-2025: 10 targets, 03 exceeded, 05 achieved, 02 missed. */
export function quangThuan(): RowSpec[] {
  return [
    group("Chỉ tiêu về kinh tế", { tt: "I" }),
    ind(1, "Tổng sản lượng lương thực có hạt", "Tấn", 1150, 1207.5, "V"),
    ind(2, "Diện tích lúa", "ha", 132, 119, "K"),
    ind(3, "Thu nhập bình quân đầu người", "Triệu đồng", 45, 47, "V"),
    ind(4, "Số tiêu chí nông thôn mới đạt được", "Tiêu chí", 15, 12, "K"),
    group("Chỉ tiêu về văn hóa - xã hội, môi trường", { tt: "II" }),
    ind(5, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 95, "D"),
    ind(6, "Tỷ lệ thôn đạt danh hiệu thôn văn hóa", "%", 100, 100, "D"),
    ind(7, "Tỷ lệ chất thải rắn sinh hoạt được thu gom", "%", 70, 72, "V"),
    group("Chỉ tiêu về quốc phòng - an ninh, xây dựng Đảng", { tt: "III" }),
    ind(8, "Tuyển quân hằng năm đạt chỉ tiêu giao", "%", 100, 100, "D"),
    ind(9, "Kết nạp đảng viên mới", "Đảng viên", 20, 20, "D"),
    ind(10, "Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", "%", 90, 90, "D"),
  ];
}

/** Former Dương Phong, 2020-2025: 9 targets, 03 exceeded, 04 achieved, 02 missed. */
export function duongPhong(): RowSpec[] {
  return [
    group("Các chỉ tiêu về kinh tế", { across: true }),
    ind(1, "Tổng sản lượng lương thực có hạt", "Tấn", 1000, 1020, "V"),
    ind(2, "Diện tích lúa", "ha", 132, 119.2, "K"),
    ind(3, "Tổng đàn trâu, bò", "Con", 600, 600, "D"),
    ind(4, "Số tiêu chí nông thôn mới đạt được", "Tiêu chí", 17, 15, "K"),
    group("Các chỉ tiêu về văn hóa - xã hội", { across: true }),
    ind(5, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 96, "V"),
    ind(6, "Số nhà văn hóa thôn đạt chuẩn", "Nhà", "09/09", "09/09", "D", {
      T: 9,
      A: 9,
      skipPercent: true,
      percent: "none",
      note: "fraction target: achieved; the guide does not say whether a percent is defined",
    }),
    ind(7, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 5%", 4.1, "V", {
      T: 5,
      lower: true,
      percent: "none",
    }),
    group("Các chỉ tiêu về quốc phòng - an ninh và xây dựng Đảng", { across: true }),
    ind(8, "Tuyển quân hằng năm đạt chỉ tiêu giao", "%", 100, 100, "D"),
    ind(9, "Kết nạp đảng viên mới", "Đảng viên", 19, 19, "D"),
  ];
}

/** Former Đồng Thắng, short form with a sub-row: 8 targets, 03 exceeded, 04 achieved, 01 missed. */
export function dongThang8(): RowSpec[] {
  return [
    group("Kinh tế", { tt: "I" }),
    ind(1, "Tổng sản lượng lương thực có hạt", "Tấn", 1200, 1260, "V"),
    ind(2, "Tổng đàn trâu, bò", "Con", 1500, 1620, "V"),
    sub("2", "Tổng đàn lợn", "Con", 4000, 3900, "K", { note: "sub-row of TT 2 (blank TT): TT 2 is missed" }),
    ind(3, "Thu nhập bình quân đầu người", "Triệu đồng", 50, 56.01, "V"),
    group("Văn hóa - xã hội", { tt: "II" }),
    ind(4, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 95, "D"),
    ind(5, "Tỷ lệ thôn đạt danh hiệu thôn văn hóa", "%", 90, 90, "D"),
    ind(6, "Số trường đạt chuẩn quốc gia", "Trường", 2, 2, "D"),
    group("Xây dựng Đảng", { tt: "III" }),
    ind(7, "Kết nạp đảng viên mới", "Đảng viên", 30, 30, "D"),
    ind(8, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 90, 91, "V"),
  ];
}

/** Bạch Thông's 2025-2030 targets as the resolution (000) approved them: 30 TT, target only. */
export function bachThongNewTerm(): RowSpec[] {
  const t = (tt: number, name: string, unit: string, target: string | number) =>
    ind(tt, name, unit, target, undefined, "U", { percent: "none", label: "none", pct: null });
  const s = (code: number, name: string, unit: string, target: string | number) =>
    sub(String(code), name, unit, target, undefined, "U", { percent: "none", label: "none", pct: null });
  return [
    group("Phát triển kinh tế", { across: true }),
    t(1, "Tốc độ tăng tổng giá trị sản phẩm trên địa bàn xã", "%/năm", "Từ 11% trở lên"),
    t(2, "Tổng thu ngân sách Nhà nước trên địa bàn", "%/năm", "Tăng 10%/năm trở lên"),
    t(3, "Tổng sản lượng lương thực có hạt", "Tấn/năm", "3.000"),
    t(4, "Tổng đàn đại gia súc (trâu, bò)", "Con", 150),
    s(4, "Tổng đàn lợn", "Con", "5.000"),
    s(4, "Đàn gia cầm", "Con", "80.000 trở lên"),
    t(5, "Diện tích cây ăn quả các loại", "ha", "700 ha trở lên"),
    t(6, "Diện tích trồng rừng mỗi năm (trồng mới, sau khai thác, phân tán)", "ha/năm", "Từ 55 ha trở lên"),
    s(6, "Độ che phủ rừng", "%", 76),
    t(7, "Diện tích đất ruộng, soi bãi cho thu nhập 100 triệu đồng/ha", "ha", "Từ 100 ha trở lên"),
    t(8, "Hợp tác xã hoạt động hiệu quả", "HTX", "Duy trì 12; thành lập mới 03"),
    t(9, "Xã đạt chuẩn nông thôn mới nâng cao", "", "Đạt chuẩn"),
    t(10, "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 99),
    group("Văn hóa - xã hội", { across: true }),
    t(11, "Trường đạt chuẩn Quốc gia", "Trường", "Duy trì 06/06; thêm 01 trường mức độ 2"),
    t(12, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 96%"),
    t(13, "Tỷ lệ thôn văn hóa", "%", 100),
    s(13, "Tỷ lệ gia đình văn hóa", "%", "95% trở lên"),
    s(13, "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa", "%", "Từ 95% trở lên"),
    t(14, "Thu nhập bình quân đầu người đến cuối nhiệm kỳ", "%", "Tăng 30% trở lên"),
    t(15, "Tỷ lệ lao động đã qua đào tạo đến cuối nhiệm kỳ", "%", "Tăng thêm từ 10% trở lên"),
    t(16, "Hộ nghèo theo chuẩn nghèo đa chiều (trừ hộ nghèo bảo trợ)", "Hộ", "Không còn hộ nghèo"),
    t(17, "Hồ sơ công việc cấp xã được xử lý trên môi trường mạng", "%", 100),
    t(18, "Cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản", "%", 100),
    t(19, "Hồ sơ và kết quả giải quyết thủ tục hành chính được số hóa", "%", 100),
    t(20, "Hồ sơ thủ tục hành chính xử lý trực tuyến", "%", "Ít nhất 85%"),
    t(21, "Người dân sở hữu tài khoản định danh điện tử (VNeID)", "%", "Từ 80% trở lên"),
    t(22, "Tỷ lệ người dân trưởng thành có chữ ký số công cộng", "%", "Từ 50% trở lên"),
    t(23, "Chỉ số cải cách hành chính", "Bậc/năm", "Tăng từ 2 bậc trở lên"),
    t(24, "Tỷ lệ người lao động tham gia bảo hiểm xã hội hằng năm", "%", "Từ 45% trở lên"),
    group("Quốc phòng, an ninh", { across: true }),
    t(25, "Tuyển quân hằng năm đạt chỉ tiêu", "%", 100),
    s(25, "Bồi dưỡng kiến thức quốc phòng an ninh cho các đối tượng", "%", "90% trở lên"),
    t(26, "Vụ việc phát sinh ở cơ sở được giải quyết dứt điểm kịp thời", "%", 100),
    group("Xây dựng Đảng, chính quyền, Mặt trận Tổ quốc, đoàn thể", { across: true }),
    t(27, "Kết nạp đảng viên mới hằng năm so với tổng số đảng viên đầu nhiệm kỳ", "%", "Ít nhất 3%"),
    t(28, "Chi, đảng bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên", "%", "90% trở lên"),
    s(28, "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 80),
    t(
      29,
      "Đảng bộ, chính quyền, MTTQ, đoàn thể xếp loại hoàn thành tốt nhiệm vụ",
      "",
      "Hoàn thành tốt nhiệm vụ trở lên",
    ),
    t(30, "Cơ quan, đơn vị cấp xã có cơ cấu công chức phù hợp vị trí việc làm", "%", 100),
  ];
}

/** Phiêng Khoài's 2025-2030 targets (resolution 004): 24 TT in groups a) 05, b) 14, c) 05. */
export function phiengKhoaiNewTerm(): RowSpec[] {
  const lead = (who: string) => ({ extra: { lead: who } });
  const t = (tt: number, name: string, unit: string, target: string | number, who = "") =>
    ind(`(${tt})`, name, unit, target, undefined, "U", {
      code: String(tt),
      percent: "none",
      label: "none",
      pct: null,
      ...lead(who),
    });
  const s = (code: number, name: string, unit: string, target: string | number) =>
    sub(String(code), name, unit, target, undefined, "U", {
      tt: "-",
      percent: "none",
      label: "none",
      pct: null,
    });
  return [
    group("Các chỉ tiêu về kinh tế (05 chỉ tiêu)", { tt: "a)" }),
    t(
      1,
      "Tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn bình quân hằng năm",
      "%",
      "5%/năm",
      "Phòng Kinh tế",
    ),
    s(1, "Tổng thu ngân sách trên địa bàn đến năm 2030", "Triệu đồng", 925),
    {
      ...t(
        2,
        "Sản lượng một số loại cây trồng, sản phẩm chăn nuôi, thủy sản chủ yếu đến năm 2030",
        "",
        "",
        "Phòng Kinh tế",
      ),
      target: undefined,
      heading: true,
    },
    s(2, "Cây lương thực có hạt", "Tấn", "49.305"),
    s(2, "Quả các loại", "Tấn", "194.572"),
    s(2, "Thủy sản", "Tấn", 300),
    s(2, "Cây công nghiệp", "Tấn", "12.715"),
    s(2, "Thịt hơi xuất chuồng", "Tấn", "5.928"),
    t(3, "Tỷ lệ lao động qua đào tạo", "%", 30, "Phòng Văn hóa - Xã hội"),
    t(4, "Tỷ lệ che phủ rừng ổn định", "%", 40, "Phòng Kinh tế"),
    t(5, "Chăm sóc bảo vệ diện tích rừng hiện còn đến năm 2030", "ha", "4.151", "Phòng Kinh tế"),
    group("Các chỉ tiêu về xã hội, môi trường (14 chỉ tiêu)", { tt: "b)" }),
    t(6, "Trường học đạt chuẩn quốc gia", "Trường", "05/07", "Phòng Văn hóa - Xã hội"),
    t(7, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030", "%", "Dưới 12%", "Phòng Văn hóa - Xã hội"),
    t(8, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 100, "Phòng Văn hóa - Xã hội"),
    t(9, "Số bản đạt chuẩn nông thôn mới đến năm 2030", "Bản", 10, "Phòng Kinh tế"),
    t(10, "Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "%", 100, "Văn phòng HĐND - UBND"),
    t(
      11,
      "Dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính",
      "%",
      100,
      "Văn phòng HĐND - UBND",
    ),
    t(
      12,
      "Tỷ lệ chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số",
      "%",
      2,
      "Phòng Kinh tế",
    ),
    t(13, "Tỷ lệ chất thải rắn được thu gom trên địa bàn", "%", 45, "Phòng Kinh tế"),
    t(14, "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 93, "Phòng Kinh tế"),
    t(15, "Tỷ lệ nhà văn hóa bản đạt chuẩn theo quy định", "%", 35, "Phòng Văn hóa - Xã hội"),
    s(15, "Tỷ lệ bản có thiết chế văn hóa hoạt động thường xuyên, hiệu quả", "%", 70),
    s(15, 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa"', "%", 80),
    t(
      16,
      "Tỷ lệ khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục đạt chuẩn an toàn về an ninh, trật tự",
      "%",
      100,
      "Công an xã",
    ),
    t(17, "Cơ quan, đơn vị không có ma túy", "%", 100, "Công an xã"),
    s(17, "Số bản không có ma túy", "Bản", "30/30"),
    t(18, "Tỷ lệ hộ chăn nuôi có chuồng trại đảm bảo vệ sinh môi trường", "%", 86, "Phòng Kinh tế"),
    t(19, "Tỷ lệ bao bì thuốc bảo vệ thực vật được thu gom", "%", 93, "Phòng Kinh tế"),
    group("Chỉ tiêu về xây dựng Đảng và hệ thống chính trị cơ sở (05 chỉ tiêu)", { tt: "c)" }),
    t(20, "Chi bộ hoàn thành tốt nhiệm vụ trở lên hằng năm", "%", "90% trở lên", "Ban Xây dựng Đảng"),
    t(
      21,
      "Kết nạp mới đảng viên trong nhiệm kỳ",
      "Đảng viên",
      "Từ 115 đảng viên trở lên",
      "Ban Xây dựng Đảng",
    ),
    t(
      22,
      "Bí thư chi bộ đồng thời là trưởng bản, trưởng ban công tác Mặt trận",
      "%",
      100,
      "Ban Xây dựng Đảng",
    ),
    t(
      23,
      "Tổ chức chính trị - xã hội xã hoàn thành tốt nhiệm vụ trở lên",
      "%",
      "95% trở lên",
      "Ủy ban MTTQ xã",
    ),
    t(24, "Cán bộ, công chức đạt chuẩn theo vị trí việc làm", "%", 90, "Ban Xây dựng Đảng"),
  ];
}
