import { parseSettings, type Settings } from "../../app/settings";
import type { DocumentSettingsLike } from "./env";

/** The document setting holding the add-in's Settings as JSON (shared by the pane and the ribbon). */
export const SETTINGS_KEY = "soatChiTieu.settings";

/** The stored value: JSON text as saved below, or an object some host hands back already parsed. */
function storedValue(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** The saved settings, field by field over the defaults (a missing or damaged value gives the defaults). */
export function loadSettings(store: DocumentSettingsLike): Settings {
  return parseSettings(storedValue(store.get(SETTINGS_KEY)));
}

/**
 * Stores the settings in the workbook (saved with it). `saveAsync` writes this runtime's whole
 * copy of the document settings, so what the other runtime saved since (the ribbon's last
 * checked sheet) is read first and kept.
 */
export async function saveSettings(store: DocumentSettingsLike, settings: Settings): Promise<void> {
  await refreshSettings(store);
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
