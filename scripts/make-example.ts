/**
 * Builds examples/bao-cao-mau.xlsx (npm run example): a commune's end-of-term results table
 * ("Biểu 01") holding several typical inconsistencies, a new-term target table ("Biểu 02")
 * and an unrelated sheet. Indicators follow the resolutions in the project's source documents.
 *
 * Deliberate inconsistencies in Biểu 01 (what `chitieu check` should find):
 *   - TT 2  Tổng thu ngân sách: % written 128,4 while 1.480,5 / 1.250 = 118,44 %.
 *   - TT 3  Diện tích cây ăn quả: 650 against 700 labelled "Đạt" (it is missed).
 *   - TT 4  a merged TT over three sub-rows; the poultry sub-row is missed, so TT 4 is missed.
 *   - TT 7  Tỷ lệ hộ nghèo (lower is better): 2,1 % against 3 % judged as 70 % "Không đạt".
 *   - TT 10 Nước sinh hoạt hợp vệ sinh: no actual, yet labelled "Đạt".
 *   - TT 14 Bao bì thuốc BVTV: the target was left blank, the % formula gives #DIV/0!.
 *   - the statement under the table counts 11 exceeded, 04 achieved, 03 missed, which the table does not.
 * Several numbers are typed as Vietnamese text ("3.000", "1.480,5"), as when pasted from Word.
 */
import * as path from "path";
import ExcelJS from "exceljs";

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

type Value = ExcelJS.CellValue;
/** TT, name, unit, target, actual, percent, status, note. */
type ResultRow = [Value, string, string, Value, Value, Value, string, string?];

const GROUPS: Array<{ code: string; title: string; rows: ResultRow[] }> = [
  {
    code: "I",
    title: "Nhóm chỉ tiêu về kinh tế (06 chỉ tiêu)",
    rows: [
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", "3.000", "3.150", 105, "Vượt"],
      [2, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "1.250", "1.480,5", "128,4", "Vượt"],
      [3, "Diện tích cây ăn quả các loại", "ha", 700, 650, 92.9, "Đạt"],
      [4, "Tổng đàn đại gia súc (trâu, bò)", "Con", 150, 162, 108, "Vượt"],
      [null, "Tổng đàn lợn", "Con", "5.000", "5.120", 102.4, "Vượt"],
      [null, "Tổng đàn gia cầm", "Con", "80.000", "76.500", 95.6, "Không đạt"],
      [5, "Diện tích trồng rừng mới bình quân hằng năm", "ha", 55, "61,2", 111.3, "Vượt"],
      [6, "Độ che phủ rừng", "%", 76, "75,2", 98.9, "K.đạt"],
    ],
  },
  {
    code: "II",
    title: "Nhóm chỉ tiêu về văn hóa - xã hội",
    rows: [
      [7, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 3, "2,1", 70, "Không đạt"],
      [8, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 96.3, 101.4, "Vượt"],
      [9, "Số trường đạt chuẩn quốc gia", "Trường", 6, 6, 100, "Đạt"],
      [
        10,
        "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh",
        "%",
        99,
        null,
        null,
        "Đạt",
        "Chưa có số liệu",
      ],
      [11, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "Dưới 10%", "8,57", null, "Vượt"],
      [12, "Tỷ lệ gia đình đạt danh hiệu văn hóa", "%", "95% trở lên", 96.07, 101.1, "Vượt"],
    ],
  },
  {
    code: "III",
    title: "Nhóm chỉ tiêu về môi trường",
    rows: [
      [13, "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", 80, 85, 106.3, "Vượt"],
      [14, "Tỷ lệ bao bì thuốc bảo vệ thực vật được thu gom", "%", null, 93, null, "Đạt"],
    ],
  },
  {
    code: "IV",
    title: "Nhóm chỉ tiêu về quốc phòng - an ninh",
    rows: [
      [15, "Tuyển quân hằng năm đạt chỉ tiêu giao", "%", 100, 100, 100, "Đạt"],
      [16, "Số vụ tai nạn giao thông nghiêm trọng", "Vụ", "Không quá 2", 1, null, "Vượt"],
    ],
  },
  {
    code: "V",
    title: "Nhóm chỉ tiêu về xây dựng Đảng",
    rows: [
      [17, "Kết nạp đảng viên mới trong nhiệm kỳ", "Đảng viên", 95, 69, 72.63, "Không đạt"],
      [18, "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", "Trên 90%", 92.5, 102.8, "Vượt"],
      [19, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 85, 92, 108.2, "Vượt"],
    ],
  },
];

function font(cell: ExcelJS.Cell, extra: Partial<ExcelJS.Font> = {}): void {
  cell.font = { name: FONT, size: 12, ...extra };
}

function titleBlock(ws: ExcelJS.Worksheet, lastColumn: string, lines: string[], corner: string): number {
  ws.getCell("A1").value = "ĐẢNG BỘ XÃ QUANG THUẬN";
  font(ws.getCell("A1"), { bold: true });
  ws.mergeCells("A1:C1");
  ws.getCell(`${lastColumn}1`).value = corner;
  font(ws.getCell(`${lastColumn}1`), { italic: true });
  lines.forEach((text, i) => {
    const row = i + 2;
    ws.getCell(`A${row}`).value = text;
    ws.mergeCells(`A${row}:${lastColumn}${row}`);
    font(ws.getCell(`A${row}`), { bold: i < 2, italic: i >= 2, size: i === 0 ? 13 : 12 });
    ws.getCell(`A${row}`).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  return lines.length + 3; // one blank row before the header
}

function styleTableCell(cell: ExcelJS.Cell, bold = false): void {
  font(cell, { bold });
  cell.border = THIN;
  cell.alignment = {
    vertical: "middle",
    wrapText: true,
    ...(Number(cell.col) === 2 ? {} : { horizontal: "center" }),
  };
}

function resultsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Biểu 01", { pageSetup: { orientation: "landscape", paperSize: 9 } });
  [6, 46, 11, 13, 13, 10, 12, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const header = titleBlock(
    ws,
    "H",
    [
      "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ",
      "NHIỆM KỲ 2020 - 2025",
      "(Kèm theo Báo cáo chính trị của Ban Chấp hành Đảng bộ xã trình Đại hội)",
    ],
    "Biểu 01",
  );

  // Two-row header: "Kết quả thực hiện" over "Thực hiện | Tỷ lệ (%)".
  const top = ws.getRow(header);
  const sub = ws.getRow(header + 1);
  top.values = [
    "TT",
    "Chỉ tiêu",
    "Đơn vị\ntính",
    "Chỉ tiêu\nNQ Đại hội",
    "Kết quả thực hiện",
    null,
    "Đánh giá",
    "Ghi chú",
  ];
  sub.values = [null, null, null, null, "Thực\nhiện", "Tỷ lệ (%)\nso với NQ", null, null];
  for (const col of ["A", "B", "C", "D", "G", "H"]) ws.mergeCells(`${col}${header}:${col}${header + 1}`);
  ws.mergeCells(`E${header}:F${header}`);
  for (const row of [top, sub]) {
    row.height = 33;
    for (let c = 1; c <= 8; c++) {
      const cell = row.getCell(c);
      styleTableCell(cell, true);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    }
  }

  let r = header + 2;
  for (const group of GROUPS) {
    const row = ws.getRow(r);
    row.values = [group.code, group.title];
    ws.mergeCells(`B${r}:H${r}`);
    for (let c = 1; c <= 8; c++) styleTableCell(row.getCell(c), true);
    r++;
    let ttStart = r;
    group.rows.forEach((values, i) => {
      const [code, name, unit, target, actual, percent, status, note] = values;
      const row = ws.getRow(r);
      row.values = [code, name, unit, target, actual, percent, status, note ?? null];
      for (let c = 1; c <= 8; c++) styleTableCell(row.getCell(c));
      if (typeof percent === "number") row.getCell(6).numFmt = "0.0#";
      if (typeof target === "number" && target >= 1000) row.getCell(4).numFmt = "#,##0";
      // A sub-row (no TT) extends the TT merge of the indicator above it.
      if (code !== null) ttStart = r;
      const next = group.rows[i + 1];
      if ((next === undefined || next[0] !== null) && r > ttStart) ws.mergeCells(`A${ttStart}:A${r}`);
      r++;
    });
  }

  // TT 14: the target was never typed, so the % formula divides by zero.
  const pesticide = findRow(ws, "Tỷ lệ bao bì thuốc bảo vệ thực vật được thu gom");
  ws.getCell(`F${pesticide}`).value = {
    formula: `E${pesticide}/D${pesticide}*100`,
    result: { error: "#DIV/0!" },
  };

  r++;
  ws.getCell(`B${r}`).value =
    "Tổng số: 19 chỉ tiêu; vượt: 11 chỉ tiêu; đạt: 04 chỉ tiêu; không đạt: 03 chỉ tiêu.";
  font(ws.getCell(`B${r}`), { italic: true });
  r += 2;
  ws.getCell(`B${r}`).value = "NGƯỜI LẬP BIỂU";
  ws.getCell(`F${r}`).value = "T/M ĐẢNG ỦY";
  ws.getCell(`F${r + 1}`).value = "BÍ THƯ";
  ws.getCell(`B${r + 5}`).value = "Nguyễn Thị Hoa";
  ws.getCell(`F${r + 5}`).value = "Hoàng Văn Thắng";
  for (const a of [`B${r}`, `F${r}`, `F${r + 1}`, `B${r + 5}`, `F${r + 5}`]) {
    font(ws.getCell(a), { bold: true });
    ws.getCell(a).alignment = { horizontal: "center" };
  }
  ws.views = [{ state: "frozen", ySplit: header + 1 }];
}

function findRow(ws: ExcelJS.Worksheet, name: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`B${r}`).value === name) return r;
  throw new Error(`no row ${name}`);
}

function newTermSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Biểu 02");
  [6, 60, 12, 22, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const header = titleBlock(
    ws,
    "E",
    ["CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030", "(Kèm theo Nghị quyết Đại hội Đảng bộ xã lần thứ I)"],
    "Biểu 02",
  );
  ws.getRow(header).values = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2030", "Ghi chú"];
  for (let c = 1; c <= 5; c++) styleTableCell(ws.getRow(header).getCell(c), true);
  const rows: Array<[string | number, string, string?, string?]> = [
    ["a)", "Các chỉ tiêu về kinh tế (05 chỉ tiêu)"],
    [1, "Tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân", "%/năm", "Từ 11% trở lên"],
    [2, "Tổng sản lượng lương thực có hạt", "Tấn/năm", "3.000"],
    [3, "Diện tích cây ăn quả các loại", "ha", "Duy trì 700 ha trở lên"],
    [4, "Trồng rừng mới hằng năm", "ha", "≥ 55"],
    [5, "Độ che phủ rừng", "%", "76%"],
    ["b)", "Các chỉ tiêu về xã hội, môi trường (05 chỉ tiêu)"],
    [6, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Trên 96%"],
    [7, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 1%"],
    [8, "Trường đạt chuẩn quốc gia", "Trường", "Duy trì 06; phấn đấu thêm 01 trường đạt mức độ 2"],
    [9, "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", "99%"],
    [10, "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", "%", "Ít nhất 85%"],
    ["c)", "Các chỉ tiêu về xây dựng Đảng (02 chỉ tiêu)"],
    [11, "Kết nạp đảng viên mới hằng năm so với tổng số đảng viên", "%", "Ít nhất 3%"],
    [12, "Tỷ lệ chi, đảng bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên", "%", "90% trở lên"],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(header + 1 + i);
    row.values = [values[0], values[1], values[2] ?? null, values[3] ?? null, null];
    for (let c = 1; c <= 5; c++) styleTableCell(row.getCell(c), values[2] === undefined);
    if (values[2] === undefined) ws.mergeCells(`B${row.number}:E${row.number}`);
  });
}

function unrelatedSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Nơi nhận");
  ws.getColumn(1).width = 70;
  const lines = [
    "Nơi nhận:",
    "- Ban Thường vụ Đảng ủy xã;",
    "- Các chi bộ trực thuộc;",
    "- Văn phòng Đảng ủy xã;",
    "- Lưu hồ sơ Đại hội.",
    "",
    "Biểu này được lập theo hướng dẫn của Văn phòng Đảng ủy, số liệu tính đến ngày 30/6/2025.",
  ];
  lines.forEach((text, i) => {
    ws.getCell(`A${i + 1}`).value = text || null;
    font(ws.getCell(`A${i + 1}`), { bold: i === 0, italic: i === 6 });
  });
}

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn phòng Đảng ủy xã Quang Thuận";
  wb.created = new Date(Date.UTC(2025, 6, 1));
  wb.modified = wb.created;
  resultsSheet(wb);
  newTermSheet(wb);
  unrelatedSheet(wb);
  return wb;
}

export const EXAMPLE_PATH = path.join(__dirname, "..", "examples", "bao-cao-mau.xlsx");

async function main(): Promise<void> {
  await buildExampleWorkbook().xlsx.writeFile(EXAMPLE_PATH);
  console.log(`Đã tạo ${path.relative(process.cwd(), EXAMPLE_PATH)}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
