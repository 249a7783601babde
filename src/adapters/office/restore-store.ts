/**
 * What "Xóa đánh dấu" needs to undo a check, kept inside the workbook as a custom XML part
 * (ExcelApi 1.5) so that it survives save, close and reopen: per flagged cell, its fill before
 * the flag, and whether the note or comment on it is ours.
 */

export const FLAGS_NAMESPACE = "urn:soat-chi-tieu:flags:1";

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

export function serializeRecord(record: FlagRecord): string {
  const cells = record.cells
    .map(
      (c) =>
        `<cell${attr("address", c.address)}${attr("color", c.fill.color)}${attr("pattern", c.fill.pattern)}` +
        `${attr("patternColor", c.fill.patternColor)}${c.note ? ' note="1"' : ""}${c.comment ? ' comment="1"' : ""}/>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<flags xmlns="${FLAGS_NAMESPACE}" version="1"${attr("sheetId", record.sheetId)}${attr("sheetName", record.sheetName)}>` +
    `${cells}</flags>`
  );
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
