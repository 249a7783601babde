/** .docx files built in code with the `docx` package, for the reader's tests. */
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type FileChild,
} from "docx";

export const BIEU_01_HEADER = [
  "TT",
  "Chỉ tiêu",
  "ĐVT",
  "Chỉ tiêu NQ",
  "Kết quả thực hiện",
  "Tỷ lệ (%)",
  "Đánh giá",
];

/** Rows of "Biểu 01": a row is its cell texts; `span` merges a group row's name across the rest. */
export type TableSpec = Array<{ cells: string[]; span?: boolean; ttRowSpan?: number; subRow?: boolean }>;

export const BIEU_01: TableSpec = [
  { cells: BIEU_01_HEADER },
  { cells: ["I", "Nhóm chỉ tiêu về kinh tế"], span: true },
  { cells: ["1", "Tổng sản lượng lương thực có hạt", "Tấn", "3.000", "3.150", "105", "Vượt"] },
  { cells: ["2", "Diện tích cây ăn quả", "ha", "700", "650", "92,9", "Không đạt"], ttRowSpan: 2 },
  { cells: ["Tổng đàn lợn", "Con", "5.000", "5.000", "100", "Đạt"], subRow: true },
  { cells: ["II", "Nhóm chỉ tiêu về xã hội"], span: true },
  { cells: ["3", "Tổng đàn gia súc", "Con", "7.500", "8.200", "109,3", "Vượt"] },
  // 8/10 is 80%, not 90%, and 80% of target is not "Đạt": the engine must say so.
  { cells: ["4", "Số thôn đạt chuẩn văn hóa", "Thôn", "10", "8", "90", "Đạt"] },
];

function cell(text: string, options: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  const lines = text.split("\n");
  return new TableCell({ children: lines.map((l) => new Paragraph(l)), ...options });
}

export function wordTable(spec: TableSpec): Table {
  const columns = BIEU_01_HEADER.length;
  const rows = spec.map((row) => {
    if (row.span)
      return new TableRow({
        children: [cell(row.cells[0]), cell(row.cells[1], { columnSpan: columns - 1 })],
      });
    if (row.subRow) return new TableRow({ children: row.cells.map((t) => cell(t)) });
    const [first, ...rest] = row.cells;
    return new TableRow({
      children: [cell(first, row.ttRowSpan ? { rowSpan: row.ttRowSpan } : {}), ...rest.map((t) => cell(t))],
    });
  });
  return new Table({ rows });
}

export const NUMBERING_CONFIG = [
  {
    reference: "tt",
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1", alignment: AlignmentType.LEFT }],
  },
  {
    reference: "items",
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: "(%1)", alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.LEFT },
    ],
  },
  {
    reference: "sections",
    levels: [
      { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
    ],
  },
  {
    reference: "outline",
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2.", alignment: AlignmentType.LEFT },
    ],
  },
];

export async function buildDocx(children: FileChild[]): Promise<Uint8Array> {
  const doc = new Document({ numbering: { config: NUMBERING_CONFIG }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
