import { textNumber } from "../../../src/engine/checks/text-number";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("text-number", () => {
  it("notes numbers typed as text in the target, actual and percent cells", () => {
    const grid = [[], ["1", "Sản lượng lúa", "tấn", "3.000", 3150, "105%"]];
    const ind = evaluated(2, { target: "3.000", actual: 3150, percent: "105%" });
    const found = textNumber.check(context([ind], { grid }));
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["text-number", "info", "D2"],
      ["text-number", "info", "F2"],
    ]);
    expect(found[0].message).toEqual({
      id: "text-number/text",
      data: { role: "target", text: "3.000", value: 3000 },
    });
  });

  it("is silent on numeric cells, target expressions and words", () => {
    const grid = [[], ["1", "Tỷ lệ", "%", ">30", 31, { value: 1.03, numberFormat: "0%" }, "Vượt"]];
    const ind = evaluated(2, { target: ">30", actual: 31 });
    expect(textNumber.check(context([ind], { grid }))).toEqual([]);
  });
});
