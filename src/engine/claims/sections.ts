/**
 * Which table a paragraph speaks of: a section heading "2.1- Đối với xã A cũ (có biểu số 01
 * kèm theo)" names a table by its number or its commune, and holds until the next section or a
 * top-level heading ("II. …"). With a single table, every paragraph outside a section is its.
 */
import type { NarrativeParagraph, SubmissionSheet } from "./types";
import { foldInPlace } from "./folded";

export interface Section {
  number?: number;
  commune?: string;
}

const TABLE_NUMBER = /bieu\s?(?:so\s?)?0{0,2}(\d{1,3})(?!\d)/;
const COMMUNE = /doi voi xa ([a-z ]{2,40}?)(?: cu)?\s?(?=[(:,.]|$)/;
const TOP_HEADING = /^[IVX]{1,5}[.-]?$/;
// Headings after which a report sets next term's targets ("Phần thứ hai", "III. Mục tiêu",
// a resolution's "Quyết nghị"): figures there are targets, not results.
const TARGETS_PART = /^(?:phan thu (?:hai|ba)|muc tieu|phuong huong|quyet nghi)(?![a-z])/;

/**
 * The section a heading opens, "end" for a top-level heading, "targets" for the start of the
 * part on next term's targets, or null when the paragraph is no heading.
 */
export function sectionOf(paragraph: NarrativeParagraph): Section | null | "end" | "targets" {
  const folded = foldInPlace(paragraph.text);
  if (folded.length <= 120 && TARGETS_PART.test(folded.trim())) return "targets";
  const commune = COMMUNE.exec(folded);
  const number = /\(co bieu/.test(folded) || commune ? TABLE_NUMBER.exec(folded) : null;
  if (commune || number) {
    const section: Section = {};
    if (number) section.number = Number(number[1]);
    if (commune) section.commune = commune[1].trim();
    return section;
  }
  if ((paragraph.numbering && TOP_HEADING.test(paragraph.numbering.trim())) || paragraph.headingLevel === 1)
    return "end";
  return null;
}

function sheetText(sheet: SubmissionSheet): string {
  const titles = sheet.report.tables.map((t) => t.table.title ?? "").join(" ");
  return ` ${foldInPlace(`${sheet.sheet} ${sheet.caption ?? ""} ${titles}`).replace(/\s+/g, " ")} `;
}

function numberOf(text: string): number | null {
  const m = /(?:bieu|bang)\s?(?:so\s?)?0{0,2}(\d{1,3})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The sheets carrying a commune's name. */
export function sheetsOfCommune(commune: string, sheets: readonly SubmissionSheet[]): SubmissionSheet[] {
  return sheets.filter((s) => sheetText(s).includes(` ${commune} `) || sheetText(s).includes(` ${commune}`));
}

/** The one sheet a section names, or null. */
export function sheetOfSection(section: Section, sheets: readonly SubmissionSheet[]): SubmissionSheet | null {
  if (section.commune) {
    const byCommune = sheetsOfCommune(section.commune, sheets);
    if (byCommune.length === 1) return byCommune[0];
  }
  if (section.number !== undefined) {
    const byNumber = sheets.filter((s) => numberOf(sheetText(s)) === section.number);
    if (byNumber.length === 1) return byNumber[0];
  }
  return null;
}

/** The patterns above, for the audit that holds them to linear time. */
export const SECTION_PATTERNS: readonly RegExp[] = [TABLE_NUMBER, COMMUNE, TOP_HEADING, TARGETS_PART];
