import { readResultsDecidingFootnotes } from "../../../src/engine/claims/footnotes";
import { readCountClaims } from "../../../src/engine/claims/read-count";
import { itemCode, readResultClaims } from "../../../src/engine/claims/read-result";
import { withoutFootnote } from "../../../src/engine/claims/numbers";
import { readCountPhrases } from "../../../src/engine/parse/count-phrase";
import { fold } from "../../../src/engine/text/fold";

const one = (text: string) => readResultClaims(withoutFootnote(text, []), 1, "3");

describe("result claims", () => {
  it("reads name, actual/target pair with its unit, stated percent and verdict", () => {
    const [c] = one(
      "Tổng đàn gia súc (trâu, bò, lợn): 8.200/7.500 con, đạt 109,3%, vượt chỉ tiêu Nghị quyết.",
    );
    expect(c).toMatchObject({
      code: "3",
      name: "Tổng đàn gia súc (trâu, bò, lợn)",
      actual: { text: "8.200", value: 8200, unit: "con" },
      target: { text: "7.500", value: 7500, unit: "con" },
      percent: 109.3,
      verdict: "exceeded",
    });
  });

  it("reads a percent pair, amounts in đồng and a verdict without numbers", () => {
    expect(one("Độ che phủ rừng: 75,2/76% đạt 98,9%, không đạt Nghị quyết Đại hội.")[0]).toMatchObject({
      actual: { value: 75.2, unit: "%" },
      target: { value: 76, unit: "%" },
      percent: 98.9,
      verdict: "missed",
    });
    expect(
      one("Thu nhập bình quân đầu người: 41.000.000/35.000.000 đồng/người/năm, đạt 117,1%")[0],
    ).toMatchObject({
      actual: { value: 41_000_000, unit: "đồng/người/năm" },
    });
    const [verdictOnly] = one("Tỷ lệ thôn đạt danh hiệu thôn văn hóa: Đạt 100% Nghị quyết Đại hội.");
    expect(verdictOnly).toMatchObject({ percent: 100, verdict: "achieved" });
    expect(verdictOnly.actual).toBeUndefined();
  });

  it("reads 'đạt 17/19 tiêu chí' as an actual out of all criteria, not a target", () => {
    const [c] = one("Xây dựng nông thôn mới: đạt 17/19 tiêu chí, không đạt Nghị quyết Đại hội.");
    expect(c.actual?.value).toBe(17);
    expect(c.outOf?.value).toBe(19);
    expect(c.target).toBeUndefined();
  });

  it("splits sub-indicators at ';'", () => {
    const parts = one(
      "Tổng đàn trâu, bò: 1.620/1.500 con, đạt 108%, vượt Nghị quyết Đại hội; tổng đàn lợn: 3.900/4.000 con, đạt 97,5%, chưa đạt chỉ tiêu Nghị quyết.",
    );
    expect(parts.map((p) => [p.name, p.actual?.value, p.verdict])).toEqual([
      ["Tổng đàn trâu, bò", 1620, "exceeded"],
      ["tổng đàn lợn", 3900, "missed"],
    ]);
  });

  it("splits sub-indicators written as sentences of their own, each with its pair", () => {
    const parts = one(
      "Tổng đàn trâu, bò: 1.620/1.500 con, đạt 108%, vượt chỉ tiêu Nghị quyết. Tổng đàn lợn: 3.900/4.000 con, đạt 97,5%, không đạt Nghị quyết Đại hội.",
    );
    expect(parts.map((p) => [p.name, p.actual?.value, p.percent, p.verdict])).toEqual([
      ["Tổng đàn trâu, bò", 1620, 108, "exceeded"],
      ["Tổng đàn lợn", 3900, 97.5, "missed"],
    ]);
  });

  it("keeps a sentence that only goes on about the same pair in its part", () => {
    const parts = one("Tổng đàn gia súc đạt 8.200/7.500 con. Đạt 109,3%, vượt chỉ tiêu Nghị quyết.");
    expect(parts.map((p) => [p.actual?.value, p.target?.value, p.percent, p.verdict])).toEqual([
      [8200, 7500, 109.3, "exceeded"],
    ]);
  });

  it("cuts footnote marks glued to numbers (seed 001: 'tỷ lệ bao phủ BHYT đạt 95%35')", () => {
    expect(one("tỷ lệ bao phủ BHYT đạt 95%35.")[0].percent).toBe(95);
    const text = "diện tích lúa: 1.20021/1.200 ha";
    const at = text.indexOf("21/");
    const [c] = readResultClaims(withoutFootnote(text, [{ start: at, end: at + 2 }]), 1, "2");
    expect(c.actual?.value).toBe(1200);
    expect(c.text).toBe(text);
  });

  it("gives no claim for a part with no figure and no verdict, nor for dates", () => {
    expect(one("Công tác giáo dục chính trị, tư tưởng; rèn luyện phẩm chất đạo đức")).toEqual([]);
    expect(one("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ chính trị")).toEqual([]);
  });

  it("takes item numbers from labels", () => {
    expect(["(3)", "3.", "2.1-", "(03)", "a)", "IV."].map(itemCode)).toEqual([
      "3",
      "3",
      "2.1",
      "3",
      null,
      null,
    ]);
  });
});

describe("count claims (the phrase reader the table statements share)", () => {
  it("reads seed 001's opening: NN/MM is NN of MM, with its share", () => {
    const text =
      "kết quả có 18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt so với Nghị quyết (chiếm 22%) (có biểu chi tiết kèm theo).";
    expect(readCountClaims(text, 4).map((c) => [c.counts, c.value, c.of, c.percent])).toEqual([
      ["achieved-or-exceeded", 18, 23, 78],
      ["missed", 5, 23, 22],
    ]);
  });

  it("reads a total then the verdict counts, and a per-commune breakdown", () => {
    const counts = readCountClaims(
      "đã nhất trí thông qua 20 chỉ tiêu; kết quả: 06 chỉ tiêu vượt, 11 chỉ tiêu đạt, 03 chỉ tiêu không đạt.",
      1,
    );
    expect(counts.map((c) => [c.counts, c.value])).toEqual([
      ["total", 20],
      ["exceeded", 6],
      ["achieved", 11],
      ["missed", 3],
    ]);
    const communes = readCountClaims(
      "còn 04 chỉ tiêu chưa đạt (xã Quang Thuận 03/20, xã Dương Phong 01/20)",
      1,
    );
    expect(communes.map((c) => [c.commune, c.value, c.of])).toEqual([
      [undefined, 4, undefined],
      ["quang thuan", 3, 20],
      ["duong phong", 1, 20],
    ]);
    expect(communes.slice(1).map((c) => c.text)).toEqual(["xã Quang Thuận 03/20", "xã Dương Phong 01/20"]);
  });

  it("finds no count where no indicators are counted", () => {
    expect(readCountPhrases(fold("Duy trì 06/06 trường đạt chuẩn Quốc gia, năng suất 48 tạ/ha"))).toEqual([]);
  });
});

describe("footnote suspects decided by the pair's arithmetic", () => {
  const mark = (text: string, digits: string) => {
    const start = text.indexOf(digits);
    return [{ start, end: start + digits.length }];
  };

  it("cuts a mark the percent confirms as a footnote", () => {
    const text = "Diện tích lúa: 1.20021/1.200 ha, đạt 100%, đạt Nghị quyết.";
    const [c] = readResultsDecidingFootnotes(text, mark(text, "21/"), 1, "2");
    expect(c.actual?.value).toBe(1200);
  });

  it("keeps digits a suspect wrongly flagged when the percent needs them", () => {
    const text = "Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết.";
    const [c] = readResultsDecidingFootnotes(text, mark(text, "00/"), 1, "3");
    expect(c.actual?.value).toBe(8200);
  });
});
