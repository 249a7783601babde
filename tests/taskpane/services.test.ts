import { DEFAULT_SETTINGS, checkOptionsFor, type Settings } from "../../src/taskpane/services";

describe("checkOptionsFor (shared by the task pane, the ribbon commands and the browser page)", () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    tolerance: 0.2,
    disabledRules: ["status-mismatch"],
    mappings: { A: { headerRows: [3], columns: { name: "B" } } },
    polarity: { A: { 7: "lower" }, C: {} },
  };

  it("takes the sheet's own mapping and polarity overrides", () => {
    expect(checkOptionsFor(settings, "A")).toEqual({
      disabledRules: ["status-mismatch"],
      tolerance: 0.2,
      mapping: { headerRows: [3], columns: { name: "B" } },
      polarityOverrides: { 7: "lower" },
    });
  });

  it("gives only tolerance and rules to a sheet with no mapping or overrides of its own", () => {
    expect(checkOptionsFor(settings, "B")).toEqual({ disabledRules: ["status-mismatch"], tolerance: 0.2 });
    // An emptied override list is no override.
    expect(checkOptionsFor(settings, "C")).not.toHaveProperty("polarityOverrides");
  });
});
