/**
 * The page's settings live in the browser's localStorage (the add-in keeps them in the
 * workbook). Anything unreadable falls back to the defaults: a damaged entry or a browser
 * that refuses storage (private mode) must not stop the page.
 */
import { parseSettings, type Settings } from "../app/settings";

export const SETTINGS_KEY = "soat-chi-tieu.settings";

/** The part of the Web Storage API the store uses. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export class SettingsStore {
  constructor(private readonly storage: KeyValueStorage | null) {}

  load(): Settings {
    try {
      const raw = this.storage?.getItem(SETTINGS_KEY);
      return parseSettings(raw ? JSON.parse(raw) : null);
    } catch {
      return parseSettings(null);
    }
  }

  /** Returns false when the browser refused to store (the settings then last for this visit). */
  save(settings: Settings): boolean {
    try {
      this.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      return this.storage !== null;
    } catch {
      return false;
    }
  }
}

/** localStorage when the browser allows it; reading the property itself can throw. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
