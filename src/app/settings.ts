/**
 * The user's settings, shared by every front end: the add-in keeps them in the workbook, the
 * browser page in localStorage, and both read them back through `parseSettings`, so a damaged
 * or foreign value is judged the same way wherever it was stored.
 */
import {
  COLUMN_ROLES,
  type CheckOptions,
  type ColumnRole,
  type ExplicitMapping,
  type Lang,
  type Polarity,
} from "../engine/types";

export interface Settings {
  lang: Lang;
  /** Extra tolerance for a reported %, in percentage points. */
  tolerance: number;
  disabledRules: string[];
  /** Per sheet: an explicit mapping replacing detection. */
  mappings: Record<string, ExplicitMapping>;
  /** Per sheet, per 1-based row: polarity overrides. */
  polarity: Record<string, Record<number, Polarity>>;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: "vi",
  tolerance: 0,
  disabledRules: [],
  mappings: {},
  polarity: {},
};

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

function isPolarity(value: unknown): value is Polarity {
  return value === "higher" || value === "lower";
}

function isTolerance(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A rule list keeps its strings; anything else in it is dropped. */
function parseRuleList(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : null;
}

/**
 * A mapping is taken whole or not at all: half of one would check the wrong columns. Whether
 * its rows and letters fit the sheet is the engine's to say (it explains what is wrong).
 */
function parseMapping(value: unknown): ExplicitMapping | null {
  if (!isRecord(value) || !isRecord(value.columns)) return null;
  const { headerRows, lastRow } = value;
  if (!Array.isArray(headerRows) || !headerRows.every(isFiniteNumber)) return null;
  if (lastRow !== undefined && !isFiniteNumber(lastRow)) return null;
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const [role, letters] of Object.entries(value.columns)) {
    if (!(COLUMN_ROLES as readonly string[]).includes(role)) continue;
    if (typeof letters !== "string") return null;
    columns[role as ColumnRole] = letters;
  }
  const mapping: ExplicitMapping = { headerRows: [...headerRows], columns };
  if (lastRow !== undefined) mapping.lastRow = lastRow;
  return mapping;
}

/** Row overrides of one sheet: 1-based row numbers to "higher" / "lower"; other entries dropped. */
function parseRowPolarity(value: unknown): Record<number, Polarity> | null {
  if (!isRecord(value)) return null;
  const rows: Array<[string, Polarity]> = [];
  for (const [row, polarity] of Object.entries(value)) {
    if (/^[1-9]\d*$/.test(row) && isPolarity(polarity)) rows.push([row, polarity]);
  }
  return Object.fromEntries(rows);
}

/**
 * Per-sheet entries that parse; the others are dropped. `Object.fromEntries` keeps a sheet
 * named "__proto__" an ordinary key.
 */
function parsePerSheet<T>(value: unknown, parse: (entry: unknown) => T | null): Record<string, T> | null {
  if (!isRecord(value)) return null;
  const entries: Array<[string, T]> = [];
  for (const [sheet, entry] of Object.entries(value)) {
    const parsed = parse(entry);
    if (parsed !== null) entries.push([sheet, parsed]);
  }
  return Object.fromEntries(entries);
}

/**
 * The settings a stored value stands for. Never throws: each field that is missing or of the
 * wrong shape falls back to its default, the others are kept.
 */
export function parseSettings(value: unknown): Settings {
  const saved: Json = isRecord(value) ? value : {};
  return {
    lang: isLang(saved.lang) ? saved.lang : DEFAULT_SETTINGS.lang,
    // + 0 turns -0 into 0, which is what JSON gives back for it.
    tolerance: isTolerance(saved.tolerance) ? saved.tolerance + 0 : DEFAULT_SETTINGS.tolerance,
    disabledRules: parseRuleList(saved.disabledRules) ?? [...DEFAULT_SETTINGS.disabledRules],
    mappings: parsePerSheet(saved.mappings, parseMapping) ?? {},
    polarity: parsePerSheet(saved.polarity, parseRowPolarity) ?? {},
  };
}

/**
 * The options a check of `sheet` runs with: the user's settings for it. The one place this is
 * computed, for the task pane, the ribbon commands and the browser page alike.
 */
export function checkOptionsFor(settings: Settings, sheet: string): CheckOptions {
  const options: CheckOptions = { disabledRules: settings.disabledRules, tolerance: settings.tolerance };
  // Own entries only: a sheet named "constructor" has no mapping.
  const mapping = hasOwn(settings.mappings, sheet) ? settings.mappings[sheet] : undefined;
  if (mapping) options.mapping = mapping;
  const polarity = hasOwn(settings.polarity, sheet) ? settings.polarity[sheet] : undefined;
  if (polarity && Object.keys(polarity).length > 0) options.polarityOverrides = polarity;
  return options;
}
