/** compareTargets: a text target and a table target, as the parsers read them from their words. */
import { compareTargets } from "../../../src/engine/drift/compare";
import { conversionFactor } from "../../../src/engine/drift/units";
import { parseTarget } from "../../../src/engine/parse/targets";

const target = (text: string, name = "Chỉ tiêu") => parseTarget(text, name, "vi");

function compare(text: string, textUnit: string, table: string, tableUnit: string) {
  return compareTargets(target(text), textUnit, target(table), tableUnit);
}

describe("compareTargets", () => {
  it("agrees when the table writes the text's figure bare, or with the same comparator", () => {
    expect(compare("đạt 76%", "%", "76", "%").kind).toBe("agree");
    expect(compare("từ 55 ha trở lên", "ha", "Từ 55 ha trở lên", "ha/năm").kind).toBe("agree");
    expect(compare("dưới 12%", "%", "12", "%").kind).toBe("agree");
    expect(compare("trên 96%", "%", "Trên 96%", "%").kind).toBe("agree");
  });

  it("agrees with a percent cell that holds the fraction (0,76 for 76 %)", () => {
    expect(
      compareTargets(target("đạt 76%"), "%", { text: "0.76", kind: "atLeast", value: 0.76, plain: true }, "%")
        .kind,
    ).toBe("agree");
  });

  it("names the two values that differ", () => {
    expect(compare("đạt 76%", "%", "70", "%")).toEqual({
      kind: "drift",
      aspect: "value",
      stated: 76,
      table: 70,
    });
  });

  it("finds a comparator turned round, but not a comparator left out", () => {
    expect(compare("ít nhất 3%", "%", "< 3%", "%")).toEqual({
      kind: "drift",
      aspect: "comparator",
      textDirection: "min",
      tableDirection: "max",
    });
    expect(compare("dưới 12%", "%", "Trên 12%", "%")).toMatchObject({ aspect: "comparator" });
    expect(compare("ít nhất 3%", "%", "3", "%").kind).toBe("agree");
  });

  it("finds an upper bound the table adds, one it drops, and a bound that moved", () => {
    expect(compare("đạt từ 11%/năm trở lên", "%", "Từ 11% đến 13%", "%/năm")).toEqual({
      kind: "drift",
      aspect: "range",
      table: 13,
    });
    expect(compare("từ 11% đến 13%", "%", "11", "%")).toEqual({ kind: "drift", aspect: "range", stated: 13 });
    expect(compare("từ 11% đến 13%", "%", "Từ 11% đến 14%", "%")).toEqual({
      kind: "drift",
      aspect: "range",
      stated: 13,
      table: 14,
    });
  });

  it("compares a fraction's two numbers", () => {
    expect(compare("đạt 05/07 trường", "trường", "04/07", "Trường")).toEqual({
      kind: "drift",
      aspect: "fraction",
      stated: 5,
      table: 4,
    });
    expect(compare("30/30 bản", "bản", "30/30", "Bản").kind).toBe("agree");
  });

  it("converts units of one kind, and calls a figure kept under another unit a unit drift", () => {
    expect(conversionFactor("tấn", "Tạ/năm")).toBe(10);
    expect(compare("đạt 3.000 tấn", "tấn", "30.000", "Tạ").kind).toBe("agree");
    expect(compare("đạt 3.000 tấn", "tấn", "3.000", "Tạ/năm")).toEqual({
      kind: "drift",
      aspect: "unit",
      stated: 30000,
      table: 3000,
    });
    expect(compare("đạt 925 triệu đồng", "triệu đồng", "0,925", "Tỷ đồng").kind).toBe("agree");
  });

  it("agrees with a table number its sheet read the other way when that reading is the text's", () => {
    const readAsEnglish = parseTarget("5.000", "Tổng đàn lợn", "en");
    expect(readAsEnglish).toMatchObject({ value: 5, ambiguous: true });
    expect(compareTargets(target("đạt 5.000 con"), "con", readAsEnglish, "Con").kind).toBe("agree");
    expect(compareTargets(target("đạt 6.000 con"), "con", readAsEnglish, "Con")).toMatchObject({
      aspect: "value",
    });
  });

  it("does not convert rates of different periods, nor units of no known scale", () => {
    expect(conversionFactor("tấn/tháng", "tạ/năm")).toBe(1);
    expect(conversionFactor("con", "Con")).toBe(1);
    expect(conversionFactor("%", "ha")).toBe(1);
  });

  it("compares the figures of two changes, and nothing it cannot read as one figure", () => {
    expect(compare("tăng 10%/năm trở lên", "%", "Tăng 10%/năm trở lên", "%/năm").kind).toBe("agree");
    expect(compare("tăng 10%/năm trở lên", "%", "Tăng 12%/năm", "%/năm")).toMatchObject({
      aspect: "value",
      stated: 10,
      table: 12,
    });
    expect(compare("đạt chuẩn nông thôn mới nâng cao", "", "Đạt chuẩn", "").kind).toBe("incomparable");
    expect(compare("12 Hợp tác xã", "HTX", "Duy trì 12; thành lập mới 03", "HTX").kind).toBe("incomparable");
    expect(compare("tăng 30% trở lên", "%", "30", "%").kind).toBe("incomparable");
  });
});
