import { duplicateCode } from "../../../src/engine/checks/duplicate-code";
import { context, fakeIndicator } from "../helpers";

describe("duplicate-code", () => {
  it("flags a TT used for two different indicators", () => {
    const rows = [
      fakeIndicator(3, "1", "achieved", null),
      fakeIndicator(4, "2", "achieved", null, { name: "Diện tích lúa" }),
      fakeIndicator(5, "02", "achieved", null, { name: "Sản lượng cá" }),
    ];
    expect(duplicateCode.check(context(rows))).toEqual([
      {
        rule: "duplicate-code",
        severity: "error",
        row: 5,
        cell: "A5",
        message: {
          id: "duplicate-code/other-indicator",
          data: { code: "02", name: "Sản lượng cá", firstName: "Diện tích lúa", firstRow: 4 },
        },
      },
    ]);
  });

  it("does not count sub-rows sharing their TT, nor numbering that restarts in each group", () => {
    const rows = [
      fakeIndicator(3, "1", "achieved", null, { group: "I" }),
      fakeIndicator(4, "1", "achieved", null, { group: "I", isSubRow: true }),
      fakeIndicator(5, "2", "achieved", null, { group: "I" }),
      fakeIndicator(7, "1", "achieved", null, { group: "II" }),
      fakeIndicator(8, "2", "achieved", null, { group: "II" }),
    ];
    expect(duplicateCode.check(context(rows))).toEqual([]);
  });

  it("flags a repeated TT across groups when the numbering runs on", () => {
    const rows = [
      fakeIndicator(3, "1", "achieved", null, { group: "I" }),
      fakeIndicator(4, "2", "achieved", null, { group: "I" }),
      fakeIndicator(6, "3", "achieved", null, { group: "II" }),
      fakeIndicator(7, "3", "achieved", null, { group: "II", name: "Chỉ tiêu 3" }),
    ];
    const found = duplicateCode.check(context(rows));
    expect(found.map((f) => f.cell)).toEqual(["A7"]);
    expect(found[0].message).toEqual({
      id: "duplicate-code/same-indicator",
      data: { code: "3", name: "Chỉ tiêu 3", firstRow: 6 },
    });
  });
});
