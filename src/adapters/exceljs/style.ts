/** Colours and small cell helpers shared by the annotated copy's sheets. Browser-safe. */
import type * as ExcelJS from "exceljs";
import type { Severity } from "../../engine/types";

/** Light red (errors) and light yellow (warnings), Excel's own "Bad" and "Neutral" shades. */
export const SEVERITY_FILL: Record<Severity, string | null> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  // Info findings (a number typed as text …) get a note but no fill: they are not faults.
  info: null,
};

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/**
 * Set a fill on one cell only. ExcelJS shares one style object between cells that had the
 * same style in the file, so the style is copied rather than changed in place.
 */
export function setCellFill(cell: ExcelJS.Cell, argb: string): void {
  cell.style = { ...cell.style, fill: solidFill(argb) };
}

/** Target of an internal hyperlink: 'Biểu 01'!F8 (ExcelJS writes it as a location). */
export function internalLink(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

/** A cell showing `text` that jumps to `address` on `sheetName`. */
export function linkValue(text: string, sheetName: string, address: string): ExcelJS.CellHyperlinkValue {
  return { text, hyperlink: internalLink(sheetName, address), tooltip: `${sheetName}!${address}` };
}

/** Worst severity first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
