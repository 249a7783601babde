import { parseQualitativeActual, parseStatusLabel } from "../../../src/engine/parse/labels";

describe("parseStatusLabel", () => {
  test.each([
    ["Vượt", "exceeded"],
    ["Vượt chỉ tiêu", "exceeded"],
    ["Vượt KH", "exceeded"],
    ["VƯỢT", "exceeded"],
    ["vượt kế hoạch", "exceeded"],
    ["Đạt", "achieved"],
    ["đạt", "achieved"],
    ["Đạt chỉ tiêu", "achieved"],
    ["Hoàn thành", "achieved"],
    ["Không đạt", "missed"],
    ["K đạt", "missed"],
    ["K.đạt", "missed"],
    ["K. Đạt", "missed"],
    ["KĐ", "missed"],
    ["K.Đ", "missed"],
    ["Chưa đạt", "missed"],
    ["Không hoàn thành", "missed"],
    ["Chưa hoàn thành", "missed"],
  ] as const)("%s → %s", (text, status) => {
    const label = parseStatusLabel(text);
    expect(label?.status).toBe(status);
    expect(label?.close).toBeUndefined();
  });

  test.each(["Cơ bản đạt", "Cơ bản hoàn thành", "cơ bản đạt", "CB đạt"])(
    "%s is missed but close, and stays distinguishable",
    (text) => {
      expect(parseStatusLabel(text)).toEqual({ status: "missed", text, close: true });
    },
  );

  test("line breaks, NBSP and stray punctuation inside a label", () => {
    expect(parseStatusLabel("K\nđạt")).toEqual({ status: "missed", text: "K đạt" });
    expect(parseStatusLabel("Không\r\nđạt")?.status).toBe("missed");
    expect(parseStatusLabel("Vượt\u00a0chỉ tiêu")?.status).toBe("exceeded");
    expect(parseStatusLabel(" Đạt. ")?.status).toBe("achieved");
    expect(parseStatusLabel("Đạt (*)")?.status).toBe("achieved");
  });

  test("keeps the cleaned text", () => {
    expect(parseStatusLabel("  Vượt  ")).toEqual({ status: "exceeded", text: "Vượt" });
  });

  test.each(["", "   ", "95%", "Ghi chú", "Đạt 95%", "x", "-", "Không", "Có"])(
    "%s is not a status label",
    (text) => {
      expect(parseStatusLabel(text)).toBeNull();
    },
  );
});

describe("parseQualitativeActual", () => {
  test.each([
    ["Đạt", "achieved"],
    ["Đạt chuẩn", "achieved"],
    ["Hoàn thành", "achieved"],
    ["Có", "achieved"],
    ["Đạt chuẩn NTM nâng cao", "achieved"],
    ["Không đạt", "missed"],
    ["Chưa đạt", "missed"],
    ["Không", "missed"],
    ["Chưa", "missed"],
    ["Chưa đạt chuẩn", "missed"],
    ["Vượt", "exceeded"],
  ] as const)("%s → %s", (text, status) => {
    expect(parseQualitativeActual(text)?.status).toBe(status);
  });

  test("Cơ bản đạt stays close", () => {
    expect(parseQualitativeActual("Cơ bản đạt")).toMatchObject({ status: "missed", close: true });
  });

  test.each(["", "95", "12,5 ha", "Ghi chú"])("%s is not a qualitative answer", (text) => {
    expect(parseQualitativeActual(text)).toBeNull();
  });
});

describe("labels with what they are measured against", () => {
  test.each([
    ["Vượt NQ", "exceeded"],
    ["Vượt mức kế hoạch", "exceeded"],
    ["Đạt và vượt", "exceeded"],
    ["Hoàn thành vượt mức", "exceeded"],
    ["Đạt KH", "achieved"],
    ["Đạt so với NQ", "achieved"],
    ["Không đạt KH", "missed"],
    ["Không đạt chỉ tiêu NQ", "missed"],
    ["Chưa đạt so với kế hoạch", "missed"],
  ] as const)("%s → %s", (text, status) => {
    expect(parseStatusLabel(text)?.status).toBe(status);
  });

  test("Cơ bản đạt chỉ tiêu stays close", () => {
    expect(parseStatusLabel("Cơ bản đạt chỉ tiêu")).toMatchObject({ status: "missed", close: true });
  });
});
