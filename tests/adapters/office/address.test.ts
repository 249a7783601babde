/** @jest-environment node */
import { localAddress, qualifiedAddress, quoteSheetName } from "../../../src/adapters/office/address";

describe("sheet names in references, as Excel writes them", () => {
  it.each([
    ["Sheet1", "Sheet1"],
    ["Data_2025", "Data_2025"],
    ["XFE1", "XFE1"], // past the last column: not a cell
    ["KH2025", "'KH2025'"],
    ["TH2025", "'TH2025'"],
    ["Q1", "'Q1'"],
    ["R1C1", "'R1C1'"],
    ["R", "'R'"],
    ["C5", "'C5'"],
    ["2025", "'2025'"],
    ["Biểu 01", "'Biểu 01'"],
    ["Tổng hợp", "'Tổng hợp'"],
    ["Kế hoạch", "'Kế hoạch'"],
    ["O'Neil", "'O''Neil'"],
    ["KH 2025 'mới'", "'KH 2025 ''mới'''"],
  ])("%s → %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
    expect(qualifiedAddress(name, "F6")).toBe(`${quoted}!F6`);
  });

  it("reads the cell back from any of them", () => {
    expect(localAddress("'KH 2025 ''mới'''!$F$6")).toBe("F6");
    expect(localAddress("'KH2025'!f6")).toBe("F6");
  });
});
