/**
 * What "Xóa đánh dấu" needs to undo a check, kept inside the workbook as a custom XML part
 * (ExcelApi 1.5) so that it survives save, close and reopen: per flagged cell, its fill before
 * the flag, and whether the note or comment on it is ours.
 */

import { utf8Length } from "./payload";

export const FLAGS_NAMESPACE = "urn:soat-chi-tieu:flags:1";

/**
 * Excel on the web reports custom XML parts over 1 MB as failing (office-js #2408, #394): a
 * record is written as parts under this size, each a record of some of the sheet's cells.
 */
export const MAX_PART_BYTES = 900_000;

/** Who flagged a cell: a table check, or a report's claims compared with the table. */
export type FlagKind = "table" | "claims";
export const FLAG_KINDS: readonly FlagKind[] = ["table", "claims"];

/**
 * What one kind of check says on a cell, kept so that flagging with the other kind can rebuild
 * the cell's one note (both messages) without the first check at hand.
 */
export interface FlagSection {
  severity: "error" | "warning" | "info";
  text: string;
}

/** A cell's fill before we coloured it. `pattern: "None"` is No Fill, distinct from white. */
export interface SavedFill {
  color: string;
  /** Absent when this Excel cannot tell (before ExcelApi 1.9). */
  pattern?: string;
  patternColor?: string;
}

export interface FlaggedCell {
  /** A1 address on the sheet, e.g. "F8". */
  address: string;
  fill: SavedFill;
  /** We added the note on this cell. */
  note?: boolean;
  /** We added a threaded comment on this cell (ours start with the product's marker). */
  comment?: boolean;
  /** What each kind of check flagged on the cell (absent in records of earlier versions). */
  sections?: Partial<Record<FlagKind, FlagSection>>;
}

export interface FlagRecord {
  sheetId: string;
  sheetName: string;
  cells: FlaggedCell[];
}

function escapeXml(text: string): string {
  // Line breaks as character references: an XML reader turns a literal one in an attribute into a space.
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z][\w:-]*)="([^"]*)"/g)) out[m[1]] = unescapeXml(m[2]);
  return out;
}

function attr(name: string, value: string | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeXml(value)}"`;
}

function sectionAttributes(sections: FlaggedCell["sections"]): string {
  return FLAG_KINDS.map((kind) => {
    const section = sections?.[kind];
    return section
      ? `${attr(`${kind}-severity`, section.severity)}${attr(`${kind}-text`, section.text)}`
      : "";
  }).join("");
}

function cellElement(c: FlaggedCell): string {
  return (
    `<cell${attr("address", c.address)}${attr("color", c.fill.color)}${attr("pattern", c.fill.pattern)}` +
    `${attr("patternColor", c.fill.patternColor)}${c.note ? ' note="1"' : ""}${c.comment ? ' comment="1"' : ""}` +
    `${sectionAttributes(c.sections)}/>`
  );
}

const SEVERITIES = new Set(["error", "warning", "info"]);

function parseSections(a: Record<string, string>): FlaggedCell["sections"] {
  const sections: Partial<Record<FlagKind, FlagSection>> = {};
  for (const kind of FLAG_KINDS) {
    const severity = a[`${kind}-severity`];
    const text = a[`${kind}-text`];
    if (severity && SEVERITIES.has(severity) && text !== undefined)
      sections[kind] = { severity: severity as FlagSection["severity"], text };
  }
  return Object.keys(sections).length > 0 ? sections : undefined;
}

function recordXml(record: Omit<FlagRecord, "cells">, cells: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<flags xmlns="${FLAGS_NAMESPACE}" version="1"${attr("sheetId", record.sheetId)}${attr("sheetName", record.sheetName)}>` +
    `${cells.join("")}</flags>`
  );
}

export function serializeRecord(record: FlagRecord): string {
  return recordXml(record, record.cells.map(cellElement));
}

/** The record as parts of at most `maxBytes` (UTF-8) each; together they hold every cell once. */
export function serializeRecordParts(record: FlagRecord, maxBytes = MAX_PART_BYTES): string[] {
  const frame = utf8Length(recordXml(record, []));
  const parts: string[] = [];
  let cells: string[] = [];
  let size = frame;
  for (const element of record.cells.map(cellElement)) {
    const bytes = utf8Length(element);
    if (cells.length > 0 && size + bytes > maxBytes) {
      parts.push(recordXml(record, cells));
      cells = [];
      size = frame;
    }
    cells.push(element);
    size += bytes;
  }
  if (cells.length > 0 || parts.length === 0) parts.push(recordXml(record, cells));
  return parts;
}

/** Reads a record written by `serializeRecord`; null for anything else. */
export function parseRecord(xml: string): FlagRecord | null {
  const root = /<flags\b([^>]*)>/.exec(xml);
  if (!root || !root[1].includes(FLAGS_NAMESPACE)) return null;
  const rootAttrs = attributes(root[1]);
  const cells: FlaggedCell[] = [];
  for (const m of xml.matchAll(/<cell\b([^>]*?)\/>/g)) {
    const a = attributes(m[1]);
    if (!a.address) continue;
    const sections = parseSections(a);
    cells.push({
      address: a.address,
      fill: { color: a.color ?? "#FFFFFF", pattern: a.pattern, patternColor: a.patternColor },
      note: a.note === "1" || undefined,
      comment: a.comment === "1" || undefined,
      ...(sections ? { sections } : {}),
    });
  }
  return { sheetId: rootAttrs.sheetId ?? "", sheetName: rootAttrs.sheetName ?? "", cells };
}
