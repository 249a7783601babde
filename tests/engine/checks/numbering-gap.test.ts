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
        message: { vi: "Sau TT 2 là TT 4: thiếu TT 3", en: "No. 4 follows No. 2: No. 3 is missing" },
      },
    ]);
  });

  it("names a run of missing numbers and works on sub-numbers", () => {
    const found = numberingGap.check(context(codes(["1", "5", "5.1", "5.3"])));
    expect(found.map((f) => f.message.vi)).toEqual([
      "Sau TT 1 là TT 5: thiếu TT 2–4",
      "Sau TT 5.1 là TT 5.3: thiếu TT 5.2",
    ]);
  });

  it("is silent on continuous numbering, leading zeros and per-group restarts", () => {
    expect(numberingGap.check(context(codes(["01", "02", "03", "3.1", "3.2", "4"])))).toEqual([]);
    expect(numberingGap.check(context(codes(["1", "2", "1", "2"], (i) => (i < 2 ? "I" : "II"))))).toEqual([]);
  });
});
