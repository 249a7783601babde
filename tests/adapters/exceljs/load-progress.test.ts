/** @jest-environment node */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWithProgress } from "../../../src/adapters/exceljs/load-progress";
import { zipEntrySizes } from "../../../src/adapters/exceljs/zip-sizes";
import { worksheetToGrid } from "../../../src/adapters/exceljs/read";

/** A workbook of two sheets, `rows` indicator rows on the second. */
async function workbookBytes(rows: number): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Ghi chú").addRow(["Số liệu ước thực hiện đến 30/6/2025."]);
  const ws = wb.addWorksheet("Biểu 01");
  ws.addRow(["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"]);
  for (let i = 1; i <= rows; i++) ws.addRow([i, `Chỉ tiêu số ${i}`, "Tấn", 3000 + i, 3150 + i, 105, "Vượt"]);
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer;
}

describe("zip entry sizes", () => {
  it("are the uncompressed sizes of every entry, read from the directory alone", async () => {
    const bytes = await workbookBytes(200);
    const zip = await JSZip.loadAsync(bytes);
    const expected = new Map<string, number>();
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) expected.set(entry.name, (await entry.async("uint8array")).length);
    }
    expect(expected.size).toBeGreaterThan(5);
    expect(zipEntrySizes(new Uint8Array(bytes))).toEqual(expected);
  });

  it("are none for bytes that are not a zip", () => {
    expect(zipEntrySizes(new Uint8Array(0)).size).toBe(0);
    expect(zipEntrySizes(new TextEncoder().encode("TT;Chỉ tiêu;Đơn vị tính\n1;Lúa;tấn\n")).size).toBe(0);
  });
});

describe("loading a workbook with progress", () => {
  it("reports many growing fractions while 3,000 rows are read, ending at 1, and reads as ExcelJS does", async () => {
    const bytes = await workbookBytes(3_000);
    const fractions: number[] = [];
    const workbook = new ExcelJS.Workbook();
    await loadWithProgress(workbook, bytes.slice(0), (f) => fractions.push(f));

    expect(fractions[fractions.length - 1]).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    // The sheet's XML is read in 16 KB chunks: many steps on the way, not one jump at the end.
    const onTheWay = fractions.filter((f) => f > 0 && f < 1);
    expect(onTheWay.length).toBeGreaterThan(20);
    // Building the cells is counted too: the last step before 1 is close to it, not a jump from half-way.
    expect(Math.max(...onTheWay)).toBeGreaterThan(0.9);

    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes.slice(0));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Ghi chú", "Biểu 01"]);
    expect(worksheetToGrid(workbook.getWorksheet("Biểu 01")!)).toEqual(
      worksheetToGrid(plain.getWorksheet("Biểu 01")!),
    );
  });

  it("leaves ExcelJS's reader as it was, also when the file cannot be read", async () => {
    const workbook = new ExcelJS.Workbook();
    await loadWithProgress(workbook, await workbookBytes(10), () => undefined);
    const damaged = new ExcelJS.Workbook();
    const bytes = new Uint8Array(await workbookBytes(10));
    await expect(
      loadWithProgress(damaged, bytes.slice(0, bytes.length / 2).buffer, () => undefined),
    ).rejects.toThrow();
    for (const reader of [workbook.xlsx, damaged.xlsx]) {
      expect(Object.keys(reader)).not.toContain("_processWorksheetEntry");
      expect(Object.keys(reader)).not.toContain("reconcile");
    }
  });
});
