import { missingValue } from "../../../src/engine/checks/missing-value";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("missing-value", () => {
  it("flags a label given while the actual is empty", () => {
    const ind = evaluated(5, { target: 100, status: "Đạt" });
    expect(missingValue.check(context([ind]))).toEqual([
      {
        rule: "missing-value",
        severity: "error",
        row: 5,
        cell: "E5",
        message: { id: "missing-value/actual-empty", data: { given: { status: "Đạt" } } },
      },
    ]);
  });

  it("flags a % given while the target is empty, and an actual that is an error value", () => {
    const rows = [
      evaluated(6, { actual: 80, percent: "105%" }),
      evaluated(7, { target: 100, actual: { error: "#DIV/0!" }, percent: 90, status: "Không đạt" }),
    ];
    const found = missingValue.check(context(rows));
    expect(found.map((f) => f.cell)).toEqual(["D6", "E7"]);
    expect(found.map((f) => f.message)).toEqual([
      { id: "missing-value/target-empty", data: { given: { percent: "105%" } } },
      {
        id: "missing-value/actual-error",
        data: { given: { status: "Không đạt", percent: "90" }, error: "#DIV/0!" },
      },
    ]);
  });

  it("is silent when nothing is claimed, when the data is there, and for a TT row over its sub-rows", () => {
    const rows = [
      evaluated(3, { target: 100 }),
      evaluated(4, { target: 100, actual: 90, percent: 90, status: "Không đạt" }),
      evaluated(8, { code: "8", name: "Chăn nuôi", status: "Đạt" }),
      evaluated(9, { code: "8", target: 10, actual: 10 }, { isSubRow: true }),
    ];
    expect(missingValue.check(context(rows))).toEqual([]);
  });

  it("is silent in a target-only table", () => {
    const ind = evaluated(5, { target: 100, status: "Đạt" });
    expect(missingValue.check(context([ind], { table: { targetOnly: true } }))).toEqual([]);
  });
});
