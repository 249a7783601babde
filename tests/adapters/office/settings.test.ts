/** @jest-environment node */
import { loadSettings, saveSettings, SETTINGS_KEY } from "../../../src/adapters/office/settings";
import { LAST_SHEET_KEY } from "../../../src/commands/actions";
import { FakeExcel, FakeWorkbookState } from "../../support/fake-excel";
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

describe("saveSettings (two runtimes, one set of document settings)", () => {
  it("keeps what the ribbon saved since the pane opened: the pane's save writes the whole set", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const pane = new FakeExcel(state);
    // The ribbon runs in its own runtime with its own copy, and records the sheet it checked.
    const ribbon = pane.reopen();
    ribbon.settings.set(LAST_SHEET_KEY, "Biểu 01");
    await new Promise<void>((resolve) => ribbon.settings.saveAsync(() => resolve()));

    const chosen = { ...DEFAULT_SETTINGS, lang: "en" as const };
    await saveSettings(pane.settings, chosen);

    const later = pane.reopen();
    expect(later.settings.get(LAST_SHEET_KEY)).toBe("Biểu 01");
    expect(loadSettings(later.settings)).toEqual(chosen);
  });
});
