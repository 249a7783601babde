import { checkNarrative, type NarrativeFinding } from "../../../src/engine";
import { render } from "../../../src/i18n";
import { BIEU_01_ROWS, paragraphs, sheet } from "./fixture";

const BIEU = sheet("Biểu 01");
const run = (...texts: string[]) => checkNarrative(paragraphs(...texts), [BIEU]);
const byRule = (findings: NarrativeFinding[], rule: string) => findings.filter((f) => f.rule === rule);

describe("agreeing claims", () => {
  it("give no finding, each tied to its row", () => {
    const report = run(
      "kết quả có 5/7 chỉ tiêu đạt và vượt (chiếm 71,4%), 02/7 chỉ tiêu không đạt so với Nghị quyết (chiếm 28%)",
      "(1) Tổng sản lượng lương thực có hạt bình quân hằng năm: 3.150/3.000 tấn, đạt 105%, vượt chỉ tiêu Nghị quyết.",
      "(2) Tổng thu ngân sách nhà nước trên địa bàn đạt 1.480,5/1.250 triệu đồng. Đạt 118,4%, vượt Nghị quyết Đại hội.",
      "(3) Tổng đàn gia súc (trâu, bò, lợn): 8.200/7.500 con, đạt 109,3%, vượt chỉ tiêu Nghị quyết.",
      "(4) Diện tích cây ăn quả các loại: 650/700 ha, đạt 92,9%, không đạt Nghị quyết Đại hội.",
      "(5) Thu nhập bình quân đầu người: 41.000.000/35.000.000 đồng/người/năm, đạt 117,1%, vượt chỉ tiêu Nghị quyết.",
      "(6) Tỷ lệ bao phủ bảo hiểm y tế: 95/95% đạt 100%35, đạt Nghị quyết Đại hội.",
      "(7) Tổng đàn trâu, bò: 1.620/1.500 con, đạt 108%, vượt Nghị quyết Đại hội; tổng đàn lợn: 3.900/4.000 con, đạt 97,5%, chưa đạt chỉ tiêu Nghị quyết.",
    );
    expect(report.findings).toEqual([]);
    const rows = report.claims.flatMap((c) => (c.kind === "result" && c.match ? [c.match.row] : []));
    expect(rows).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
  });
});

describe("claim-value", () => {
  it("names both figures after the change of unit", () => {
    const [f] = run(
      "(5) Thu nhập bình quân đầu người: 43.000.000/35.000.000 đồng/người/năm, đạt 122,9%, vượt chỉ tiêu Nghị quyết.",
    ).findings;
    expect(f).toMatchObject({ rule: "claim-value", severity: "error", paragraph: 1 });
    expect(f.message).toMatchObject({
      id: "claim-value/differs",
      data: { side: "actual", stated: 43, table: 41 },
    });
    expect(f.table).toMatchObject({ sheet: "Biểu 01", row: 6, cell: "E6" });
    expect(render(f.message, "vi")).toContain("43.000.000");
    expect(render(f.message, "en")).toContain("41");
  });
});

describe("claim-percent", () => {
  it("flags a stated percent that does not follow from the text's pair, even unmatched", () => {
    const [f] = byRule(
      run("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 190,3%, vượt chỉ tiêu Nghị quyết.").findings,
      "claim-percent",
    );
    expect(f.message).toMatchObject({ data: { percentText: "190,3", numerator: 8200, denominator: 7500 } });
    const alone = checkNarrative(
      paragraphs("(9) Diện tích lúa: 119,2/132 ha, đạt 90,1%, không đạt Nghị quyết Đại hội."),
      [],
    );
    expect(byRule(alone.findings, "claim-percent")).toHaveLength(1);
    expect(byRule(alone.findings, "claim-unmatched")[0].message).toMatchObject({
      data: { reason: "no-table" },
    });
  });

  it("accepts rounding and truncation as for tables", () => {
    expect(run("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,33%, vượt Nghị quyết.").findings).toEqual([]);
    expect(run("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109%, vượt Nghị quyết.").findings).toEqual([]);
  });
});

describe("claim-verdict", () => {
  it("says the table's label contradicts", () => {
    const [f] = run(
      "(4) Diện tích cây ăn quả các loại: 650/700 ha, đạt 92,9%, đạt Nghị quyết Đại hội.",
    ).findings;
    expect(f.message).toMatchObject({
      id: "claim-verdict/label",
      data: { stated: "achieved", label: "Không đạt" },
    });
  });

  it("says the numbers contradict when the table has no label", () => {
    const unlabelled = sheet("Biểu 01", [
      [4, "Diện tích cây ăn quả các loại", "ha", 700, 650, undefined, undefined],
    ]);
    const report = checkNarrative(
      paragraphs("(4) Diện tích cây ăn quả các loại: 650/700 ha, vượt Nghị quyết Đại hội."),
      [unlabelled],
    );
    expect(report.findings.map((f) => f.message)).toEqual([
      expect.objectContaining({
        id: "claim-verdict/numbers",
        data: expect.objectContaining({ expected: "missed" }),
      }),
    ]);
  });
});

describe("claim-count", () => {
  it("counts per TT (the worst sub-row) and says which count disagrees", () => {
    const [f] = run("kết quả: 05 chỉ tiêu vượt, 01 chỉ tiêu đạt, 01 chỉ tiêu không đạt").findings;
    expect(f.message).toMatchObject({
      id: "claim-count/differs",
      data: { count: "exceeded", stated: 5, fromLabels: 4, fromNumbers: 4, disagrees: "labels" },
    });
  });

  it("checks the share against NN/MM", () => {
    const findings = run("có 5/7 chỉ tiêu đạt và vượt (chiếm 80%)").findings;
    expect(findings.map((f) => f.message.id)).toEqual(["claim-count/share"]);
  });
});

describe("tying", () => {
  const quang = sheet("Quang Thuận");
  const duong = sheet("Dương Phong", [
    [1, "Tổng sản lượng lương thực có hạt", "Tấn", 1000, 1020, 102, "Vượt"],
  ]);

  it("follows sections to the commune's sheet and counts the opening over all tables", () => {
    const report = checkNarrative(
      paragraphs(
        "Nghị quyết Đại hội Đảng bộ 03 xã trước sắp xếp đề ra 8 chỉ tiêu; đến nay có 6/8 chỉ tiêu đạt và vượt",
        "2.1- Đối với xã Dương Phong cũ (có biểu số 02 kèm theo)",
        "Nghị quyết đề ra 01 chỉ tiêu; kết quả: 01 chỉ tiêu vượt.",
        "(1) Tổng sản lượng lương thực có hạt: 1.020/1.000 tấn, đạt 102%, vượt chỉ tiêu Nghị quyết.",
      ),
      [quang, duong],
    );
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const [total, good] = report.claims;
    expect(total).toMatchObject({ counts: "total", match: null, unmatched: "total-without-verdict" });
    expect(good).toMatchObject({
      counts: "achieved-or-exceeded",
      over: [{ sheet: "Quang Thuận" }, { sheet: "Dương Phong" }],
    });
    expect(report.claims.at(-1)).toMatchObject({ match: { sheet: "Dương Phong", row: 2 } });
  });

  it("leaves a claim unmatched (info) when the name or the table is unclear", () => {
    const renamed = run("(3) Diện tích lúa: 119/132 ha, đạt 90,2%, chưa đạt chỉ tiêu Nghị quyết.");
    expect(renamed.findings.map((f) => [f.rule, f.severity])).toEqual([["claim-unmatched", "info"]]);
    expect(renamed.findings[0].message).toMatchObject({ data: { reason: "name-differs", code: "3" } });
    const several = checkNarrative(
      paragraphs("(1) Tổng sản lượng lương thực có hạt: 1.300/1.000 tấn, vượt Nghị quyết."),
      [quang, duong],
    );
    expect(several.findings.map((f) => f.message)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ reason: "several-tables" }) }),
    ]);
  });

  it("ties an item to the one table of several that holds it under a name the text confirms", () => {
    const short = sheet("Bảng 2", BIEU_01_ROWS.slice(0, 2));
    const full = sheet("Biểu 01");
    const report = checkNarrative(
      paragraphs("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội."),
      [short, full],
    );
    expect(report.claims[0]).toMatchObject({ match: { sheet: "Biểu 01", row: 4 } });
    expect(report.findings).toEqual([]);
  });

  it("reads no result in the part on next term's targets (seed 001's 'Phần thứ hai')", () => {
    const report = run(
      "Phần thứ hai",
      "(3) Hằng năm, duy trì tổng đàn đại gia súc (trâu, bò) đạt 150 con; vượt Nghị quyết.",
    );
    expect(report.claims).toEqual([]);
  });

  it("leaves a bare total outside a section unmatched, but checks it beside verdict counts", () => {
    const bare = run("Các chỉ tiêu chủ yếu giai đoạn 2025-2030 (24 chỉ tiêu)");
    expect(bare.findings.map((f) => [f.rule, f.message.data])).toEqual([
      ["claim-unmatched", expect.objectContaining({ reason: "total-without-verdict" })],
    ]);
    const beside = run(
      "đã nhất trí thông qua 9 chỉ tiêu; kết quả: 04 chỉ tiêu vượt, 01 chỉ tiêu đạt, 02 chỉ tiêu không đạt",
    );
    expect(beside.findings.map((f) => f.message.data)).toEqual([
      expect.objectContaining({ count: "total", stated: 9, fromLabels: 7 }),
    ]);
  });

  it("does not tie a count in the text to a percent row", () => {
    const report = run("(6) Tỷ lệ bao phủ bảo hiểm y tế: 30/30 thôn, đạt Nghị quyết.");
    expect(report.findings.map((f) => f.message.data)).toEqual([
      expect.objectContaining({ reason: "unit-differs" }),
    ]);
  });

  it("keeps a disabled rule silent", () => {
    const report = checkNarrative(paragraphs("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 190,3%."), [BIEU], {
      disabledRules: ["claim-percent"],
    });
    expect(report.findings).toEqual([]);
  });
});

describe("hard-wrapped text", () => {
  it("joins a claim split across paragraphs, a footnote body between them", () => {
    const texts = paragraphs(
      "(4) Diện tích cây ăn quả các loại: 650/700 ha, đạt 92,9%, đạt",
      "21 Diện tích theo số liệu thống kê.",
      "chỉ tiêu Nghị quyết Đại hội.",
    );
    texts[1].footnote = true;
    const report = checkNarrative(texts, [BIEU]);
    expect(report.findings.map((f) => [f.paragraph, f.message.id])).toEqual([[1, "claim-verdict/label"]]);
  });

  it("keeps a finished sentence apart from the next", () => {
    const report = run(
      "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 105%.",
      "vượt Nghị quyết.",
    );
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).not.toHaveProperty("verdict");
  });
});
