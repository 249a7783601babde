/**
 * Workbooks for the browser tests, written with ExcelJS in the test process, and the
 * engine's own answers for them (the page must show what the engine computes).
 */
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../../src/adapters/exceljs/read";
import { checkSheet } from "../../../src/engine/index";
import type { SheetReport } from "../../../src/engine/types";

export const TABLE_SHEET = "Biểu 01";
export const NOTES_SHEET = "Ghi chú";

type Row = Array<string | number | null>;

const HEADER: Row = [
  "TT",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Chỉ tiêu NQ",
  "Kết quả thực hiện",
  "Tỷ lệ (%)",
  "Đánh giá",
];

/** A commune's results table with a few deliberate mistakes reviewers look for. */
const TABLE: Row[] = [
  ["I", "Nhóm chỉ tiêu về kinh tế", null, null, null, null, null],
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", "3.000", 3150, 105, "Vượt"],
  [2, "Diện tích cây ăn quả", "ha", 700, 650, 92.9, "Không đạt"],
  [3, "Thu nhập bình quân đầu người", "Triệu đồng", 60, 66, 110, "Đạt"], // label should be "Vượt"
  [4, "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", 520, 450, 88.2, "Không đạt"], // % should be 86.5
  ["II", "Nhóm chỉ tiêu về văn hóa - xã hội", null, null, null, null, null],
  [5, "Tỷ lệ hộ nghèo", "%", "Dưới 3%", 2.1, null, "Đạt"],
  [6, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "95% trở lên", 96.5, 101.6, "Vượt"],
  [7, "Số trường đạt chuẩn quốc gia", "Trường", "05/07", 6, 120, "Vượt"],
  [8, "Tỷ lệ lao động qua đào tạo", "%", 70, 68.5, 97.9, "Đạt"], // label should be "Không đạt"
  ["III", "Nhóm chỉ tiêu về môi trường", null, null, null, null, null],
  [9, "Tỷ lệ che phủ rừng", "%", 76, 76, 100, "Đạt"],
  [10, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 98, 99.2, 101.2, "Vượt"],
];

export interface SampleOptions {
  /** Extra indicator rows appended to the table (for the large-file test). */
  extraRows?: number;
}

/** A workbook with a notes sheet first (no table) and the results table second. */
export async function sampleWorkbook(options: SampleOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.addRow(["Bảng này do văn phòng Đảng ủy xã lập."]);
  notes.addRow(["Số liệu ước thực hiện đến 30/6/2025."]);

  const ws = wb.addWorksheet(TABLE_SHEET);
  ws.addRow([null, null, null, null, null, null, "Biểu 01"]);
  ws.addRow(["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ, NHIỆM KỲ 2020-2025"]);
  ws.mergeCells("A2:G2");
  ws.addRow([]);
  ws.addRow(HEADER);
  for (const row of TABLE) ws.addRow(row);
  const extra = options.extraRows ?? 0;
  for (let i = 0; i < extra; i++) {
    const code = TABLE.filter((r) => typeof r[0] === "number").length + i + 1;
    const target = 100 + (i % 50);
    const actual = target + ((i % 7) - 3);
    const percent = Math.round((actual / target) * 1000) / 10;
    const label = actual > target ? "Vượt" : actual === target ? "Đạt" : "Không đạt";
    // Every 10th row carries a wrong percentage, so the big file has findings too.
    ws.addRow([
      code,
      `Chỉ tiêu bổ sung số ${code}`,
      "Tấn",
      target,
      actual,
      i % 10 === 0 ? percent + 5 : percent,
      label,
    ]);
  }
  ws.addRow([]);
  ws.addRow([null, "Tổng số: 10 chỉ tiêu; vượt: 05; đạt: 03; không đạt: 02"]);
  ws.getColumn(2).width = 40;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The engine's reports for every sheet of a workbook, read exactly as the page reads it. */
export async function engineReports(bytes: Buffer): Promise<SheetReport[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => checkSheet(worksheetToGrid(ws)));
}

/** Reads every cell value of every sheet, for comparing the annotated copy with the original. */
export async function cellValues(bytes: Buffer | Uint8Array): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const values = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => values.set(`${ws.name}!${cell.address}`, cell.value)),
    );
  }
  return values;
}

/** A workbook cut in half: starts as a ZIP, cannot be read. */
export async function corruptWorkbook(): Promise<Buffer> {
  const whole = await sampleWorkbook();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** The start of an encrypted OOXML package: an OLE compound file with an EncryptionInfo stream. */
export function passwordProtectedLookalike(): Buffer {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = (text: string) => Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  return Buffer.from([
    ...magic,
    ...new Array<number>(504).fill(0),
    ...name("EncryptionInfo"),
    ...new Array<number>(36).fill(0),
    ...name("EncryptedPackage"),
  ]);
}
