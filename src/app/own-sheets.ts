/**
 * Which sheets are ours. A sheet the check wrote has one of our names ("Tổng hợp", "Phát hiện",
 * "Summary", "Findings", or one of these followed by " (2)", " (3)" …) and its A1 starts with
 * the mark below; anything else is the user's and is never replaced, deleted or written into.
 * The mark is a cell's text, so the ExcelJS writer, the Office writer and the reader of a
 * checked copy all see it, whatever wrote the file.
 */
import type { Lang } from "../engine/types";
import { t } from "../i18n";

export const OWN_SHEET_MARK = "SOÁT CHỈ TIÊU —";
const MAX_SHEET_NAME = 31;
const LANGS: Lang[] = ["vi", "en"];

/** The names our sheets start from, in every language. */
export function ownSheetBases(): string[] {
  return LANGS.flatMap((lang) => [t(lang, "summary-sheet/name"), t(lang, "findings-sheet/name")]);
}

/** Excel compares sheet names without case. */
function same(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export function isOwnSheetName(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "");
  return ownSheetBases().some((b) => same(b, name) || same(b, base));
}

/** A1 of the summary sheet earlier versions of the add-in wrote, before the sheets were marked. */
const UNMARKED_TITLES = ["TỔNG HỢP KẾT QUẢ SOÁT BẢNG CHỈ TIÊU", "TARGET TABLE CHECK SUMMARY"];

/** True for a sheet the check wrote, given its name and the value of its A1. */
export function isOwnSheet(name: string, firstCell: unknown): boolean {
  if (!isOwnSheetName(name) || typeof firstCell !== "string") return false;
  return firstCell.startsWith(OWN_SHEET_MARK) || UNMARKED_TITLES.includes(firstCell);
}

/** `base`, or `base (2)`, `base (3)` … when a sheet (the user's, say) already has that name. */
export function freeSheetName(taken: readonly string[], base: string): string {
  const used = (name: string) => taken.some((t) => same(t, name));
  if (!used(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`.slice(0, MAX_SHEET_NAME);
    if (!used(name)) return name;
  }
}

/** A1 of one of our sheets: the mark, then the sheet's title. */
export function markedTitle(title: string): string {
  return `${OWN_SHEET_MARK} ${title}`;
}
