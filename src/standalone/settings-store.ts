/**
 * The page's settings live in the browser's localStorage (the add-in keeps them in the
 * workbook). Anything unreadable falls back to the defaults: a damaged entry or a browser
 * that refuses storage (private mode) must not stop the page.
 */
import { DEFAULT_SETTINGS, type Settings } from "../taskpane/services";

export const SETTINGS_KEY = "soat-chi-tieu.settings";

/** The part of the Web Storage API the store uses. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keeps the known fields of a stored value that have the right shape; defaults for the rest. */
export function sanitizeSettings(value: unknown): Settings {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    disabledRules: [],
    mappings: {},
    polarity: {},
  };
  if (!isRecord(value)) return settings;
  if (value.lang === "vi" || value.lang === "en") settings.lang = value.lang;
  if (typeof value.tolerance === "number" && Number.isFinite(value.tolerance) && value.tolerance >= 0) {
    settings.tolerance = value.tolerance;
  }
  if (Array.isArray(value.disabledRules)) {
    settings.disabledRules = value.disabledRules.filter((r): r is string => typeof r === "string");
  }
  if (isRecord(value.mappings)) settings.mappings = value.mappings as Settings["mappings"];
  if (isRecord(value.polarity)) settings.polarity = value.polarity as Settings["polarity"];
  return settings;
}

export class SettingsStore {
  constructor(private readonly storage: KeyValueStorage | null) {}

  load(): Settings {
    try {
      const raw = this.storage?.getItem(SETTINGS_KEY);
      return sanitizeSettings(raw ? JSON.parse(raw) : null);
    } catch {
      return sanitizeSettings(null);
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
