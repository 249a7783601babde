import { inferPolarity } from "../../../src/engine/parse/polarity";
import { parseTarget } from "../../../src/engine/parse/targets";
import { catalogIds } from "../../../src/i18n";

function infer(name: string, targetText: string, unit = "") {
  return inferPolarity(name, parseTarget(targetText, name, "vi"), unit);
}

describe("inferPolarity: the target's comparator", () => {
  test.each([
    ["Tỷ lệ hộ nghèo", "không quá 3,5%", "không quá"],
    ["Số vụ tai nạn giao thông", "≤ 5", "≤"],
    ["Tỷ lệ lao động nông nghiệp", "Dưới 30%", "dưới"],
    ["Số hộ sử dụng nước", "tối đa 2", "tối đa"],
  ])("%s, target %s → lower, cue %s", (name, target, cue) => {
    const decision = infer(name, target);
    expect(decision.polarity).toBe("lower");
    expect(decision.reason).toEqual({ id: "polarity/target-at-most", data: { cue } });
    expect(decision.overridden).toBeUndefined();
  });

  test("an at-least target is higher whatever the name", () => {
    const decision = infer("Tỷ lệ lao động qua đào tạo", "Từ 70% trở lên");
    expect(decision.polarity).toBe("higher");
    expect(decision.reason).toEqual({ id: "polarity/target-at-least", data: { cue: "từ … trở lên" } });
  });

  test("a comparator carried by the name: Giảm tỷ lệ hộ nghèo xuống dưới 5%", () => {
    const decision = infer("Giảm tỷ lệ hộ nghèo xuống dưới 5%", "5%");
    expect(decision.polarity).toBe("lower");
    expect(decision.reason).toEqual({
      id: "polarity/name-at-most",
      data: { cue: "xuống dưới", afterReduce: true },
    });
  });

  test("a comparator carried by the name: … đạt 98% trở lên", () => {
    const decision = infer("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% trở lên", "98%");
    expect(decision.polarity).toBe("higher");
    expect(decision.reason).toEqual({ id: "polarity/name-at-least", data: { cue: "trở lên" } });
  });
});

describe("inferPolarity: the name", () => {
  test('"giảm … xuống" / "giảm còn" in the name', () => {
    expect(infer("Tỷ lệ hộ nghèo giảm xuống", "3%")).toMatchObject({ polarity: "lower" });
    expect(infer("Giảm tỷ lệ hộ nghèo xuống còn", "3%").reason).toEqual({
      id: "polarity/reduce-to",
      data: {},
    });
    expect(infer("Tỷ lệ trẻ suy dinh dưỡng giảm còn 10%", "10%")).toMatchObject({ polarity: "lower" });
  });

  test.each([
    ["Tỷ lệ hộ nghèo", "poor-households"],
    ["Tỷ lệ hộ nghèo đa chiều", "poor-households"],
    ["Tỷ lệ hộ cận nghèo", "near-poor-households"],
    ["Tỷ lệ lao động nông nghiệp trong tổng số lao động", "farm-labour"],
    ["Số vụ tai nạn giao thông", "accidents"],
    ["Số vụ việc phức tạp về an ninh trật tự", "complex-incidents"],
    ["Số vụ khiếu kiện đông người", "complaints"],
    ["Số vụ phạm pháp hình sự, tội phạm", "crime"],
    ["Số người nghiện ma túy", "drug-addicts"],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "malnutrition"],
    ["Tỷ lệ thất nghiệp ở khu vực thành thị", "unemployment"],
  ])("%s → lower (%s)", (name, quantity) => {
    const decision = infer(name, "5");
    expect(decision.polarity).toBe("lower");
    expect(decision.reason).toEqual({ id: "polarity/lower-quantity", data: { quantity } });
  });

  test("the reason names the quantity: tỷ lệ hộ nghèo", () => {
    expect(infer("Tỷ lệ hộ nghèo", "3%").reason).toEqual({
      id: "polarity/lower-quantity",
      data: { quantity: "poor-households" },
    });
  });

  test.each([
    "Tổng sản phẩm bình quân đầu người",
    "Tỷ lệ dân số tham gia bảo hiểm y tế",
    "Diện tích cây ăn quả",
    "Số trường đạt chuẩn quốc gia",
    "Số đề tài nghiên cứu khoa học",
  ])("%s → higher by default", (name) => {
    expect(infer(name, "90")).toEqual({
      polarity: "higher",
      reason: { id: "polarity/default", data: {} },
    });
  });
});

describe("inferPolarity: traps", () => {
  test("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm measures the rate of reduction → higher", () => {
    const decision = infer("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm", "1,5%");
    expect(decision.polarity).toBe("higher");
    expect(decision.reason).toEqual({ id: "polarity/reduction-rate", data: {} });
  });

  test("the rate can sit in the unit: giảm … %/năm", () => {
    expect(infer("Tỷ lệ hộ nghèo giảm", "1,5", "%/năm").polarity).toBe("higher");
  });

  test("Số bản không có ma túy counts good villages → higher", () => {
    const decision = infer("Số bản không có ma túy", "30/30 bản");
    expect(decision.polarity).toBe("higher");
    expect(decision.reason).toEqual({ id: "polarity/absence", data: { absence: "without" } });
  });

  test("Xã sạch ma túy, xã không có tội phạm → higher", () => {
    expect(infer("Số xã sạch ma túy", "5").polarity).toBe("higher");
    expect(infer("Tỷ lệ thôn không có tội phạm", "100%").polarity).toBe("higher");
  });

  test("work done about a bad quantity is higher-better", () => {
    expect(infer("Tỷ lệ vụ việc khiếu kiện được giải quyết", "90%").polarity).toBe("higher");
    expect(infer("Số hộ nghèo được hỗ trợ nhà ở", "20").polarity).toBe("higher");
    expect(infer("Số hộ thoát nghèo", "20").polarity).toBe("higher");
    expect(infer("Tỷ lệ lao động nông nghiệp qua đào tạo", "60%").polarity).toBe("higher");
    const received = infer("Tiếp nhận tố giác, tin báo tố giác tội phạm", "100%");
    expect(received.polarity).toBe("higher");
    expect(received.reason).toMatchObject({ data: { action: "received" } });
  });
});

describe("inferPolarity: other target kinds", () => {
  test("range, fraction, qualitative and unassessable targets follow the name", () => {
    expect(infer("Tỷ lệ hộ nghèo", "1-2%").polarity).toBe("lower");
    expect(infer("Số trường đạt chuẩn", "05/07 trường").polarity).toBe("higher");
    expect(infer("Xã đạt chuẩn nông thôn mới", "Đạt").polarity).toBe("higher");
    expect(infer("Số vụ tai nạn giao thông", "x").polarity).toBe("lower");
  });

  test("a reason is always given, with words in both languages", () => {
    for (const [name, target] of [
      ["", ""],
      ["Tỷ lệ hộ nghèo", "không quá 3%"],
      ["Số bản không có ma túy", "30/30"],
    ]) {
      const decision = infer(name, target);
      expect(catalogIds("vi")).toContain(decision.reason.id);
      expect(catalogIds("en")).toContain(decision.reason.id);
    }
  });
});

describe("inferPolarity: a bare 'giảm' names the size of a reduction", () => {
  test("Giảm tỷ lệ hộ nghèo with a plain target is read as the reduction, and says how to override", () => {
    const decision = infer("Giảm tỷ lệ hộ nghèo", "1,5%");
    expect(decision.polarity).toBe("higher");
    expect(decision.reason).toEqual({ id: "polarity/reduction-size", data: {} });
  });

  test("Tỷ lệ giảm nghèo and hộ thoát nghèo are higher-better", () => {
    expect(infer("Tỷ lệ giảm nghèo", "1,5%").polarity).toBe("higher");
    expect(infer("Số hộ thoát nghèo", "20").polarity).toBe("higher");
  });

  test("decisions are repeatable (the memo returns the same answer)", () => {
    const first = infer("Số vụ tai nạn giao thông", "10");
    const second = infer("Số vụ tai nạn giao thông", "10");
    expect(second).toEqual(first);
    second.overridden = true;
    expect(infer("Số vụ tai nạn giao thông", "10").overridden).toBeUndefined();
  });
});
