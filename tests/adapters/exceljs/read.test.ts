import ExcelJS from "exceljs";
import { dateToSerial, worksheetToGrid } from "../../../src/adapters/exceljs/read";
import { getCell, cellText } from "../../../src/engine/grid";
import { isDateCell } from "../../../src/engine/parse/numbers";

/** Write the workbook to bytes and read it back, as the command line does with a file. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

async function sampleSheet(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.getCell("A1").value = "TT";
  ws.getCell("B1").value = { richText: [{ text: "Chỉ ", font: { bold: true } }, { text: "tiêu" }] };
  ws.getCell("C1").value = "Kết\nquả";
  ws.getCell("A2").value = 1;
  ws.getCell("B2").value = "Diện tích cây ăn quả";
  ws.getCell("C2").value = 650;
  ws.getCell("D2").value = 0.95;
  ws.getCell("D2").numFmt = "0%";
  ws.getCell("E2").value = { formula: "C2/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
  ws.getCell("F2").value = { formula: "C2*2", result: 1300 };
  ws.getCell("G2").value = true;
  ws.getCell("H2").value = new Date(Date.UTC(2025, 8, 5));
  ws.getCell("I2").value = { error: "#N/A" } as ExcelJS.CellValue;
  ws.getCell("J2").value = { text: "xem", hyperlink: "https://example.org" };
  ws.getCell("B3").value = "Tổng đàn lợn";
  ws.getCell("C3").value = "5.000";
  ws.mergeCells("A2:A3");
  ws.mergeCells("B5:D5");
  ws.getCell("B5").value = "I. Nhóm chỉ tiêu về kinh tế";
  ws.getCell("B6").value = "ẩn";
  ws.getRow(6).hidden = true;
  ws.getCell("A9").value = "cuối";
  return (await roundTrip(wb)).getWorksheet("Biểu 01")!;
}

describe("worksheetToGrid", () => {
  let grid: ReturnType<typeof worksheetToGrid>;
  beforeAll(async () => {
    grid = worksheetToGrid(await sampleSheet());
  });

  it("keeps the sheet name and anchors the grid at A1", () => {
    expect(grid.name).toBe("Biểu 01");
    expect(getCell(grid, 0, 0)?.value).toBe("TT");
    expect(getCell(grid, 8, 0)?.value).toBe("cuối");
  });

  it("reads numbers, text with line breaks, booleans and number formats", () => {
    expect(getCell(grid, 1, 2)?.value).toBe(650);
    expect(getCell(grid, 0, 2)?.value).toBe("Kết\nquả");
    expect(getCell(grid, 2, 2)?.value).toBe("5.000");
    expect(getCell(grid, 1, 3)).toEqual({ value: 0.95, numberFormat: "0%" });
    expect(getCell(grid, 1, 6)?.value).toBe(true);
  });

  it("joins rich text runs", () => {
    expect(getCell(grid, 0, 1)?.value).toBe("Chỉ tiêu");
    expect(cellText(getCell(grid, 0, 1))).toBe("Chỉ tiêu");
  });

  it("gives formula results and marks them as formulas", () => {
    expect(getCell(grid, 1, 5)).toMatchObject({ value: 1300, formula: true });
    expect(getCell(grid, 1, 4)).toMatchObject({
      value: { error: "#DIV/0!" },
      text: "#DIV/0!",
      formula: true,
    });
  });

  it("reads error values as errors", () => {
    expect(getCell(grid, 1, 8)?.value).toEqual({ error: "#N/A" });
  });

  it("reads dates as serial numbers with a day/month/year text", () => {
    const cell = getCell(grid, 1, 7);
    expect(cell?.value).toBe(dateToSerial(new Date(Date.UTC(2025, 8, 5))));
    expect(cell?.value).toBe(45905);
    expect(cell?.text).toBe("05/09/2025");
  });

  it("marks a date as a date by its number format, whether the file gave one or not", async () => {
    expect(isDateCell(getCell(grid, 1, 7))).toBe(true);
    // A Date set without a format, read without writing the file (no format is added then).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 01");
    ws.getCell("A1").value = new Date(Date.UTC(2026, 1, 1));
    // "1-2" typed in Excel set to Vietnam: the serial of 1 February with the format Excel gave it.
    ws.getCell("B1").value = 46054;
    ws.getCell("B1").numFmt = "d-mmm";
    const typed = worksheetToGrid((await roundTrip(wb)).getWorksheet("Biểu 01")!);
    const unsaved = worksheetToGrid(ws);
    expect(getCell(unsaved, 0, 0)).toMatchObject({ value: 46054, numberFormat: "dd/mm/yyyy" });
    expect(isDateCell(getCell(typed, 0, 0))).toBe(true);
    expect(getCell(typed, 0, 1)?.value).toBe(46054);
    expect(isDateCell(getCell(typed, 0, 1))).toBe(true);
    expect(isDateCell(getCell(grid, 1, 3))).toBe(false);
  });

  it("reads a hyperlink's text", () => {
    expect(getCell(grid, 1, 9)?.value).toBe("xem");
  });

  it("lists merged areas 0-based and leaves only the top-left cell filled", () => {
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 4, left: 1, bottom: 4, right: 3 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(getCell(grid, 1, 0)?.value).toBe(1);
    expect(getCell(grid, 2, 0)).toBeUndefined();
    expect(getCell(grid, 4, 1)?.value).toBe("I. Nhóm chỉ tiêu về kinh tế");
    expect(getCell(grid, 4, 2)).toBeUndefined();
  });

  it("lists hidden rows 0-based", () => {
    expect(grid.hiddenRows).toEqual([5]);
  });

  it("leaves empty rows undefined", () => {
    expect(grid.cells[3]).toBeUndefined();
    expect(grid.cells[6]).toBeUndefined();
  });

  it("reads a sheet built in memory (not from a file) the same way", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = 3;
    ws.mergeCells("B2:C3");
    const g = worksheetToGrid(ws);
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(getCell(g, 1, 1)?.value).toBe(3);
    expect(getCell(g, 1, 2)).toBeUndefined();
  });
});
