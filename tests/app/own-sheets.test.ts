import { freeSheetName, isOwnSheet, isOwnSheetName, markedTitle } from "../../src/app/own-sheets";

describe("which sheets are ours", () => {
  it("knows our names in both languages, numbered or not, whatever the case", () => {
    for (const name of [
      "Tổng hợp",
      "Phát hiện",
      "Summary",
      "Findings",
      "Tổng hợp (2)",
      "tổng hợp",
      "Findings (12)",
    ])
      expect(isOwnSheetName(name)).toBe(true);
    for (const name of ["Biểu 01", "Tổng hợp 2025", "Tổng hợp (bản cũ)", "Summary sheet"])
      expect(isOwnSheetName(name)).toBe(false);
  });

  it("needs the mark in A1 as well as the name", () => {
    expect(isOwnSheet("Tổng hợp", markedTitle("TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"))).toBe(true);
    expect(isOwnSheet("Tổng hợp (2)", markedTitle("…"))).toBe(true);
    expect(isOwnSheet("Tổng hợp", "Số liệu của tôi")).toBe(false);
    expect(isOwnSheet("Tổng hợp", 12)).toBe(false);
    expect(isOwnSheet("Biểu 01", markedTitle("…"))).toBe(false);
    // The summary sheet earlier add-in versions wrote is ours too.
    expect(isOwnSheet("Tổng hợp", "TỔNG HỢP KẾT QUẢ SOÁT BẢNG CHỈ TIÊU")).toBe(true);
  });

  it("picks a free name the way Excel compares names", () => {
    expect(freeSheetName(["Biểu 01"], "Tổng hợp")).toBe("Tổng hợp");
    expect(freeSheetName(["TỔNG HỢP"], "Tổng hợp")).toBe("Tổng hợp (2)");
    expect(freeSheetName(["Tổng hợp", "Tổng hợp (2)"], "Tổng hợp")).toBe("Tổng hợp (3)");
  });
});
