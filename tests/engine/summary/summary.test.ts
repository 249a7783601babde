import { indicatorUnits, worstStatus } from "../../../src/engine/evaluate/units";
import { summarise, summarySentence } from "../../../src/engine/summary/summary";
import type { Counts, GroupRow, Status } from "../../../src/engine/types";
import { fakeIndicator } from "../helpers";

function counts(exceeded: number, achieved: number, missed: number, unassessed = 0): Counts {
  return { total: exceeded + achieved + missed + unassessed, exceeded, achieved, missed, unassessed };
}

describe("worstStatus", () => {
  it("orders missed < achieved < exceeded and ignores unassessed rows", () => {
    expect(worstStatus(["exceeded", "achieved"])).toBe("achieved");
    expect(worstStatus(["exceeded", "unassessed", "missed", "achieved"])).toBe("missed");
    expect(worstStatus(["unassessed", "exceeded"])).toBe("exceeded");
    expect(worstStatus(["unassessed"])).toBe("unassessed");
    expect(worstStatus([])).toBe("unassessed");
  });
});

describe("summarySentence", () => {
  it("is the summary sentence message over the counts (its words are the catalogs')", () => {
    expect(summarySentence(counts(9, 10, 4))).toEqual({ id: "summary/sentence", data: counts(9, 10, 4) });
  });
});

describe("summarise", () => {
  // Row 3 (TT 1) exceeded; TT 2 has three rows: exceeded, missed, achieved → missed;
  // TT 3 unassessed; TT 4 in group II achieved, labelled "Vượt".
  const groups: GroupRow[] = [
    { kind: "group", row: 2, code: "I", title: "Nhóm chỉ tiêu về kinh tế" },
    { kind: "group", row: 9, code: "II", title: "Nhóm chỉ tiêu về xã hội" },
  ];
  const rows = [
    fakeIndicator(3, "1", "exceeded", "exceeded", { group: "I" }),
    fakeIndicator(4, "2", "exceeded", "exceeded", { group: "I" }),
    fakeIndicator(5, "2", "missed", "achieved", { group: "I", isSubRow: true }),
    fakeIndicator(6, "2", "achieved", "achieved", { group: "I", isSubRow: true }),
    fakeIndicator(7, "3", "unassessed", null, { group: "I" }),
    fakeIndicator(10, "4", "achieved", "exceeded", { group: "II" }),
  ];

  it("groups sub-rows under their TT and takes the worst status", () => {
    const units = indicatorUnits(rows);
    expect(units.map((u) => [u.code, u.end - u.first, u.computed, u.reported])).toEqual([
      ["1", 1, "exceeded", "exceeded"],
      ["2", 3, "missed", "achieved"],
      ["3", 1, "unassessed", "unassessed"],
      ["4", 1, "achieved", "exceeded"],
    ]);
  });

  it("counts rows and indicators, computed and reported, in total and per group", () => {
    const s = summarise(rows, groups);
    expect(s.computed.rows).toEqual(counts(2, 2, 1, 1));
    expect(s.computed.indicators).toEqual(counts(1, 1, 1, 1));
    expect(s.reported.rows).toEqual(counts(3, 2, 0, 1));
    expect(s.reported.indicators).toEqual(counts(2, 1, 0, 1));
    expect(s.groups.map((g) => [g.code, g.computed.indicators, g.reported.indicators])).toEqual([
      ["I", counts(1, 0, 1, 1), counts(1, 1, 0, 1)],
      ["II", counts(0, 1, 0), counts(1, 0, 0)],
    ]);
    // TT 2 is listed at the sub-row that missed (row 5), not at its first, exceeded row.
    expect(s.missed).toEqual([{ code: "2", name: "Chỉ tiêu 2", row: 5, indicator: "Chỉ tiêu 2" }]);
    expect(s.sentence).toEqual({ id: "summary/sentence", data: s.computed.indicators });
  });

  it("counts nested groups in their parents", () => {
    const nested: GroupRow[] = [
      { kind: "group", row: 2, code: "I", title: "Kinh tế" },
      { kind: "group", row: 3, code: "a)", title: "Nông nghiệp" },
      { kind: "group", row: 6, code: "b)", title: "Dịch vụ" },
      { kind: "group", row: 9, code: "II", title: "Xã hội" },
    ];
    const statuses: Array<[number, Status]> = [
      [4, "achieved"],
      [5, "missed"],
      [7, "exceeded"],
      [10, "achieved"],
    ];
    const inds = statuses.map(([row, st], i) => fakeIndicator(row, String(i + 1), st, null));
    const s = summarise(inds, nested);
    expect(s.groups.map((g) => [g.code, g.computed.indicators.total])).toEqual([
      ["I", 3],
      ["a)", 2],
      ["b)", 1],
      ["II", 1],
    ]);
  });

  it("lists indicators above the first group under an untitled group", () => {
    const s = summarise(
      [fakeIndicator(3, "1", "achieved", null), fakeIndicator(6, "2", "missed", null)],
      [{ kind: "group", row: 5, code: "I", title: "Kinh tế" }],
    );
    expect(s.groups.map((g) => [g.code, g.computed.indicators.total])).toEqual([
      [null, 1],
      ["I", 1],
    ]);
  });
});
