import type { Finding, Lang, Severity, SheetReport } from "../../engine/types";
import { render } from "../../i18n";
import { localAddress } from "./address";
import { columnIndex } from "../../engine/grid";
import { t } from "../../i18n";
import {
  BYTES_CELL_PROPERTIES_READ,
  BYTES_CELL_PROPERTIES_WRITE,
  BYTES_COMMENT_ADD,
  BYTES_DELETE,
  BYTES_FILL_READ,
  BYTES_FILL_WRITE,
  BYTES_NOTE_ADD,
  BYTES_LOCATION_LOOKUP,
  BYTES_NOTE_LOOKUP,
  BatchWriter,
  SYNC_BUDGET_BYTES,
  isPayloadLimitError,
  jsonBytes,
  loadInBatches,
} from "./payload";
import type { Features } from "./requirements";
import {
  FLAGS_NAMESPACE,
  FLAG_KINDS,
  MAX_PART_BYTES,
  type FlagKind,
  type FlagRecord,
  type FlagSection,
  type FlaggedCell,
  type SavedFill,
  parseRecord,
  serializeRecordParts,
} from "./restore-store";
import type { ClaimFlag } from "../../app/claims-layout";

/** Fills of flagged cells, by the worst severity on the cell (Excel's own light red / yellow / blue). */
export const FLAG_FILLS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** First line of every note or comment we write: how "Xóa đánh dấu" tells ours from the user's. */
export const NOTE_MARKER = "[Soát chỉ tiêu]";

/** More flagged cells than this are listed in "Phát hiện" only (keeps the restore data small). */
export const MAX_FLAGGED_CELLS = 20_000;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface CellFlag {
  address: string;
  severity: Severity;
  text: string;
  /** Each kind's part of the note, kept in the restore record. */
  sections: Partial<Record<FlagKind, FlagSection>>;
}

function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

/** What a table check says on each cell: its worst severity, every finding's message as one text. */
export function tableSections(report: SheetReport, lang: Lang): Map<string, FlagSection> {
  const byCell = new Map<string, Finding[]>();
  for (const table of report.tables) {
    for (const finding of table.findings) {
      const address = localAddress(finding.cell);
      const list = byCell.get(address) ?? [];
      list.push(finding);
      byCell.set(address, list);
    }
  }
  const sections = new Map<string, FlagSection>();
  for (const [address, findings] of byCell) {
    const severity = findings.reduce<Severity>((w, f) => worse(w, f.severity), "info");
    const lines = findings.map((f) => `• ${t(lang, `severity/${f.severity}`)}: ${render(f.message, lang)}`);
    sections.set(address, { severity, text: lines.join("\n") });
  }
  return sections;
}

/** What a report's claims say on each cell of one sheet: the app layer's notes, one a line. */
export function claimSections(flags: readonly ClaimFlag[]): Map<string, FlagSection> {
  const sections = new Map<string, FlagSection>();
  for (const flag of flags) {
    const address = localAddress(flag.cell);
    const known = sections.get(address);
    sections.set(
      address,
      known
        ? { severity: worse(known.severity, flag.severity), text: `${known.text}\n${flag.note}` }
        : { severity: flag.severity, text: flag.note },
    );
  }
  return sections;
}

type SectionsByKind = Partial<Record<FlagKind, Map<string, FlagSection>>>;

/**
 * One flag per cell whatever flagged it: the worst severity of every kind, and one note holding
 * each kind's text (the table's first). Cells a claim flags come first, so the cap keeps them.
 */
export function composeFlags(byKind: SectionsByKind): CellFlag[] {
  const cells = new Map<string, Partial<Record<FlagKind, FlagSection>>>();
  for (const kind of ["claims", "table"] as const) {
    for (const [address, section] of byKind[kind] ?? []) {
      cells.set(address, { ...cells.get(address), [kind]: section });
    }
  }
  return [...cells.entries()].map(([address, sections]) => {
    const present = FLAG_KINDS.flatMap((kind) => sections[kind] ?? []);
    const severity = present.reduce<Severity>((w, s) => worse(w, s.severity), "info");
    return { address, severity, text: [NOTE_MARKER, ...present.map((s) => s.text)].join("\n"), sections };
  });
}

/** One flag per offending cell: its worst severity, and every finding's message as one text. */
export function flagsFromReport(report: SheetReport, lang: Lang): CellFlag[] {
  return composeFlags({ table: tableSections(report, lang) });
}

interface StoredRecord {
  part: Excel.CustomXmlPart;
  record: FlagRecord;
}

/** Our restore records for this sheet (two syncs: the parts, then their XML). */
async function loadRecords(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<{ sheetId: string; sheetName: string; stored: StoredRecord[] }> {
  sheet.load(["id", "name"]);
  const parts = context.workbook.customXmlParts.getByNamespace(FLAGS_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const stored: StoredRecord[] = [];
  if (parts.items.length > 0) {
    // Each part is up to MAX_PART_BYTES: a few per sync keeps every response under the limit.
    const xmls = await loadInBatches(
      context,
      parts.items,
      () => MAX_PART_BYTES,
      (part) => ({ part, xml: part.getXml() }),
    );
    for (const { part, xml } of xmls) {
      const record = parseRecord(xml.value);
      if (record && record.sheetId === sheet.id) stored.push({ part, record });
    }
  }
  return { sheetId: sheet.id, sheetName: sheet.name, stored };
}

function isNoFill(fill: SavedFill): boolean {
  if (fill.pattern !== undefined) return fill.pattern === "None";
  // Before ExcelApi 1.9 Excel reports No Fill as white: white is the only safe reading.
  return fill.color.toUpperCase() === "#FFFFFF";
}

function restoreFill(range: Excel.Range, fill: SavedFill, features: Features): void {
  if (isNoFill(fill)) {
    range.format.fill.clear();
  } else if (features.cellProperties && fill.pattern) {
    range.setCellProperties([
      [
        {
          format: {
            fill: {
              color: fill.color,
              pattern: fill.pattern as Excel.FillPattern,
              ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
            },
          },
        },
      ],
    ]);
  } else {
    range.format.fill.color = fill.color;
  }
}

/** Comments on the sheet that we wrote (content starts with the marker), with their cells. */
async function markedComments(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<Array<{ comment: Excel.Comment; address: string }>> {
  const comments = sheet.comments;
  comments.load("items/content");
  await context.sync();
  const ours = comments.items.filter((c) => c.content.startsWith(NOTE_MARKER));
  if (ours.length === 0) return [];
  const located = await loadInBatches(
    context,
    ours,
    () => BYTES_LOCATION_LOOKUP,
    (comment) => {
      const location = comment.getLocation();
      location.load("address");
      return { comment, location };
    },
  );
  return located.map(({ comment, location }) => ({ comment, address: localAddress(location.address) }));
}

/** Cells of the sheet holding a comment thread (a cell holds a note or a comment, not both). */
async function commentedCells(
  context: Excel.RequestContext,
  comments: Excel.CommentCollection | null,
): Promise<Set<string>> {
  const cells = new Set<string>();
  if (!comments || comments.items.length === 0) return cells;
  const locations = await loadInBatches(
    context,
    comments.items,
    () => BYTES_LOCATION_LOOKUP,
    (c) => {
      const location = c.getLocation();
      location.load("address");
      return location;
    },
  );
  for (const location of locations) cells.add(localAddress(location.address));
  return cells;
}

/**
 * The note (or null object) on each cell. Notes are asked for by the plain cell address ("F6"),
 * the form Microsoft documents for `notes.getItemOrNullObject`.
 */
function lookUpNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: Array<{ address: string }>,
): Promise<Excel.Note[]> {
  return loadInBatches(
    context,
    cells,
    () => BYTES_NOTE_LOOKUP,
    (c) => {
      const note = sheet.notes.getItemOrNullObject(c.address);
      note.load("content");
      return note;
    },
  );
}

/** What clearing did: the cells cleared, and those whose fill could not be written back exactly. */
export interface ClearResult {
  cleared: number;
  /** Gradient fills: setCellProperties cannot write one, so the cell gets its colour, solid. */
  notRestored: string[];
}

/** Gradients are reported by getCellProperties but cannot be set with it. */
function isGradient(fill: SavedFill): boolean {
  return /Gradient$/i.test(fill.pattern ?? "");
}

/**
 * Removes our flags from a sheet: fills back to what they were (No Fill stays No Fill), our notes
 * and comments deleted, the user's left alone. Works from the workbook's custom XML part only.
 * Returns the number of cells restored.
 */
export async function clearFlagsOnSheet(
  context: Excel.RequestContext,
  features: Features,
  sheet: Excel.Worksheet,
): Promise<number> {
  return (await clearFlagsWithResult(context, features, sheet)).cleared;
}

/** As `clearFlagsOnSheet`, and names the cells whose fill came back only approximately. */
export async function clearFlagsWithResult(
  context: Excel.RequestContext,
  features: Features,
  sheet: Excel.Worksheet,
): Promise<ClearResult> {
  const { stored } = await loadRecords(context, sheet);
  return clearStored(context, features, sheet, stored);
}

/** Undoes the given restore records of a sheet and deletes them. */
async function clearStored(
  context: Excel.RequestContext,
  features: Features,
  sheet: Excel.Worksheet,
  stored: StoredRecord[],
): Promise<ClearResult> {
  if (stored.length === 0) return { cleared: 0, notRestored: [] };
  // Latest record last in the workbook: undo newest first so the oldest saved fill wins.
  const cells = stored
    .slice()
    .reverse()
    .flatMap((s) => s.record.cells);

  const noteChecks = features.notes
    ? await lookUpNotes(
        context,
        sheet,
        cells.filter((c) => c.note),
      )
    : [];
  const commentCells = new Set(cells.filter((c) => c.comment).map((c) => c.address));
  const ourComments =
    features.comments && commentCells.size > 0
      ? (await markedComments(context, sheet)).filter((c) => commentCells.has(c.address))
      : [];

  const writer = new BatchWriter(context);
  const notRestored = new Set<string>();
  for (const cell of cells) {
    // A gradient cannot be written back: its colour, solid, and the cell named to the user.
    const fill = isGradient(cell.fill) ? { color: cell.fill.color, pattern: "Solid" } : cell.fill;
    if (fill !== cell.fill) notRestored.add(cell.address);
    await writer.add(jsonBytes(fill) + BYTES_FILL_WRITE + BYTES_CELL_PROPERTIES_WRITE, () =>
      restoreFill(sheet.getRange(cell.address), fill, features),
    );
  }
  for (const note of noteChecks) {
    if (!note.isNullObject && note.content.startsWith(NOTE_MARKER))
      await writer.add(BYTES_DELETE, () => note.delete());
  }
  for (const { comment } of ourComments) await writer.add(BYTES_DELETE, () => comment.delete());
  for (const { part } of stored) await writer.add(BYTES_DELETE, () => part.delete());
  await writer.flush();
  return { cleared: new Set(cells.map((c) => c.address)).size, notRestored: [...notRestored] };
}

/**
 * A cell's fill as getCellProperties reports it, read so that No Fill and white stay apart under
 * every answer Excel gives: some report No Fill as #FFFFFF with pattern null or "Solid"
 * (office-js #4900, #6218), and Microsoft's advice is tintAndShade, null for No Fill only.
 */
export function savedFill(fill: Excel.CellPropertiesFill): SavedFill {
  const reported = fill.pattern ?? null;
  const tintKnown = fill.tintAndShade !== undefined;
  const noFill = tintKnown ? fill.tintAndShade === null : reported === null || reported === "None";
  if (noFill) return { color: fill.color ?? "#FFFFFF", pattern: "None" };
  const pattern = reported && reported !== "None" ? reported : "Solid";
  // A pattern colour only shows with a pattern; Excel reports one (black) for every cell.
  const patterned = pattern !== "Solid";
  return { color: fill.color ?? "#FFFFFF", pattern, patternColor: patterned ? fill.patternColor : undefined };
}

async function currentFills(
  context: Excel.RequestContext,
  features: Features,
  sheet: Excel.Worksheet,
  flags: CellFlag[],
): Promise<() => SavedFill[]> {
  if (features.cellProperties) {
    const results = await loadInBatches(
      context,
      flags,
      () => BYTES_CELL_PROPERTIES_READ,
      (f) =>
        sheet.getRange(f.address).getCellProperties({
          format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
        }),
    );
    return () => results.map((r) => savedFill(r.value[0][0].format?.fill ?? {}));
  }
  const fills = await loadInBatches(
    context,
    flags,
    () => BYTES_FILL_READ,
    (f) => {
      const fill = sheet.getRange(f.address).format.fill;
      fill.load("color");
      return fill;
    },
  );
  return () => fills.map((fill) => ({ color: fill.color }));
}

function position(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/**
 * Colours the flagged cells. With ExcelApi 1.9, one `setCellProperties` 2-D array per block of
 * rows (cells without a flag get `{}`: unchanged); before it, one fill per cell.
 */
async function queueFlagFills(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  flags: CellFlag[],
  features: Features,
): Promise<void> {
  if (!features.cellProperties) {
    for (const flag of flags) {
      await writer.add(BYTES_FILL_WRITE, () => {
        sheet.getRange(flag.address).format.fill.color = FLAG_FILLS[flag.severity];
      });
    }
    return;
  }
  const placed = flags.map((flag) => ({ flag, ...position(flag.address) }));
  const left = Math.min(...placed.map((p) => p.column));
  const right = Math.max(...placed.map((p) => p.column));
  const byRow = new Map<number, Map<number, CellFlag>>();
  for (const p of placed) {
    const row = byRow.get(p.row) ?? new Map<number, CellFlag>();
    row.set(p.column, p.flag);
    byRow.set(p.row, row);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const width = right - left + 1;
  const maxRowsPerBlock = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / 4 / (width * 48)));
  let i = 0;
  while (i < rows.length) {
    // A block spans consecutive sheet rows from rows[i]; gaps inside it are rows of `{}`.
    const top = rows[i];
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] - top < maxRowsPerBlock) j++;
    const bottom = rows[j];
    const grid: Excel.SettableCellProperties[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: Excel.SettableCellProperties[] = [];
      for (let c = left; c <= right; c++) {
        const flag = byRow.get(r)?.get(c);
        line.push(flag ? { format: { fill: { color: FLAG_FILLS[flag.severity] } } } : {});
      }
      grid.push(line);
    }
    await writer.add(jsonBytes(grid) + BYTES_CELL_PROPERTIES_WRITE, () => {
      sheet.getRangeByIndexes(top, left, bottom - top + 1, width).setCellProperties(grid);
    });
    i = j + 1;
  }
}

export interface FlagResult {
  flagged: number;
  /** Cells whose explanation went into a note / a comment. */
  notes: number;
  comments: number;
}

/**
 * Colours every offending cell and attaches the explanation (a note on ExcelApi 1.18, else a
 * threaded comment on 1.10, else the colour alone with the list in "Phát hiện"). Flags of an
 * earlier check are removed first, so checking twice does not stack; a report's claim flags on
 * the sheet are kept. What the restore needs is written to the workbook before any cell changes.
 */
export async function applyFlagsToSheet(
  context: Excel.RequestContext,
  features: Features,
  sheetName: string,
  report: SheetReport,
  lang: Lang,
): Promise<FlagResult> {
  return applyKindToSheet(context, features, sheetName, "table", tableSections(report, lang));
}

/**
 * Flags the cells of a sheet that a report's claims contradict (`flags` are this sheet's), in
 * place of the claim flags of an earlier report; the table's flags are kept, and a cell both
 * flag keeps one restore entry and one note holding both messages.
 */
export async function applyClaimFlagsToSheet(
  context: Excel.RequestContext,
  features: Features,
  sheetName: string,
  flags: readonly ClaimFlag[],
): Promise<FlagResult> {
  return applyKindToSheet(context, features, sheetName, "claims", claimSections(flags));
}

/** The kinds a stored cell was flagged by; a record of an earlier version holds table flags. */
function kindsOf(cell: FlaggedCell): FlagKind[] {
  return cell.sections ? FLAG_KINDS.filter((kind) => cell.sections?.[kind]) : ["table"];
}

/** The sections of every other kind than `kind` that the stored records hold. */
function otherSections(stored: StoredRecord[], kind: FlagKind): SectionsByKind {
  const byKind: SectionsByKind = {};
  for (const cell of stored.flatMap((s) => s.record.cells)) {
    for (const other of FLAG_KINDS) {
      const section = cell.sections?.[other];
      if (other === kind || !section) continue;
      const map = byKind[other] ?? new Map<string, FlagSection>();
      if (!map.has(cell.address)) map.set(cell.address, section);
      byKind[other] = map;
    }
  }
  return byKind;
}

/**
 * Replaces one kind's flags on a sheet: every flag of ours is undone (fills back, notes gone,
 * records deleted), then the other kinds' flags, read back from the records, and this kind's
 * new ones are written as one flag per cell, with one record entry holding the user's fill.
 */
async function applyKindToSheet(
  context: Excel.RequestContext,
  features: Features,
  sheetName: string,
  kind: FlagKind,
  sections: Map<string, FlagSection>,
): Promise<FlagResult> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const { stored } = await loadRecords(context, sheet);
  const hadKind = stored.some((s) => s.record.cells.some((c) => kindsOf(c).includes(kind)));
  // Nothing of this kind before or now (a report that contradicts no cell here): nothing to redo.
  if (sections.size === 0 && !hadKind) return { flagged: 0, notes: 0, comments: 0 };
  const kept = otherSections(stored, kind);
  await clearStored(context, features, sheet, stored);
  const flags = composeFlags({ ...kept, [kind]: sections }).slice(0, MAX_FLAGGED_CELLS);
  if (flags.length === 0) return { flagged: 0, notes: 0, comments: 0 };

  const fills = await currentFills(context, features, sheet, flags);
  const existingNotes = features.notes ? await lookUpNotes(context, sheet, flags) : null;
  const sheetComments = features.comments ? sheet.comments : null;
  sheetComments?.load("items/id");
  await context.sync();
  // A cell holds one note or one comment thread: where the user has one, we add nothing.
  const userCommentCells = await commentedCells(context, sheetComments);

  const saved = fills();
  const cells: FlaggedCell[] = flags.map((flag, i) => {
    const free = !userCommentCells.has(flag.address);
    const note = !!existingNotes && free && existingNotes[i].isNullObject;
    const comment = !existingNotes && !!sheetComments && free;
    return {
      address: flag.address,
      fill: saved[i],
      note: note || undefined,
      comment: comment || undefined,
      sections: flag.sections,
    };
  });
  const record: FlagRecord = { sheetId: sheet.id, sheetName: sheet.name, cells };

  // The restore record goes first, then fills and notes.
  const writer = new BatchWriter(context);
  for (const xml of serializeRecordParts(record)) {
    await writer.add(jsonBytes(xml) + BYTES_NOTE_ADD, () => {
      context.workbook.customXmlParts.add(xml);
    });
  }
  await queueFlagFills(writer, sheet, flags, features);
  for (let i = 0; i < flags.length; i++) {
    if (!cells[i].note) continue;
    const flag = flags[i];
    await writer.add(jsonBytes(flag.text) + BYTES_NOTE_ADD, () =>
      sheet.notes.add(sheet.getRange(flag.address), flag.text),
    );
  }
  await writer.flush();

  const wanted = flags.filter((_, i) => cells[i].comment);
  const comments = wanted.length > 0 ? await addComments(context, sheet, wanted) : 0;
  return { flagged: flags.length, notes: cells.filter((c) => c.note).length, comments };
}

/**
 * Adds our comments in batches. Before ExcelApi 1.18 the user's notes cannot be seen, and a cell
 * with a note refuses a comment. Excel applies a batch up to its failing write, so after a
 * failure the first comment still missing is the refused one: it is skipped and the rest sent
 * again in batches (a few syncs per refused cell, never one per cell).
 */
async function addComments(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  flags: CellFlag[],
): Promise<number> {
  let remaining = flags;
  const refused = new Set<string>();
  while (remaining.length > 0) {
    try {
      const writer = new BatchWriter(context);
      for (const flag of remaining) {
        await writer.add(jsonBytes(flag.text) + BYTES_COMMENT_ADD, () =>
          sheet.comments.add(sheet.getRange(flag.address), flag.text),
        );
      }
      await writer.flush();
      remaining = [];
    } catch (error) {
      // The writer already split what was too big: a single write over the limit cannot go in.
      if (isPayloadLimitError(error)) throw error;
      const done = new Set((await markedComments(context, sheet)).map((c) => c.address));
      const left = remaining.filter((f) => !done.has(f.address));
      if (left.length > 0) refused.add(left[0].address);
      remaining = left.slice(1);
    }
  }
  return flags.length - refused.size;
}

/** Clears our flags on a sheet by name, saying which fills came back only approximately. */
export async function clearFlagsByNameWithResult(
  context: Excel.RequestContext,
  features: Features,
  sheetName?: string,
): Promise<ClearResult> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  return clearFlagsWithResult(context, features, sheet);
}

/** Clears our flags on a sheet by name. */
export async function clearFlagsByName(
  context: Excel.RequestContext,
  features: Features,
  sheetName?: string,
): Promise<number> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  return clearFlagsOnSheet(context, features, sheet);
}
