/** Row-kind recognisers: codes, group titles, statements, notes, signatures, column numbers. */
import {
  isColumnNumberText,
  isGroupCode,
  isNoteText,
  isNumericCode,
  isSignatureText,
  isStatementText,
  normaliseGroupCode,
  normaliseNumericCode,
  splitCodeAndTitle,
  statedCount,
} from "../../../src/engine/detect/markers";
import { MergeIndex } from "../../../src/engine/detect/merges";
import { parseRange } from "../../support/grid";

describe("codes", () => {
  test.each(["1", "01", "12", "1.", "2.1", "2.1.", "3.2.1", "40000"])("%j is a TT", (code) => {
    expect(isNumericCode(code)).toBe(true);
  });
  test.each(["I", "II", "IV", "IX", "XII", "A", "b", "a)", "B.", "(c)", "II.", "I.1", "II.2."])(
    "%j is a group code",
    (code) => {
      expect(isGroupCode(code)).toBe(true);
      expect(isNumericCode(code)).toBe(false);
    },
  );
  test.each(["", "1a", "Tổng", "I.a", "ab", "-"])("%j is neither", (code) => {
    expect(isNumericCode(code) || isGroupCode(code)).toBe(false);
  });
  test("normalised forms", () => {
    expect(normaliseNumericCode("2.1.")).toBe("2.1");
    expect(normaliseNumericCode("01")).toBe("01");
    expect(normaliseGroupCode("a)")).toBe("a");
    expect(normaliseGroupCode("(b)")).toBe("b");
    expect(normaliseGroupCode("II.")).toBe("II");
    expect(normaliseGroupCode("II.2.")).toBe("II.2");
  });
});

describe("group titles", () => {
  test("code and title in one cell", () => {
    expect(splitCodeAndTitle("I. CÁC CHỈ TIÊU VỀ KINH TẾ")).toEqual({
      code: "I",
      title: "CÁC CHỈ TIÊU VỀ KINH TẾ",
    });
    expect(splitCodeAndTitle("b) Các chỉ tiêu về xã hội")).toEqual({
      code: "b",
      title: "Các chỉ tiêu về xã hội",
    });
    expect(splitCodeAndTitle("II – Quốc phòng, an ninh")).toEqual({
      code: "II",
      title: "Quốc phòng, an ninh",
    });
    expect(splitCodeAndTitle("III NHÓM CHỈ TIÊU XÂY DỰNG ĐẢNG")).toEqual({
      code: "III",
      title: "NHÓM CHỈ TIÊU XÂY DỰNG ĐẢNG",
    });
    expect(splitCodeAndTitle("Tổng sản lượng")).toBeNull();
    expect(splitCodeAndTitle("Diện tích")).toBeNull();
  });
  test("stated counts", () => {
    expect(statedCount("b) Các chỉ tiêu về xã hội, môi trường (14 chỉ tiêu)")).toBe(14);
    expect(statedCount("Nhóm chỉ tiêu kinh tế (gồm 05 chỉ tiêu)")).toBe(5);
    expect(statedCount("Nhóm chỉ tiêu kinh tế gồm 6 chỉ tiêu")).toBe(6);
    expect(statedCount("CÁC CHỈ TIÊU VỀ KINH TẾ")).toBeUndefined();
    expect(statedCount("Nhóm chỉ tiêu năm 2025")).toBeUndefined();
  });
});

describe("footer texts", () => {
  test.each([
    "Tổng số: 23 chỉ tiêu; vượt: 07; đạt: 11; không đạt: 05",
    "Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, 10 chỉ tiêu đạt, 04 chỉ tiêu không đạt",
    "Tổng cộng: 23 chỉ tiêu",
    "Có 18/23 chỉ tiêu đạt và vượt (chiếm 78%)",
    "Trong đó: vượt 07, đạt 11, không đạt 05",
  ])("%j is a statement", (text) => {
    expect(isStatementText(text)).toBe(true);
  });
  test.each(["Tổng đàn lợn", "Tổng sản lượng 3.000 tấn", "Các chỉ tiêu về xã hội", "Ghi chú"])(
    "%j is not a statement",
    (text) => {
      expect(isStatementText(text)).toBe(false);
    },
  );
  test("notes", () => {
    expect(isNoteText("Ghi chú: số liệu ước")).toBe(true);
    expect(isNoteText("* Lưu ý: chỉ tiêu 5")).toBe(true);
    expect(isNoteText("Tổng số")).toBe(false);
  });
  test.each([
    "NGƯỜI LẬP BIỂU",
    "Người lập",
    "T/M ĐẢNG ỦY",
    "TM. UBND XÃ",
    "BÍ THƯ",
    "CHỦ TỊCH",
    "XÁC NHẬN",
    "Hà Nội, ngày 10 tháng 5 năm 2025",
  ])("%j is a signature line", (text) => {
    expect(isSignatureText(text)).toBe(true);
  });
  test.each(["Tỷ lệ hộ nghèo", "Thu ngân sách", "Số ngày công lao động"])(
    "%j is not a signature line",
    (text) => {
      expect(isSignatureText(text)).toBe(false);
    },
  );
  test("column numbers", () => {
    for (const t of ["1", "12", "(3)", "( 4 )", "A", "(B)", "(6)=(5)/(4)", "7=6/5*100"]) {
      expect(isColumnNumberText(t)).toBe(true);
    }
    for (const t of ["Tấn", "3.000", "105,2", "Vượt"]) expect(isColumnNumberText(t)).toBe(false);
  });
});

describe("merged-cell index", () => {
  const index = new MergeIndex(["A5:A7", "B2:G2", "C9:C9"].map(parseRange));
  test("finds the area covering a cell and whether it is the top-left", () => {
    expect(index.areaAt(5, 0)).toEqual({ top: 4, left: 0, bottom: 6, right: 0 });
    expect(index.isCovered(4, 0)).toBe(false);
    expect(index.isCovered(6, 0)).toBe(true);
    expect(index.isCoveredFromAbove(6, 0)).toBe(true);
    expect(index.isCoveredFromAbove(1, 3)).toBe(false);
    expect(index.isCovered(1, 3)).toBe(true);
    expect(index.areaAt(7, 0)).toBeUndefined();
    expect(index.areaAt(8, 2)).toBeUndefined(); // a one-cell "merge" is no merge
    expect(index.areasStartingOn(1)).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
  });
});
