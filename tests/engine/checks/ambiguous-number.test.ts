import { ambiguousNumber } from "../../../src/engine/checks/ambiguous-number";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("ambiguous-number", () => {
  it("warns when reading '1,250' the other way would change the status", () => {
    // Sheet convention vi: 1,250 = 1.25, so 1200 exceeds it; read as 1250 it misses.
    const ind = evaluated(20, { name: "Tổng đàn gia cầm", target: "1,250", actual: 1200 });
    const found = ambiguousNumber.check(context([ind]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "ambiguous-number", severity: "warning", row: 20, cell: "D20" });
    expect(found[0].message).toEqual({
      id: "ambiguous-number/status-changes",
      data: { texts: ["1,250"], used: "vi", other: "en", status: "missed", instead: "exceeded" },
    });
  });

  it("warns when the other reading would change the % verdict", () => {
    // Actual "1,500" against 1: read as 1.5 the reported 150 % holds; read as 1500 it would not.
    const ind = evaluated(21, { target: 1, actual: "1,500", percent: 150 });
    const found = ambiguousNumber.check(context([ind]));
    expect(found.map((f) => f.cell)).toEqual(["E21"]);
    expect(found[0].message).toEqual({
      id: "ambiguous-number/percent-unmatched",
      data: { texts: ["1,500"], used: "vi", other: "en" },
    });
  });

  it("is silent when the other reading leaves the row unassessable", () => {
    const ind = evaluated(23, { target: "1,250", actual: 1200 });
    const unreadable = {
      ...ind,
      ambiguity: { ...ind.ambiguity!, status: "unassessed" as const, percent: null },
    };
    expect(ambiguousNumber.check(context([unreadable]))).toEqual([]);
  });

  it("is silent when both readings give the same outcome", () => {
    // 3,500 vs 3.5: both above a target of 2.
    const ind = evaluated(22, { target: 2, actual: "3,500" });
    expect(ambiguousNumber.check(context([ind]))).toEqual([]);
  });
});
