import { parseCountStatement, parseGroupCount } from "../../../src/engine/parse/statements";

describe("parseCountStatement", () => {
  it("reads the 'Tổng số: N chỉ tiêu; vượt: a; đạt: b; không đạt: c' form", () => {
    expect(parseCountStatement("Tổng số: 23 chỉ tiêu; vượt: 07; đạt: 11; không đạt: 05")).toEqual({
      total: 23,
      exceeded: 7,
      achieved: 11,
      missed: 5,
    });
  });

  it("reads the verdict written before each count: 'vượt: 11 chỉ tiêu; đạt: 04 chỉ tiêu; …'", () => {
    expect(
      parseCountStatement(
        "Tổng số: 19 chỉ tiêu; vượt: 11 chỉ tiêu; đạt: 04 chỉ tiêu; không đạt: 03 chỉ tiêu.",
      ),
    ).toEqual({ total: 19, exceeded: 11, achieved: 4, missed: 3 });
    expect(parseCountStatement("Kết quả: vượt 06 chỉ tiêu, đạt 11 chỉ tiêu, chưa đạt 03 chỉ tiêu")).toEqual({
      exceeded: 6,
      achieved: 11,
      missed: 3,
    });
  });

  it("reads the 'Tổng số N chỉ tiêu: a chỉ tiêu vượt, …' form", () => {
    expect(
      parseCountStatement("Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, 10 chỉ tiêu đạt, 04 chỉ tiêu không đạt"),
    ).toEqual({ total: 23, exceeded: 9, achieved: 10, missed: 4 });
  });

  it("reads 'NN/MM chỉ tiêu không đạt' as NN of MM (seed 001)", () => {
    expect(parseCountStatement("04/17 chỉ tiêu không đạt")).toEqual({ total: 17, missed: 4 });
    expect(
      parseCountStatement(
        "18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt so với Nghị quyết (chiếm 22%)",
      ),
    ).toEqual({
      total: 23,
      missed: 5,
      achievedOrExceeded: { count: 18, total: 23, percent: 78, percentText: "78" },
    });
  });

  it("reads 'x/y chỉ tiêu đạt và vượt (chiếm p%)' with its percent", () => {
    expect(parseCountStatement("Có 18/23 chỉ tiêu đạt và vượt (chiếm 78%)")).toEqual({
      achievedOrExceeded: { count: 18, total: 23, percent: 78, percentText: "78" },
    });
    expect(parseCountStatement("Đạt và vượt 18/23 chỉ tiêu, chiếm 78,26%")).toEqual({
      achievedOrExceeded: { count: 18, total: 23, percent: 78.26, percentText: "78,26" },
    });
  });

  it("reads the product's own summary sentence back", () => {
    expect(
      parseCountStatement(
        "Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, 10 chỉ tiêu đạt, 04 chỉ tiêu không đạt; 19/23 chỉ tiêu đạt và vượt (82,6%).",
      ),
    ).toEqual({
      total: 23,
      exceeded: 9,
      achieved: 10,
      missed: 4,
      achievedOrExceeded: { count: 19, total: 23, percent: 82.6, percentText: "82,6" },
    });
  });

  it("counts K.đạt, Chưa đạt and Cơ bản đạt as missed, line breaks and case aside", () => {
    expect(parseCountStatement("TỔNG SỐ: 10 CHỈ TIÊU;\nvượt: 2; đạt: 5; K.đạt: 2; cơ bản đạt: 1")).toEqual({
      total: 10,
      exceeded: 2,
      achieved: 5,
      missed: 3,
    });
  });

  it("returns null for text that states no count", () => {
    expect(parseCountStatement("NGƯỜI LẬP BIỂU")).toBeNull();
    expect(parseCountStatement("Ghi chú: số liệu ước thực hiện đến 30/9")).toBeNull();
    expect(parseCountStatement("")).toBeNull();
  });
});

describe("parseGroupCount", () => {
  it("reads '(N chỉ tiêu)' in a group header", () => {
    expect(parseGroupCount("b) Các chỉ tiêu về xã hội, môi trường (14 chỉ tiêu)")).toBe(14);
    expect(parseGroupCount("Nhóm chỉ tiêu về kinh tế")).toBeUndefined();
  });
});
