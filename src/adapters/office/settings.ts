import { DEFAULT_SETTINGS, type Settings } from "../../taskpane/services";
import type { DocumentSettingsLike } from "./env";

/** The document setting holding the add-in's Settings as JSON (shared by the pane and the ribbon). */
export const SETTINGS_KEY = "soatChiTieu.settings";

function parse(raw: unknown): Partial<Settings> {
  if (typeof raw === "string") {
    try {
      return JSON.parse(raw) as Partial<Settings>;
    } catch {
      return {};
    }
  }
  return raw && typeof raw === "object" ? (raw as Partial<Settings>) : {};
}

/** The saved settings merged over the defaults (a missing or damaged value gives the defaults). */
export function loadSettings(store: DocumentSettingsLike): Settings {
  const saved = parse(store.get(SETTINGS_KEY));
  return {
    lang: saved.lang === "en" ? "en" : "vi",
    tolerance:
      typeof saved.tolerance === "number" && saved.tolerance >= 0
        ? saved.tolerance
        : DEFAULT_SETTINGS.tolerance,
    disabledRules: Array.isArray(saved.disabledRules)
      ? saved.disabledRules.filter((r) => typeof r === "string")
      : [],
    mappings: saved.mappings && typeof saved.mappings === "object" ? saved.mappings : {},
    polarity: saved.polarity && typeof saved.polarity === "object" ? saved.polarity : {},
  };
}

/** Stores the settings in the workbook (saved with it). */
export function saveSettings(store: DocumentSettingsLike, settings: Settings): Promise<void> {
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status).toLowerCase() === "failed") {
        reject(new Error(result.error?.message ?? "Không lưu được cài đặt / settings could not be saved"));
      } else resolve();
    });
  });
}

/** Picks up settings saved by another runtime (the pane) since this one started; best effort. */
export function refreshSettings(store: DocumentSettingsLike): Promise<void> {
  const refresh = store.refreshAsync?.bind(store);
  if (!refresh) return Promise.resolve();
  return new Promise((resolve) => refresh(() => resolve()));
}
