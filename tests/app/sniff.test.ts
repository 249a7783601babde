import ExcelJS from "exceljs";
import { sniffFile } from "../../src/app/sniff";
import { ascii, concat, oleWith, zipWith } from "../support/bytes";

async function realXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRow(["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Kết quả thực hiện"]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("sniffFile", () => {
  it("recognises a workbook written by ExcelJS", async () => {
    expect(sniffFile(await realXlsx())).toBe("xlsx");
  });

  it("calls a workbook cut short a truncated ZIP (its end record is missing)", async () => {
    const bytes = await realXlsx();
    expect(sniffFile(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("truncatedZip");
  });

  it("tells other ZIP packages and binary workbooks apart from .xlsx", () => {
    expect(sniffFile(zipWith(["[Content_Types].xml", "word/document.xml"]))).toBe("otherZip");
    expect(sniffFile(zipWith(["[Content_Types].xml", "xl/workbook.bin"]))).toBe("xlsb");
    expect(sniffFile(zipWith(["[Content_Types].xml", "xl/workbook.xml"]))).toBe("xlsx");
    expect(sniffFile(concat([0x50, 0x4b, 0x05, 0x06], new Array(18).fill(0)))).toBe("otherZip");
  });

  it("reads an OLE compound file with EncryptionInfo as a password-protected workbook", () => {
    expect(sniffFile(oleWith(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))).toBe("encrypted");
    expect(sniffFile(oleWith(["Root Entry", "EncryptedPackage"]))).toBe("encrypted");
  });

  it("reads an OLE compound file with a Workbook stream as a legacy .xls", () => {
    expect(sniffFile(oleWith(["Root Entry", "Workbook", "SummaryInformation"]))).toBe("legacyXls");
  });

  it("leaves other OLE files, text, and empty files out", () => {
    expect(sniffFile(oleWith(["Root Entry", "WordDocument"]))).toBe("otherOle");
    expect(sniffFile(new Uint8Array(ascii("TT;Chỉ tiêu;Kết quả\n1;Lúa;3000\n")))).toBe("unknown");
    expect(sniffFile(new Uint8Array(ascii("<html><table></table></html>")))).toBe("unknown");
    expect(sniffFile(new Uint8Array(0))).toBe("empty");
  });
});
