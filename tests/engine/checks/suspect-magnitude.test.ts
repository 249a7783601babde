import { suspectMagnitude } from "../../../src/engine/checks/suspect-magnitude";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("suspect-magnitude", () => {
  it("warns on an actual ten times the target or a tenth of it", () => {
    const rows = [
      evaluated(3, { name: "Diện tích lúa", unit: "ha", target: 52, actual: 520 }),
      evaluated(4, { name: "Sản lượng cá", unit: "tấn", target: 300, actual: 25 }),
    ];
    const found = suspectMagnitude.check(context(rows));
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["warning", "E3"],
      ["warning", "E4"],
    ]);
    expect(found.map((f) => f.message)).toEqual([
      { id: "suspect-magnitude/far-from-target", data: { actual: 520, ratio: 520 / 52, target: 52 } },
      { id: "suspect-magnitude/far-from-target", data: { actual: 25, ratio: 25 / 300, target: 300 } },
    ]);
  });

  it("warns on a rate above 100 %", () => {
    const ind = evaluated(5, { name: "Tỷ lệ trẻ em được tiêm chủng", unit: "%", target: "98%", actual: 105 });
    const found = suspectMagnitude.check(context([ind]));
    expect(found).toHaveLength(1);
    expect(found[0].message).toEqual({
      id: "suspect-magnitude/rate-above-100",
      data: { name: "Tỷ lệ trẻ em được tiêm chủng", actual: 105 },
    });
  });

  it("warns on 'Nghìn con' next to a head count", () => {
    const ind = evaluated(6, { name: "Tổng đàn gia cầm", unit: "Nghìn con", target: 150, actual: "152.000" });
    const found = suspectMagnitude.check(context([ind]));
    expect(found).toHaveLength(1);
    expect(found[0].message).toEqual({
      id: "suspect-magnitude/head-count",
      data: { actual: 152000, unit: "Nghìn con", target: 150 },
    });
  });

  it("warns when a % actual equals the reported percent of target", () => {
    // Target 95 %, the actual column holds 100,5 — exactly the % column: the % of target typed as the actual.
    const ind = evaluated(7, {
      name: "Tỷ lệ người dân tham gia BHYT",
      unit: "%",
      target: "95%",
      actual: "100,5",
      percent: "100,5",
    });
    const found = suspectMagnitude.check(context([ind]));
    expect(found.map((f) => f.message)).toContainEqual({
      id: "suspect-magnitude/percent-as-actual",
      data: { actual: 100.5, percentCell: "F7", target: 95 },
    });
  });

  it("is silent for plausible rows", () => {
    const rows = [
      evaluated(8, { name: "Diện tích lúa", unit: "ha", target: 52, actual: 60 }),
      evaluated(9, { name: "Tỷ lệ che phủ rừng", unit: "%", target: "76%", actual: "76%", percent: 100 }),
      evaluated(10, { name: "Số vụ tai nạn giao thông", unit: "vụ", target: "< 10", actual: 1 }),
      evaluated(11, { name: "Thu nhập bình quân", unit: "Nghìn đồng", target: 60000, actual: 62000 }),
    ];
    expect(suspectMagnitude.check(context(rows))).toEqual([]);
  });
});
