import { ALL_RULES, RULE_IDS, checkSheet, unknownRuleIds } from "../../src/engine";
import { makeGrid } from "../support/grid";
import { resultsSheet } from "./pipeline-fixture";

describe("checkSheet on a realistic results table", () => {
  const report = checkSheet(resultsSheet());
  const [table] = report.tables;

  it("finds the one table and decides the Vietnamese convention", () => {
    expect(report.name).toBe("Biểu 01");
    expect(report.tables).toHaveLength(1);
    expect(report.convention).toBe("vi");
    expect(table.table).toMatchObject({ headerRows: [4], firstRow: 5, lastRow: 18 });
  });

  it("reports exactly the inconsistencies planted in the table", () => {
    expect(table.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      // TT 2: 650/700 = 92.86 %, the table says 95.
      ["percent-mismatch", "error", "F7"],
      // TT 4: 72,5 against 60 is above the target, labelled Đạt; TT 3 is skipped; "72,5" is text.
      ["status-mismatch", "error", "G9"],
      ["numbering-gap", "warning", "A9"],
      ["text-number", "info", "E9"],
      // Group II says 6 indicators, it holds TT 5–11 with TT 8 twice: 8 indicators.
      ["count-mismatch", "error", "B10"],
      // Tỷ lệ hộ cận nghèo (lower is better): 6 against 5 is worse, written 120 % / Vượt as if higher were better.
      ["percent-mismatch", "error", "F12"],
      ["status-mismatch", "error", "G12"],
      // 95 against "> 95".
      ["boundary-value", "warning", "E14"],
      // TT 8 a second time.
      ["duplicate-code", "error", "A15"],
      // #REF! in the actual, with a label Đạt.
      ["invalid-value", "error", "E17"],
      ["missing-value", "error", "E17"],
      // A rate of 1050 against 95.
      ["suspect-magnitude", "warning", "E18"],
      ["suspect-magnitude", "warning", "E18"],
      // The statement says 02 không đạt; per indicator the labels give 1 (TT 2, worst of its two rows).
      ["count-mismatch", "error", "B20"],
    ]);
  });

  it("names the numbers in its messages", () => {
    const byCell = (cell: string, rule: string) =>
      table.findings.find((f) => f.cell === cell && f.rule === rule)!;
    expect(byCell("F7", "percent-mismatch").message).toEqual({
      id: "percent-mismatch/mismatch",
      data: { reported: 95, computed: [{ value: (650 / 700) * 100, numerator: 650, denominator: 700 }] },
    });
    expect(byCell("G12", "status-mismatch").message).toMatchObject({
      id: "status-mismatch/against-numbers",
      data: { judgedAsHigher: true },
    });
    expect(byCell("B20", "count-mismatch").message.data).toMatchObject({
      differences: expect.arrayContaining([
        { id: "count-mismatch/count", data: { count: "missed", stated: 2, counted: 1 } },
      ]),
    });
  });

  it("evaluates every row, sub-rows carrying the code of their TT", () => {
    expect(table.indicators.map((i) => [i.row, i.code, i.isSubRow, i.status])).toEqual([
      [6, "1", false, "exceeded"],
      [7, "2", false, "missed"],
      [8, "2", true, "achieved"],
      [9, "4", false, "exceeded"],
      [11, "5", false, "exceeded"],
      [12, "6", false, "missed"],
      [13, "7", false, "achieved"],
      [14, "8", false, "achieved"],
      [15, "8", false, "achieved"],
      [16, "9", false, "achieved"],
      [17, "10", false, "unassessed"],
      [18, "11", false, "exceeded"],
    ]);
  });

  it("summarises per indicator, computed and reported", () => {
    // Computed per TT: exceeded 1, 4, 5, 11; achieved 7, 8, 8, 9; missed 2 (worst of its rows), 6; unassessed 10.
    expect(table.summary.computed.indicators).toEqual({
      total: 11,
      exceeded: 4,
      achieved: 4,
      missed: 2,
      unassessed: 1,
    });
    // Labels: Vượt 1, 5, 6; Đạt 4, 7, 8, 8, 9, 10; Không đạt 2; none on 11.
    expect(table.summary.reported.indicators).toEqual({
      total: 11,
      exceeded: 3,
      achieved: 6,
      missed: 1,
      unassessed: 1,
    });
    expect(table.summary.computed.rows.total).toBe(12);
    expect(table.summary.missed.map((m) => m.code)).toEqual(["2", "6"]);
    expect(table.summary.sentence).toEqual({
      id: "summary/sentence",
      data: { total: 11, exceeded: 4, achieved: 4, missed: 2, unassessed: 1 },
    });
  });
});

describe("checkSheet options", () => {
  it("switches rules off by id", () => {
    const report = checkSheet(resultsSheet(), {
      disabledRules: ["text-number", "suspect-magnitude", "count-mismatch"],
    });
    const rules = new Set(report.tables[0].findings.map((f) => f.rule));
    expect(rules.has("text-number")).toBe(false);
    expect(rules.has("suspect-magnitude")).toBe(false);
    expect(rules.has("count-mismatch")).toBe(false);
    expect(rules.has("percent-mismatch")).toBe(true);
  });

  it("exposes the rule ids so that callers can reject unknown ones", () => {
    expect(RULE_IDS).toEqual(ALL_RULES.map((r) => r.id));
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(unknownRuleIds(["percent-mismatch", "percent-mismatsh"])).toEqual(["percent-mismatsh"]);
  });

  it("applies polarity overrides by 1-based row", () => {
    // Row 12 judged higher-better: 6 against 5 is exceeded, 6/5 = 120 % as written, "Vượt" as written.
    const report = checkSheet(resultsSheet(), { polarityOverrides: { 12: "higher" } });
    const row12 = report.tables[0].indicators.find((i) => i.row === 12)!;
    expect(row12.status).toBe("exceeded");
    expect(report.tables[0].findings.filter((f) => f.row === 12)).toEqual([]);
  });

  it("reports progress from 0 to 1", () => {
    const seen: number[] = [];
    checkSheet(resultsSheet(), { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it("decides the English convention from unambiguous texts, or takes the caller's", () => {
    const rows = [
      ["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Kết quả thực hiện"],
      [1, "Sản lượng", "1,250.5", "1,300.5"],
      [2, "Diện tích", "2,000", "1,250"],
    ];
    const en = checkSheet(makeGrid(rows));
    expect(en.convention).toBe("en");
    expect(en.tables[0].indicators[1].target.value).toBe(2000);
    expect(en.tables[0].indicators[1].status).toBe("missed");
    const vi = checkSheet(makeGrid(rows), { convention: "vi" });
    expect(vi.convention).toBe("vi");
    expect(vi.tables[0].indicators[1].target.value).toBe(2);
  });

  it("says why when a sheet holds no table", () => {
    const report = checkSheet(makeGrid([["Ghi chú"], ["Không có số liệu"]], { name: "Ghi chú" }));
    expect(report.tables).toEqual([]);
    expect(report.reason?.id).toMatch(/^detect\//);
  });

  it("uses an explicit mapping when given", () => {
    const grid = makeGrid([
      ["Số", "Nội dung", "Năm 2020", "Năm 2025"],
      [1, "Sản lượng lúa", 100, 90],
    ]);
    const report = checkSheet(grid, {
      mapping: { headerRows: [1], columns: { code: "A", name: "B", target: "C", actual: "D" } },
    });
    expect(report.tables[0].indicators[0]).toMatchObject({ status: "missed", percent: 90 });
  });
});
