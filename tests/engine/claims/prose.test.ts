/** Result figures written in prose, with no item number: tied by name alone, only on strong evidence. */
import { checkNarrative, type NarrativeReport, type ResultClaim } from "../../../src/engine";
import { readProseClaims } from "../../../src/engine/claims/read-prose";
import { paragraphs, sheet } from "./fixture";

const BIEU = sheet("Biểu 01");
const run = (...texts: string[]) => checkNarrative(paragraphs(...texts), [BIEU]);
const prose = (report: NarrativeReport): ResultClaim[] =>
  report.claims.filter((c): c is ResultClaim => c.kind === "result" && c.code === undefined);
const errors = (report: NarrativeReport) =>
  report.findings.filter((f) => f.severity === "error").map((f) => f.rule);

describe("reading prose figures", () => {
  it("reads a figure measured against the resolution: name, actual with its unit, percent, verdict", () => {
    expect(readProseClaims("Tổng đàn gia súc đạt 8.200 con, bằng 109,3% Nghị quyết.", 1)).toEqual([
      {
        kind: "result",
        paragraph: 1,
        text: "Tổng đàn gia súc đạt 8.200 con, bằng 109,3% Nghị quyết",
        name: "Tổng đàn gia súc",
        actual: { text: "8.200", value: 8200, unit: "con" },
        percent: 109.3,
        percentText: "109,3",
        match: null,
      },
    ]);
    const [pigs] = readProseClaims(
      "Tổng đàn lợn đạt 3.900 con, bằng 97,5% Nghị quyết, chưa đạt chỉ tiêu Nghị quyết.",
      1,
    );
    expect(pigs).toMatchObject({ percent: 97.5, verdict: "missed" });
  });

  it("reads each figure of a sentence with its own words", () => {
    const claims = readProseClaims(
      "Chăn nuôi phát triển ổn định, tổng đàn trâu, bò đạt 1.620 con, bằng 108% Nghị quyết, tổng đàn lợn đạt 3.900 con, vượt kế hoạch.",
      1,
    );
    expect(claims.map((c) => [c.name, c.actual?.value, c.percent, c.verdict])).toEqual([
      ["Chăn nuôi phát triển ổn định, tổng đàn trâu, bò", 1620, 108, undefined],
      ["tổng đàn lợn", 3900, undefined, "exceeded"],
    ]);
  });

  it("takes no figure that is not measured against the resolution, nor a hedged one", () => {
    for (const text of [
      // Seed 001's prose: figures of context, of a year, of the whole commune.
      "Tỷ lệ nhà tiêu hợp vệ sinh đạt 85%, 100% hộ sử dụng nước hợp vệ sinh.",
      "Thu ngân sách nhà nước trên địa bàn đạt 500,5 triệu đồng (dự ước năm 2025).",
      "tổng diện tích gieo trồng hằng năm đạt trên 2.000 ha, vượt kế hoạch",
      "Tổng giá trị sản xuất nông, lâm nghiệp ước đạt 250 tỷ đồng, vượt kế hoạch.",
    ])
      expect({ text, claims: readProseClaims(text, 1) }).toEqual({ text, claims: [] });
  });
});

describe("tying prose figures by name alone", () => {
  it("ties a name that strongly names one row and checks it like an item", () => {
    const report = run(
      "Tổng đàn gia súc đạt 8.200 con, bằng 109,3% Nghị quyết.",
      "Chăn nuôi phát triển ổn định, tổng đàn trâu, bò đạt 1.620 con, bằng 108% Nghị quyết; tổng đàn lợn đạt 3.900 con, bằng 97,5% Nghị quyết, chưa đạt chỉ tiêu Nghị quyết.",
      "Thu nhập bình quân đầu người đạt 41.000.000 đồng/người/năm, bằng 117,1% Nghị quyết, vượt chỉ tiêu Nghị quyết.",
    );
    expect(prose(report).map((c) => c.match?.row)).toEqual([4, 9, 10, 6]);
    expect(report.findings).toEqual([]);
  });

  it("finds a tied figure's contradictions: value, percent, verdict, each on its cell", () => {
    const report = run(
      "Tổng đàn gia súc đạt 8.500 con, bằng 109,3% Nghị quyết.",
      "Diện tích cây ăn quả các loại đạt 650 ha, bằng 92,9% Nghị quyết, vượt chỉ tiêu Nghị quyết.",
      "Tổng sản lượng lương thực có hạt đạt 3.150 tấn, bằng 150% Nghị quyết.",
    );
    expect(
      report.findings.filter((f) => f.severity === "error").map((f) => [f.paragraph, f.rule, f.table?.cell]),
    ).toEqual([
      [1, "claim-value", "E4"],
      [2, "claim-verdict", "G5"],
      [3, "claim-percent", "F2"],
    ]);
  });

  it("leaves a name that names several rows, or none strongly, unmatched: never an error", () => {
    const report = run(
      // "Tổng đàn" is every herd row's name; "lợn thịt" names no row.
      "Tổng đàn đạt 9.000 con, vượt Nghị quyết.",
      "Sản lượng lợn thịt xuất chuồng đạt 900 tấn, bằng 50% Nghị quyết.",
      "Số hộ đạt 300 hộ, bằng 10% Nghị quyết.",
    );
    expect(prose(report).map((c) => [c.match, c.unmatched])).toEqual([
      [null, "no-item-number"],
      [null, "no-item-number"],
      [null, "no-item-number"],
    ]);
    expect(errors(report)).toEqual([]);
    expect(report.findings.map((f) => f.rule)).toEqual([
      "claim-unmatched",
      "claim-unmatched",
      "claim-unmatched",
    ]);
  });

  it("ties within the section's table; outside one, a row found in several tables is unmatched", () => {
    const sheets = [sheet("Biểu 01", undefined, "Biểu 01"), sheet("Biểu 02", undefined, "Biểu 02")];
    const report = checkNarrative(
      paragraphs(
        "Tổng đàn gia súc đạt 8.200 con, bằng 109,3% Nghị quyết.",
        "2.2- Đối với xã Dương Phong cũ (có biểu số 02 kèm theo)",
        "Tổng đàn gia súc đạt 8.200 con, bằng 109,3% Nghị quyết.",
      ),
      sheets,
    );
    expect(prose(report).map((c) => [c.match?.sheet ?? null, c.unmatched ?? null])).toEqual([
      [null, "several-tables"],
      ["Biểu 02", null],
    ]);
    expect(errors(report)).toEqual([]);
  });

  it("leaves a percent said of a count row unmatched (another quantity)", () => {
    const report = run("Tổng đàn gia súc đạt 95%, vượt Nghị quyết.");
    expect(prose(report)[0].unmatched).toBe("unit-differs");
    expect(errors(report)).toEqual([]);
  });

  it("reads no prose figure beside a count or in a numbered item", () => {
    const report = run(
      "kết quả có 5/7 chỉ tiêu đạt và vượt, tổng đàn gia súc đạt 8.200 con, bằng 109,3% Nghị quyết",
      "(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt chỉ tiêu Nghị quyết.",
    );
    expect(prose(report)).toEqual([]);
  });
});
