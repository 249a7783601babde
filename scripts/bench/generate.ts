/**
 * Generates a large, consistent results table as .xlsx with ExcelJS's streaming writer
 * (little memory, so 200,000 rows are fine): a title, a one-row header, a group row every
 * 25 indicators, numbers partly typed as Vietnamese text, % and labels that agree.
 */
import ExcelJS from "exceljs";

const NAMES = [
  ["Tổng sản lượng lương thực có hạt", "Tấn"],
  ["Diện tích cây ăn quả các loại", "ha"],
  ["Tổng đàn gia cầm", "Con"],
  ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%"],
  ["Tỷ lệ gia đình đạt danh hiệu văn hóa", "%"],
  ["Thu ngân sách nhà nước trên địa bàn", "Triệu đồng"],
] as const;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** Vietnamese text for an integer: 12600 → "12.600". */
function viInteger(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export interface GeneratedTable {
  file: string;
  indicators: number;
}

/** Write `indicators` indicator rows (plus group rows) to `file`. Deterministic. */
export async function writeLargeTable(file: string, indicators: number): Promise<GeneratedTable> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet("Biểu 01");
  ws.addRow(["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT"]).commit();
  ws.addRow([]).commit();
  ws.addRow([
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Chỉ tiêu NQ",
    "Kết quả thực hiện",
    "Tỷ lệ (%)",
    "Đánh giá",
  ]).commit();
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < indicators; i++) {
    if (i % 25 === 0) {
      const g = i / 25;
      ws.addRow([
        ROMAN[g % 10] + (g >= 10 ? `.${Math.floor(g / 10)}` : ""),
        `Nhóm chỉ tiêu số ${g + 1}`,
      ]).commit();
    }
    const [name, unit] = NAMES[i % NAMES.length];
    // Rates stay within 0–100 %; counts and areas range widely.
    const isRate = unit === "%";
    const target = isRate ? 50 + Math.floor(random() * 40) : 100 + Math.floor(random() * 9900);
    // Actuals spread around the target: some missed, some achieved, most exceeded.
    const factor = [0.9, 1, 1.05, 1.1][i % 4];
    const actual = Math.min(isRate ? 100 : Infinity, Math.round(target * factor));
    const percent = Math.round((actual / target) * 1000) / 10;
    const status = actual > target ? "Vượt" : actual === target ? "Đạt" : "Không đạt";
    const asText = i % 3 === 0;
    ws.addRow([
      i + 1,
      `${name} (${i + 1})`,
      unit,
      asText ? viInteger(target) : target,
      asText ? viInteger(actual) : actual,
      percent,
      status,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return { file, indicators };
}
