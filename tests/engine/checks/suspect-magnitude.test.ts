import { suspectMagnitude } from "../../../src/engine/checks/suspect-magnitude";
import { render } from "../../../src/i18n";
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

  describe("units that do not fit a commune's scale", () => {
    it("warns once on a herd in 'Nghìn con' counted head by head, on the target that shows it", () => {
      // "5.000" and "5.436" read the Vietnamese way: 5,436 thousand head is no commune's herd.
      const ind = evaluated(6, { name: "Tổng đàn gia súc", unit: "Nghìn con", target: 5000, actual: 5436 });
      const found = suspectMagnitude.check(context([ind]));
      expect(found.map((f) => [f.severity, f.cell, f.message.id])).toEqual([
        ["warning", "D6", "suspect-magnitude/unit-scale"],
      ]);
      expect(found[0].message.data).toEqual({
        role: "target",
        value: 5000,
        unit: "Nghìn con",
        scale: "thousand-head",
        bound: 1000,
        above: true,
      });
      expect(render(found[0].message, "vi")).toBe(
        "Chỉ tiêu 5.000 Nghìn con quá lớn với một xã (đàn gia súc, gia cầm của một xã thường từ vài " +
          "nghìn đến vài trăm nghìn con; trên 1.000 Nghìn con là bất thường): kiểm tra đơn vị tính hoặc số nhập",
      );
      expect(render(found[0].message, "en")).toContain(
        "The target 5,000 Nghìn con is too large for a commune",
      );
    });

    it("warns on an income in 'đồng' written in millions, and on revenue in millions written in đồng", () => {
      const rows = [
        evaluated(7, {
          name: "Thu nhập bình quân đầu người",
          unit: "đồng/người/năm",
          target: 65,
          actual: 68,
        }),
        evaluated(8, { name: "Thu ngân sách trên địa bàn", unit: "Tr. đồng", target: 45000, actual: 48e9 }),
      ];
      const found = suspectMagnitude.check(context(rows));
      expect(found.map((f) => [f.cell, f.message.id])).toEqual([
        ["D7", "suspect-magnitude/unit-scale"],
        ["E8", "suspect-magnitude/unit-scale"],
      ]);
      expect(found.map((f) => f.message.data)).toMatchObject([
        { scale: "dong", bound: 1000, above: false },
        { scale: "million-dong", bound: 1e7, above: true },
      ]);
    });

    it("is silent on figures a commune has", () => {
      const rows = [
        evaluated(9, { name: "Dân số trung bình", unit: "nghìn người", target: 12, actual: 12.5 }),
        evaluated(10, { name: "Thu ngân sách", unit: "Tỷ đồng", target: 45, actual: 48 }),
        evaluated(11, { name: "Tổng đàn gia cầm", unit: "con", target: 5000, actual: 5436 }),
        evaluated(12, { name: "Tổng đàn gia súc", unit: "Nghìn con", target: 5, actual: 5.436 }),
        evaluated(13, { name: "Thu nhập bình quân", unit: "Triệu đồng/người", target: 65, actual: 68 }),
      ];
      expect(suspectMagnitude.check(context(rows))).toEqual([]);
    });
  });
});
