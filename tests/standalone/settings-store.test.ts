/** @jest-environment node */
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { SETTINGS_KEY, SettingsStore } from "../../src/standalone/settings-store";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe("SettingsStore", () => {
  it("returns the defaults (Vietnamese) when nothing is stored", () => {
    expect(new SettingsStore(new MemoryStorage()).load()).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps what was saved across store instances (a reload of the page)", () => {
    const storage = new MemoryStorage();
    const saved = {
      ...DEFAULT_SETTINGS,
      lang: "en" as const,
      tolerance: 0.5,
      disabledRules: ["percent"],
      mappings: { "Biểu 01": { headerRows: [4], columns: { name: "B" } } },
      polarity: { "Biểu 01": { 9: "lower" as const } },
    };
    expect(new SettingsStore(storage).save(saved)).toBe(true);
    expect(new SettingsStore(storage).load()).toEqual(saved);
  });

  it("falls back to the defaults on damaged JSON and drops fields of the wrong shape", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, "{not json");
    expect(new SettingsStore(storage).load()).toEqual(DEFAULT_SETTINGS);
    storage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ lang: "fr", tolerance: -1, disabledRules: ["a", 3], mappings: [] }),
    );
    expect(new SettingsStore(storage).load()).toEqual({ ...DEFAULT_SETTINGS, disabledRules: ["a"] });
  });

  it("survives a browser that refuses storage", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const store = new SettingsStore(refusing);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    expect(store.save({ ...DEFAULT_SETTINGS, lang: "en" })).toBe(false);
    expect(new SettingsStore(null).load().lang).toBe("vi");
  });
});
