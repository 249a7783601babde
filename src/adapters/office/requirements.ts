import type { LocalizedText } from "../../i18n/localized";
import { t } from "../../i18n";
import type { OfficeEnv } from "./env";

/**
 * Requirement sets. The manifest asks for ExcelApi 1.7 (Excel 2019 and later, Excel on the web,
 * Microsoft 365); everything newer is detected at run time and degrades gracefully.
 *
 * | feature                                  | set          |
 * |------------------------------------------|--------------|
 * | read values/text/formats, fills, charts  | ExcelApi 1.1 |
 * | row visibility (rowHidden)               | ExcelApi 1.2 |
 * | used range or null object                | ExcelApi 1.4 |
 * | custom XML parts (restore data)          | ExcelApi 1.5 |
 * | suspend calculation during large writes  | ExcelApi 1.6 |
 * | hyperlinks to cells, freeze panes        | ExcelApi 1.7 |
 * | fill pattern (No Fill ≠ white), bulk cell/row properties | ExcelApi 1.9 |
 * | threaded comments for explanations       | ExcelApi 1.10 |
 * | merged areas of the used range           | ExcelApi 1.13 |
 * | notes for explanations                   | ExcelApi 1.18 |
 */
export const MINIMUM_SET = { name: "ExcelApi", version: "1.7" } as const;

export interface Features {
  /** getCellProperties / setCellProperties / getRowProperties and fill.pattern (1.9). */
  cellProperties: boolean;
  /** Threaded comments (1.10). */
  comments: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** Notes (1.18). */
  notes: boolean;
}

export function detectFeatures(env: Pick<OfficeEnv, "isSetSupported">): Features {
  const has = (version: string) => env.isSetSupported("ExcelApi", version);
  return {
    cellProperties: has("1.9"),
    comments: has("1.10"),
    mergedAreas: has("1.13"),
    notes: has("1.18"),
  };
}

export class RequirementsError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.vi);
    this.name = "RequirementsError";
  }
}

/** A plain message when this Excel is too old, instead of failing half-way through a command. */
export function unsupportedMessage(env: Pick<OfficeEnv, "isSetSupported">): LocalizedText | null {
  if (env.isSetSupported(MINIMUM_SET.name, MINIMUM_SET.version)) return null;
  return { vi: t("vi", "ribbon/too-old"), en: t("en", "ribbon/too-old") };
}

export function ensureSupported(env: Pick<OfficeEnv, "isSetSupported">): void {
  const message = unsupportedMessage(env);
  if (message) throw new RequirementsError(message);
}
