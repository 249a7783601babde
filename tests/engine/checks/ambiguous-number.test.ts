import { ambiguousNumber } from "../../../src/engine/checks/ambiguous-number";
import { percentMismatch } from "../../../src/engine/checks/percent-mismatch";
import { statusMismatch } from "../../../src/engine/checks/status-mismatch";
import { render } from "../../../src/i18n";
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

  it("notes, without a warning, a reading the row's own % confirms", () => {
    // Actual "1,500" against 1: read as 1.5 the reported 150 % holds; read as 1500 it would not.
    const ind = evaluated(21, { target: 1, actual: "1,500", percent: 150 });
    const found = ambiguousNumber.check(context([ind]));
    expect(found.map((f) => [f.cell, f.severity])).toEqual([["E21", "info"]]);
    expect(found[0].message).toEqual({
      id: "ambiguous-number/settled-by-percent",
      data: { texts: ["1,500"], used: "vi", other: "en", percentText: "150", againstSheet: false },
    });
    expect([ind.actual.value, ind.status]).toEqual([1.5, "exceeded"]);
  });

  it("reads the row the other way when only that reading reproduces its own %", () => {
    // Vietnamese sheet: "1,250" is 1.25, 0.125 % of 1000; the row says 125 %, which only 1250 gives.
    const ind = evaluated(24, { target: 1000, actual: "1,250", percent: 125, status: "Vượt" });
    expect([ind.actual.value, ind.percent, ind.status]).toEqual([1250, 125, "exceeded"]);
    const found = ambiguousNumber.check(context([ind]));
    expect(found.map((f) => [f.cell, f.severity])).toEqual([["E24", "info"]]);
    expect(found[0].message.data).toEqual({
      texts: ["1,250"],
      used: "en",
      other: "vi",
      percentText: "125",
      againstSheet: true,
    });
    expect(render(found[0].message, "vi")).toBe(
      "«1,250» được đọc theo kiểu Anh (dấu chấm thập phân), khác quy ước số của trang, vì chỉ cách " +
        "đọc này khớp với tỷ lệ «125» ghi ở dòng này; đọc theo kiểu Việt Nam (dấu phẩy thập phân) " +
        "thì tỷ lệ không khớp",
    );
    // No error from the reading the row contradicts.
    expect(percentMismatch.check(context([ind]))).toEqual([]);
    expect(statusMismatch.check(context([ind]))).toEqual([]);
  });

  it("keeps warning when the row's % does not tell the readings apart", () => {
    // No % in the row: 1200 against "1,250" is exceeded as 1.25, missed as 1250.
    const ind = evaluated(25, { target: "1,250", actual: 1200, status: "Vượt" });
    expect(ambiguousNumber.check(context([ind])).map((f) => f.severity)).toEqual(["warning"]);
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
