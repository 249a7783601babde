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
}

export interface FlagRecord {
  sheetId: string;
  sheetName: string;
  cells: FlaggedCell[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
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

function cellElement(c: FlaggedCell): string {
  return (
    `<cell${attr("address", c.address)}${attr("color", c.fill.color)}${attr("pattern", c.fill.pattern)}` +
    `${attr("patternColor", c.fill.patternColor)}${c.note ? ' note="1"' : ""}${c.comment ? ' comment="1"' : ""}/>`
  );
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
    cells.push({
      address: a.address,
      fill: { color: a.color ?? "#FFFFFF", pattern: a.pattern, patternColor: a.patternColor },
      note: a.note === "1" || undefined,
      comment: a.comment === "1" || undefined,
    });
  }
  return { sheetId: rootAttrs.sheetId ?? "", sheetName: rootAttrs.sheetName ?? "", cells };
}
