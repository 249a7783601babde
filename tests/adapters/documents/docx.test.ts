import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../../src/adapters/exceljs/read";
import { readDocument, type DocumentContent } from "../../../src/adapters/documents";
import { checkSheet, cellText, type Grid } from "../../../src/engine";
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { BIEU_01, BIEU_01_HEADER, buildDocx, wordTable, type TableSpec } from "./support/build-docx";

/** The same table typed into a worksheet: text cells, the same merges. */
function sheetGrid(spec: TableSpec): Grid {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  spec.forEach((row, r) => {
    const offset = row.subRow ? 1 : 0;
    row.cells.forEach((text, c) => {
      ws.getCell(r + 1, c + 1 + offset).value = text;
    });
    if (row.span) ws.mergeCells(r + 1, 2, r + 1, 7);
    if (row.ttRowSpan) ws.mergeCells(r + 1, 1, r + row.ttRowSpan, 1);
  });
  return worksheetToGrid(ws);
}

function without<T extends object>(value: T, key: string): unknown {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === key ? undefined : v)));
}

describe("Word tables", () => {
  let content: DocumentContent;
  beforeAll(async () => {
    const bytes = await buildDocx([
      new Paragraph("Biểu 01"),
      wordTable(BIEU_01),
      new Paragraph("Tổng số: 4 chỉ tiêu"),
    ]);
    content = await readDocument(bytes, "bao-cao.docx");
  });

  it("turns the table into a grid with its merged areas", () => {
    expect(content.kind).toBe("docx");
    expect(content.tables).toHaveLength(1);
    const table = content.tables[0];
    expect(table.caption).toBe("Biểu 01");
    expect(table.afterParagraph).toBe(1);
    const grid = table.grid;
    expect(grid.name).toBe("Biểu 01");
    expect(grid.cells[0]?.map((c) => cellText(c ?? undefined))).toEqual(BIEU_01[0].cells);
    expect([...grid.merges].sort((a, b) => a.top - b.top)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 5, left: 1, bottom: 5, right: 6 },
    ]);
    // The sub-row keeps no TT of its own: only the merged area's top-left cell holds "2".
    expect(grid.cells[4]?.[0]).toBeUndefined();
    expect(cellText(grid.cells[4]?.[1] ?? undefined)).toBe("Tổng đàn lợn");
  });

  it("is detected and checked exactly like the same table on a sheet", () => {
    const fromWord = checkSheet(content.tables[0].grid);
    const fromSheet = checkSheet(sheetGrid(BIEU_01));
    expect(fromWord.tables).toHaveLength(1);
    expect(without(fromWord, "name")).toEqual(without(fromSheet, "name"));
    const table = fromWord.tables[0];
    expect(table.groups.map((g) => g.row)).toEqual([2, 6]);
    // Every Word cell is text, so the engine's "text-number" notes apply to all value cells;
    // apart from them only row 8 (8/10 reported as 90%, "Đạt") is faulted.
    const faults = table.findings.filter((f) => f.rule !== "text-number");
    expect(faults.length).toBeGreaterThan(0);
    expect(faults.every((f) => f.row === 8)).toBe(true);
    expect(new Set(faults.map((f) => f.cell))).toEqual(new Set(["F8", "G8"]));
  });

  it("reads the text of the body around the table", () => {
    expect(content.paragraphs.map((p) => p.text)).toEqual(["Biểu 01", "Tổng số: 4 chỉ tiêu"]);
  });
});

describe("Word tables with automatic numbering", () => {
  it("puts the list labels of TT cells into the grid, and gives each table its own caption", async () => {
    const text = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const numberedTT = () =>
      new TableCell({ children: [new Paragraph({ text: "", numbering: { reference: "tt", level: 0 } })] });
    const table = new Table({
      rows: [
        new TableRow({ children: BIEU_01_HEADER.map(text) }),
        new TableRow({
          children: [
            numberedTT(),
            ...["Tổng đàn gia súc", "Con", "7.500", "8.200", "109,3", "Vượt"].map(text),
          ],
        }),
        new TableRow({
          children: [numberedTT(), ...["Tổng đàn lợn", "Con", "5.000", "5.000", "100", "Đạt"].map(text)],
        }),
      ],
    });
    const bytes = await buildDocx([
      new Paragraph("Biểu 02"),
      table,
      new Paragraph(""),
      wordTable(BIEU_01.slice(0, 3)),
    ]);
    const { tables } = await readDocument(bytes, "x.docx");
    expect(tables.map((t) => t.caption ?? null)).toEqual(["Biểu 02", null]);
    expect(tables[1].grid.name).toBe("Bảng 2");
    const grid = tables[0].grid;
    expect([1, 2].map((r) => cellText(grid.cells[r]?.[0] ?? undefined))).toEqual(["1", "2"]);
    const report = checkSheet(grid);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].indicators.map((i) => i.code)).toEqual(["1", "2"]);
  });
});

describe("Word paragraphs", () => {
  it("renders automatic list numbering and keeps typed numbering", async () => {
    const bytes = await buildDocx([
      new Paragraph({
        text: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
        numbering: { reference: "sections", level: 0 },
      }),
      new Paragraph({ text: "Kinh tế", numbering: { reference: "outline", level: 0 } }),
      new Paragraph({
        text: "Đối với xã A (có biểu số 01 kèm theo)",
        numbering: { reference: "outline", level: 1 },
      }),
      new Paragraph({ text: "Đối với xã B cũ", numbering: { reference: "outline", level: 1 } }),
      new Paragraph({
        text: "Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội.",
        numbering: { reference: "items", level: 0 },
      }),
      new Paragraph({ text: "Tổng đàn trâu, bò", numbering: { reference: "items", level: 1 } }),
      new Paragraph({ text: "Tổng đàn lợn", numbering: { reference: "items", level: 1 } }),
      new Paragraph({
        text: "Thu nhập bình quân đạt 34 triệu đồng.",
        numbering: { reference: "items", level: 0 },
      }),
      new Paragraph({ text: "VỀ XÃ HỘI", numbering: { reference: "sections", level: 0 } }),
      new Paragraph({ text: "Giáo dục", numbering: { reference: "sections", level: 1 } }),
      new Paragraph("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội."),
      new Paragraph("2.1- Đối với xã A (có biểu số 01 kèm theo)"),
      new Paragraph("a) Các chỉ tiêu về kinh tế"),
      new Paragraph("18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt"),
    ]);
    const { paragraphs } = await readDocument(bytes, "x.docx");
    expect(paragraphs.map((p) => [p.numbering ?? null, p.numberingSource ?? null, p.text])).toEqual([
      ["I.", "auto", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"],
      ["1.", "auto", "Kinh tế"],
      ["1.1.", "auto", "Đối với xã A (có biểu số 01 kèm theo)"],
      ["1.2.", "auto", "Đối với xã B cũ"],
      ["(1)", "auto", "Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội."],
      ["a)", "auto", "Tổng đàn trâu, bò"],
      ["b)", "auto", "Tổng đàn lợn"],
      ["(2)", "auto", "Thu nhập bình quân đạt 34 triệu đồng."],
      ["II.", "auto", "VỀ XÃ HỘI"],
      ["1.", "auto", "Giáo dục"],
      ["(3)", "typed", "Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội."],
      ["2.1-", "typed", "Đối với xã A (có biểu số 01 kèm theo)"],
      ["a)", "typed", "Các chỉ tiêu về kinh tế"],
      [null, null, "18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt"],
    ]);
    expect(paragraphs.map((p) => p.index)).toEqual(paragraphs.map((_, k) => k + 1));
  });

  it("reads heading styles, tabs and line breaks", async () => {
    const bytes = await buildDocx([
      new Paragraph({ text: "Phần thứ nhất", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: "Kết quả thực hiện các chỉ tiêu", heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [new TextRun("Đạt"), new TextRun({ text: "100%", break: 1 }), new TextRun("\tNQ")],
      }),
      new Paragraph(""),
    ]);
    const { paragraphs } = await readDocument(bytes, "x.docx");
    expect(paragraphs.map((p) => [p.headingLevel ?? null, p.text])).toEqual([
      [1, "Phần thứ nhất"],
      [2, "Kết quả thực hiện các chỉ tiêu"],
      [null, "Đạt\n100%\tNQ"],
    ]);
  });
});
