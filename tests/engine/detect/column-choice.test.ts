/** Two candidate columns for one role: the term target beside the year's plan, "% so với KH" beside "So với cùng kỳ". */
import { checkSheet, type ColumnChoice, type SheetReport } from "../../../src/engine";
import { percentMeaning, targetMeaning } from "../../../src/engine/detect/column-choice";
import { render } from "../../../src/i18n";
import { makeGrid, type TestCell } from "../../support/grid";

type Row = [code: number, name: string, unit: string, term: TestCell, plan: number, actual: number];

/** A yearly review body: every row's own % and label are computed against the year's plan. */
const REVIEW: Row[] = [
  [1, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 1700, 1650, 1720],
  [2, "Tổng sản lượng lương thực có hạt", "Tấn", 3200, 3000, 3050],
  [3, "Độ che phủ rừng", "%", 76, 75, 75.3],
  [4, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 96%", 95, 95],
  [5, "Hồ sơ thủ tục hành chính xử lý trực tuyến", "%", "Ít nhất 85%", 70, 72],
];

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function label(percent: number): string {
  return percent > 100 ? "Vượt" : percent === 100 ? "Đạt" : "Không đạt";
}

/** Percent and label of a row against `against` (the plan, or the term target when numeric). */
function judged(row: Row, against: "plan" | "term"): [number, string] {
  const term = typeof row[3] === "number" ? row[3] : Number(/\d+/.exec(String(row[3]))![0]);
  const level = against === "plan" ? row[4] : term;
  const percent = round1((row[5] / level) * 100);
  return [percent, label(percent)];
}

/** Header: TT | Chỉ tiêu | ĐVT | <term> | "Năm 2026" over <plan> | TH | <percent> | <other %> | Đánh giá. */
function review(
  headers: { term: string; plan: string; percent: string; other: string },
  against: "plan" | "term" = "plan",
  tweak: (body: TestCell[][]) => void = () => {},
): ReturnType<typeof makeGrid> {
  const _ = undefined;
  const top: TestCell[] = ["TT", "Chỉ tiêu", "ĐVT", headers.term, "Năm 2026", _, _, _, "Đánh giá"];
  const sub: TestCell[] = [_, _, _, _, headers.plan, "TH năm 2026", headers.percent, headers.other];
  const body = REVIEW.map((row): TestCell[] => {
    const [percent, status] = judged(row, against);
    return [row[0], row[1], row[2], row[3], row[4], row[5], percent, 101.5, status];
  });
  tweak(body);
  return makeGrid([top, sub, ...body], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:I2"] });
}

const YEARLY = {
  term: "Chỉ tiêu NQ nhiệm kỳ 2025-2030",
  plan: "KH năm 2026",
  percent: "% so với KH",
  other: "So với cùng kỳ (%)",
};

function errors(report: SheetReport): string[] {
  return report.tables.flatMap((t) => t.findings.filter((f) => f.severity === "error").map((f) => f.cell));
}

function choice(report: SheetReport, role: "target" | "percent"): ColumnChoice | undefined {
  return report.tables[0].table.columnChoices?.find((c) => c.role === role);
}

describe("header meaning", () => {
  test.each([
    ["KH năm 2026", "year-plan"],
    ["Kế hoạch năm", "year-plan"],
    ["Chỉ tiêu năm 2026", "year-plan"],
    ["Chỉ tiêu NQ", "term"],
    ["Mục tiêu 2030", "term"],
    ["Chỉ tiêu NQ nhiệm kỳ 2025-2030", "term"],
    ["Chỉ tiêu", "unknown"],
  ])("target header %s names the %s", (header, meaning) => {
    expect(targetMeaning(header)).toBe(meaning);
  });

  test.each([
    ["% so với KH", "year-plan"],
    ["% so với KH năm", "year-plan"],
    ["Tỷ lệ % so với NQ", "term"],
    ["So với cùng kỳ (%)", "same-period"],
    ["% so với cùng kỳ năm trước", "same-period"],
    ["Tỷ lệ (%)", "unknown"],
  ])("percent header %s compares with %s", (header, meaning) => {
    expect(percentMeaning(header)).toBe(meaning);
  });
});

describe("a yearly review (term target beside the year's plan)", () => {
  test("'% so với KH' takes the year's plan as target, and a correct table has no error", () => {
    const report = checkSheet(review(YEARLY));
    expect(report.tables[0].table.columns).toMatchObject({ target: 4, actual: 5, percent: 6, status: 8 });
    expect(errors(report)).toEqual([]);
    const target = choice(report, "target");
    expect(target).toMatchObject({ column: 4, rejected: [3], by: "header" });
    expect(target?.reason).toEqual({
      id: "detect/choice-percent-header",
      data: {
        chosen: { column: "E", header: "KH năm 2026" },
        rejected: [{ column: "D", header: "Chỉ tiêu NQ nhiệm kỳ 2025-2030" }],
        percent: { column: "G", header: "% so với KH" },
        compares: "year-plan",
      },
    });
  });

  test("the same-period column is never the percent, even when it comes first", () => {
    // The two % columns swapped: H holds the percent of plan.
    const swap = (body: TestCell[][]) => body.forEach((row) => ([row[6], row[7]] = [row[7], row[6]]));
    const grid = review({ ...YEARLY, percent: "So với cùng kỳ (%)", other: "% so với KH" }, "plan", swap);
    const report = checkSheet(grid);
    expect(report.tables[0].table.columns).toMatchObject({ target: 4, percent: 7 });
    expect(choice(report, "percent")).toMatchObject({ column: 7, rejected: [6], by: "header" });
    expect(choice(report, "percent")?.reason.id).toBe("detect/choice-same-period");
    expect(errors(report)).toEqual([]);
  });

  test("'% so với NQ' takes the term target", () => {
    const report = checkSheet(review({ ...YEARLY, percent: "Tỷ lệ % so với NQ" }, "term"));
    expect(report.tables[0].table.columns.target).toBe(3);
    expect(choice(report, "target")).toMatchObject({ column: 3, by: "header" });
  });

  test("a % of plan in a review is wrong when it was computed against the term target", () => {
    // Độ che phủ rừng: 75,3 against the term's 76 is 99,1 % — but the column is % of plan.
    const grid = review(YEARLY, "plan", (body) => {
      body[2][6] = 99.1;
      body[2][8] = "Không đạt";
    });
    const report = checkSheet(grid);
    expect(report.tables[0].findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "percent-mismatch",
      "status-mismatch",
    ]);
  });
});

describe("headers that do not say: the table's own figures decide", () => {
  const PLAIN = { term: "Mục tiêu 2030", plan: "Kế hoạch năm", percent: "Tỷ lệ (%)", other: "Ghi chú" };

  test("figures computed against the plan pick the plan", () => {
    const report = checkSheet(review(PLAIN, "plan"));
    expect(report.tables[0].table.columns.target).toBe(4);
    const target = choice(report, "target");
    expect(target).toMatchObject({ column: 4, rejected: [3], by: "data" });
    expect(target?.reason.id).toBe("detect/choice-data");
    expect(errors(report)).toEqual([]);
  });

  test("figures computed against the term target pick the term target", () => {
    const report = checkSheet(review(PLAIN, "term"));
    expect(report.tables[0].table.columns.target).toBe(3);
    expect(choice(report, "target")).toMatchObject({ column: 3, rejected: [4], by: "data" });
    expect(errors(report)).toEqual([]);
  });

  test("the reason names both columns and the counts, in both languages", () => {
    const reason = choice(checkSheet(review(PLAIN, "plan")), "target")!.reason;
    const data = reason.data as { matched: number; rejectedMatched: number; compared: number };
    expect(data.matched).toBeGreaterThan(data.rejectedMatched);
    const vi = render(reason, "vi");
    const en = render(reason, "en");
    expect(vi).toContain("E «Kế hoạch năm»");
    expect(vi).toContain("D «Mục tiêu 2030»");
    expect(vi).toContain(`${data.matched}/${data.compared}`);
    expect(en).toContain("E «Kế hoạch năm»");
    expect(en).toContain(`${data.rejectedMatched}/${data.compared}`);
  });
});

test("an explicit mapping overrides the choice", () => {
  const report = checkSheet(review(YEARLY), {
    mapping: {
      headerRows: [1, 2],
      columns: { code: "A", name: "B", target: "D", actual: "F", percent: "G" },
    },
  });
  expect(report.tables[0].table.columns.target).toBe(3);
  expect(report.tables[0].table.columnChoices).toBeUndefined();
});
