/** A Biểu 01 like the realistic fixtures' (seed 001's indicators), checked by the real pipeline. */
import { checkSheet, type NarrativeParagraph, type SubmissionSheet } from "../../../src/engine";
import { makeGrid, type TestCell } from "../../support/grid";

const HEADER: TestCell[] = [
  "TT",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Chỉ tiêu NQ",
  "Thực hiện",
  "Tỷ lệ (%)",
  "Đánh giá",
];

export const BIEU_01_ROWS: TestCell[][] = [
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
  [2, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 1250, 1480.5, 118.4, "Vượt"],
  [3, "Tổng đàn gia súc", "Con", 7500, 8200, 109.3, "Vượt"],
  [4, "Diện tích cây ăn quả các loại", "ha", 700, 650, 92.9, "Không đạt"],
  [5, "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", 35, 41, 117.1, "Vượt"],
  [6, "Tỷ lệ bao phủ bảo hiểm y tế", "%", 95, 95, 100, "Đạt"],
  [7, "Tổng đàn vật nuôi", "Con", undefined, undefined, undefined, undefined],
  ["-", "Tổng đàn trâu, bò", "Con", 1500, 1620, 108, "Vượt"],
  ["-", "Tổng đàn lợn", "Con", 4000, 3900, 97.5, "Không đạt"],
];

export function sheet(name: string, rows: TestCell[][] = BIEU_01_ROWS, caption?: string): SubmissionSheet {
  const report = checkSheet(makeGrid([HEADER, ...rows], { name }));
  return { file: "bao-cao.xlsx", sheet: name, report, ...(caption ? { caption } : {}) };
}

/** Paragraphs as the document reader gives them: a typed "(n)" goes to `numbering`. */
export function paragraphs(...texts: string[]): NarrativeParagraph[] {
  return texts.map((raw, i) => {
    const m = /^(\(\d+\)|\d+(?:\.\d+)*[.-])\s+/.exec(raw);
    return m ? { index: i + 1, numbering: m[1], text: raw.slice(m[0].length) } : { index: i + 1, text: raw };
  });
}
