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
        message: {
          vi: "Có đánh giá «Đạt» nhưng ô kết quả thực hiện trống",
          en: 'The status "Đạt" given but the actual cell is empty',
        },
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
    expect(found[0].message.vi).toBe("Có tỷ lệ 105% nhưng ô chỉ tiêu trống");
    expect(found[1].message.vi).toBe(
      "Có đánh giá «Không đạt» và tỷ lệ 90 nhưng kết quả thực hiện là lỗi #DIV/0!",
    );
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
