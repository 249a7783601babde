/** @jest-environment node */
import { loadSettings, SETTINGS_KEY } from "../../../src/adapters/office/settings";
import { DEFAULT_SETTINGS } from "../../../src/app/settings";
import type { DocumentSettingsLike } from "../../../src/adapters/office/env";

function documentHolding(value: unknown): DocumentSettingsLike {
  return {
    get: (name) => (name === SETTINGS_KEY ? value : null),
    set: () => undefined,
    saveAsync: () => undefined,
  };
}

describe("loadSettings (the workbook's document settings)", () => {
  it("reads the JSON the add-in saved, or an object a host hands back already parsed", () => {
    const saved = {
      ...DEFAULT_SETTINGS,
      lang: "en" as const,
      tolerance: 0.5,
      disabledRules: ["status-mismatch"],
    };
    expect(loadSettings(documentHolding(JSON.stringify(saved)))).toEqual(saved);
    expect(loadSettings(documentHolding(saved))).toEqual(saved);
  });

  it("judges damaged values as the browser page does: field by field, over the defaults", () => {
    expect(loadSettings(documentHolding(undefined))).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(documentHolding("{not json"))).toEqual(DEFAULT_SETTINGS);
    expect(
      loadSettings(documentHolding({ lang: "en", tolerance: Infinity, mappings: [], polarity: [["A", {}]] })),
    ).toEqual({ ...DEFAULT_SETTINGS, lang: "en" });
  });
});
