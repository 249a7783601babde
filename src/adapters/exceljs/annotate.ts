/**
 * The annotated copy: flagged cells filled and given a note, plus a summary sheet and a
 * findings sheet. Nothing else in the workbook is touched. Browser-safe (runs in the browser
 * page's Web Worker too): it only calls methods of the workbook it is given.
 */
import type * as ExcelJS from "exceljs";
import type { Finding, Lang, SheetReport } from "../../engine/types";
import { render } from "../../i18n";
import { writeFindingsSheet } from "./findings-sheet";
import { ADDED_SHEET_NAMES, sheetLabels } from "./labels";
import { SEVERITY_FILL, SEVERITY_RANK, setCellFill } from "./style";
import { writeSummarySheet } from "./summary-sheet";

/** The first cell of every sheet this module adds starts with this. */
const ADDED_SHEET_MARK = "SOÁT CHỈ TIÊU —";
const MAX_SHEET_NAME = 31;

/** True for a "Tổng hợp" / "Phát hiện" sheet written by an earlier check (not a user's own sheet). */
export function isAddedSheet(ws: ExcelJS.Worksheet): boolean {
  if (!ADDED_SHEET_NAMES.includes(ws.name)) return false;
  const first = ws.getRow(1).getCell(1).value;
  return typeof first === "string" && first.startsWith(ADDED_SHEET_MARK);
}

/** `base`, or `base (2)`, `base (3)` … when a user's sheet already has that name. */
function freeSheetName(wb: ExcelJS.Workbook, base: string): string {
  if (!wb.getWorksheet(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`.slice(0, MAX_SHEET_NAME);
    if (!wb.getWorksheet(name)) return name;
  }
}

function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && Array.isArray((note as { texts?: unknown }).texts)) {
    return ((note as { texts: Array<{ text?: string }> }).texts ?? []).map((t) => t.text ?? "").join("");
  }
  return "";
}

/** The note for one cell: every finding on it, worst first, each with its rule id. */
export function findingNote(findings: Finding[], lang: Lang): string {
  const L = sheetLabels(lang);
  return findings
    .slice()
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((f) => `[${L.severities[f.severity]} · ${f.rule}] ${render(f.message, lang)}`)
    .join("\n");
}

function markFindings(ws: ExcelJS.Worksheet, findings: Finding[], lang: Lang): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCell.get(f.cell);
    if (list) list.push(f);
    else byCell.set(f.cell, [f]);
  }
  for (const [address, list] of byCell) {
    // A merged area shows its top-left cell's fill and note.
    const cell = ws.getCell(address).master;
    const worst = list.reduce(
      (w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w),
      list[0].severity,
    );
    const fill = SEVERITY_FILL[worst];
    if (fill) setCellFill(cell, fill);
    const ours = findingNote(list, lang);
    const existing = noteText(cell.note);
    cell.note = existing ? `${existing}\n\n${ours}` : ours;
  }
}

/**
 * Annotate `wb` in place from the reports of its sheets (matched by sheet name): fill and
 * note every flagged cell (errors red, warnings yellow, info a note only), then add the
 * summary and findings sheets, replacing those of an earlier check.
 */
export function annotateWorkbook(wb: ExcelJS.Workbook, reports: SheetReport[], lang: Lang): void {
  for (const ws of wb.worksheets.slice()) {
    if (isAddedSheet(ws)) wb.removeWorksheet(ws.id);
  }
  const checked = reports.filter((r) => wb.getWorksheet(r.name) !== undefined);
  for (const report of checked) {
    const ws = wb.getWorksheet(report.name);
    if (!ws) continue;
    markFindings(
      ws,
      report.tables.flatMap((t) => t.findings),
      lang,
    );
  }
  const L = sheetLabels(lang);
  writeSummarySheet(wb.addWorksheet(freeSheetName(wb, L.summarySheet)), checked, lang);
  writeFindingsSheet(wb.addWorksheet(freeSheetName(wb, L.findingsSheet)), checked, lang);
}
