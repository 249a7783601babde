import { numberingGap } from "../../../src/engine/checks/numbering-gap";
import { context, fakeIndicator } from "../helpers";

const codes = (list: string[], group: (i: number) => string | null = () => null) =>
  list.map((code, i) => fakeIndicator(3 + i, code, "achieved", null, { group: group(i) }));

describe("numbering-gap", () => {
  it("warns on 1, 2, 4", () => {
    expect(numberingGap.check(context(codes(["1", "2", "4"])))).toEqual([
      {
        rule: "numbering-gap",
        severity: "warning",
        row: 5,
        cell: "A5",
        message: { id: "numbering-gap/gap", data: { code: "4", previous: "2", prefix: "", from: 3, to: 3 } },
      },
    ]);
  });

  it("names a run of missing numbers and works on sub-numbers", () => {
    const found = numberingGap.check(context(codes(["1", "5", "5.1", "5.3"])));
    expect(found.map((f) => f.message)).toEqual([
      { id: "numbering-gap/gap", data: { code: "5", previous: "1", prefix: "", from: 2, to: 4 } },
      { id: "numbering-gap/gap", data: { code: "5.3", previous: "5.1", prefix: "5", from: 2, to: 2 } },
    ]);
  });

  it("is silent on continuous numbering, leading zeros and per-group restarts", () => {
    expect(numberingGap.check(context(codes(["01", "02", "03", "3.1", "3.2", "4"])))).toEqual([]);
    expect(numberingGap.check(context(codes(["1", "2", "1", "2"], (i) => (i < 2 ? "I" : "II"))))).toEqual([]);
  });
});
