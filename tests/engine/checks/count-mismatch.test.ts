import { countMismatch } from "../../../src/engine/checks/count-mismatch";
import type { GroupRow } from "../../../src/engine/types";
import { context, fakeIndicator } from "../helpers";

// Four indicators by their labels: TT 1 vượt, TT 2 (two rows: vượt + không đạt → không đạt),
// TT 3 đạt, TT 4 đạt. Per indicator: 1 vượt, 2 đạt, 1 không đạt.
const rows = [
  fakeIndicator(4, "1", "exceeded", "exceeded", { group: "I" }),
  fakeIndicator(5, "2", "exceeded", "exceeded", { group: "I" }),
  fakeIndicator(6, "2", "missed", "missed", { group: "I", isSubRow: true }),
  fakeIndicator(8, "3", "achieved", "achieved", { group: "II" }),
  fakeIndicator(9, "4", "achieved", "achieved", { group: "II" }),
];
const groups: GroupRow[] = [
  { kind: "group", row: 3, code: "I", title: "Kinh tế (2 chỉ tiêu)", statedCount: 2 },
  { kind: "group", row: 7, code: "II", title: "Xã hội (3 chỉ tiêu)", statedCount: 3 },
];

function check(statements: string[]) {
  const table = { statements: statements.map((text, i) => ({ row: 11 + i, column: 1, text })) };
  return countMismatch.check(context(rows, { groups, table }));
}

describe("count-mismatch", () => {
  it("accepts statements that agree with the table, counted per indicator with the worst sub-row", () => {
    const found = check([
      "Tổng số: 4 chỉ tiêu; vượt: 01; đạt: 02; không đạt: 01",
      "Tổng số 04 chỉ tiêu: 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, 01 chỉ tiêu không đạt",
      "3/4 chỉ tiêu đạt và vượt (chiếm 75%)",
    ]);
    expect(found.filter((f) => f.row >= 11)).toEqual([]);
  });

  it("reads 'NN/MM chỉ tiêu không đạt' as NN of MM, so seed-style correct sentences pass", () => {
    expect(
      check([
        "01/4 chỉ tiêu không đạt",
        "3/4 chỉ tiêu đạt và vượt (chiếm 75%), 01/4 chỉ tiêu không đạt (chiếm 25%)",
      ]).filter((f) => f.row >= 11),
    ).toEqual([]);
  });

  it("names the right number of a wrong 'NN/MM' statement, from the table's labels", () => {
    const [f] = check(["02/5 chỉ tiêu không đạt"]);
    expect(f.message).toEqual({
      id: "count-mismatch/statement",
      data: {
        fromLabels: true,
        differences: [
          { id: "count-mismatch/count", data: { count: "total", stated: 5, counted: 4 } },
          { id: "count-mismatch/count", data: { count: "missed", stated: 2, counted: 1 } },
        ],
      },
    });
  });

  it("flags a statement whose counts disagree, naming stated and table figures", () => {
    // Counting rows instead of indicators would give vượt 2: the statement says 2.
    const [f] = check(["Tổng số: 4 chỉ tiêu; vượt: 02; đạt: 02; không đạt: 00"]);
    expect(f).toMatchObject({ rule: "count-mismatch", severity: "error", row: 11, cell: "B11" });
    expect(f.message).toEqual({
      id: "count-mismatch/statement",
      data: {
        fromLabels: true,
        differences: [
          { id: "count-mismatch/count", data: { count: "exceeded", stated: 2, counted: 1 } },
          { id: "count-mismatch/count", data: { count: "missed", stated: 0, counted: 1 } },
        ],
      },
    });
  });

  it("checks 'x/y đạt và vượt' and the stated percent of it", () => {
    const found = check(["4/4 chỉ tiêu đạt và vượt (chiếm 80%)"]).filter((f) => f.row === 11);
    expect(found).toHaveLength(1);
    expect(found[0].message.data).toMatchObject({
      differences: [
        {
          id: "count-mismatch/achieved-share",
          data: { count: 4, total: 4, countedGood: 3, counted: 4 },
        },
        {
          id: "count-mismatch/percent",
          data: { percentText: "80", percent: 80, count: 4, total: 4, share: 100 },
        },
      ],
    });
  });

  it("accepts a truncated or rounded stated percent", () => {
    // 3/4 = 75 %; "75,0" and "75%" both fine. 18/23 = 78.26 → "78%".
    expect(check(["3/4 chỉ tiêu đạt và vượt (chiếm 75,0%)"]).filter((f) => f.row >= 11)).toEqual([]);
  });

  it("flags a group header whose '(N chỉ tiêu)' disagrees with the rows under it", () => {
    const found = check([]);
    expect(found).toEqual([
      {
        rule: "count-mismatch",
        severity: "error",
        row: 7,
        cell: "B7",
        message: { id: "count-mismatch/group", data: { code: "II", stated: 3, counted: 2 } },
      },
    ]);
  });

  it("counts from the computed statuses when the table has no labels", () => {
    const unlabelled = rows.map((r) => ({ ...r, reported: { ...r.reported, status: null, statusText: "" } }));
    const table = {
      statements: [{ row: 11, column: 1, text: "Tổng số: 4 chỉ tiêu; vượt: 01; đạt: 02; không đạt: 01" }],
    };
    expect(countMismatch.check(context(unlabelled, { table })).filter((f) => f.row === 11)).toEqual([]);
  });
});
