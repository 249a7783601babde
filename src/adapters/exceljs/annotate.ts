/**
 * The annotated copy: flagged cells filled and given a note, plus a summary sheet and a
 * findings sheet. Nothing else in the workbook is touched. Browser-safe (runs in the browser
 * page's Web Worker too): it only calls methods of the workbook it is given.
 */
import type * as ExcelJS from "exceljs";
import type { ClaimFlag, Reconciliation } from "../../app/claims-layout";
import { findingsLayout } from "../../app/findings-layout";
import { freeSheetName, isOwnSheet } from "../../app/own-sheets";
import type { SheetLayout } from "../../app/sheet-layout";
import { summaryLayout } from "../../app/summary-layout";
import type { Finding, Lang, SheetReport } from "../../engine/types";
import { render, t } from "../../i18n";
import { renderLayout } from "./layout";
import { SEVERITY_FILL, SEVERITY_RANK, setCellFill } from "./style";

/** True for a "Tổng hợp" / "Phát hiện" sheet written by an earlier check (not a user's own sheet). */
export function isAddedSheet(ws: ExcelJS.Worksheet): boolean {
  return isOwnSheet(ws.name, ws.getRow(1).getCell(1).value);
}

/** Add `layout` as a new sheet, under a free name when a user's sheet has the layout's. */
function addLayoutSheet(wb: ExcelJS.Workbook, layout: SheetLayout): void {
  const name = freeSheetName(
    wb.worksheets.map((ws) => ws.name),
    layout.name,
  );
  renderLayout(wb.addWorksheet(name), layout);
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
  return findings
    .slice()
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((f) => `[${t(lang, `severity/${f.severity}`)} · ${f.rule}] ${render(f.message, lang)}`)
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

/** Fill and note the cells the reports' claims contradict (notes appended, as for findings). */
function markClaimFlags(wb: ExcelJS.Workbook, flags: readonly ClaimFlag[]): void {
  // Least severe first: the fill set last, and kept, is that of the worst flag.
  const ordered = [...flags].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const flag of ordered) {
    const ws = wb.getWorksheet(flag.sheet);
    if (!ws) continue;
    const cell = ws.getCell(flag.cell).master;
    const fill = SEVERITY_FILL[flag.severity];
    if (fill) setCellFill(cell, fill);
    const existing = noteText(cell.note);
    cell.note = existing ? `${existing}\n\n${flag.note}` : flag.note;
  }
}

/**
 * Annotate `wb` in place from the reports of its sheets (matched by sheet name): fill and
 * note every flagged cell (errors red, warnings yellow, info a note only), then add the
 * summary and findings sheets, replacing those of an earlier check. `reconciliation` adds
 * what the submission's reports say about the workbook: flagged cells and a summary section.
 */
export function annotateWorkbook(
  wb: ExcelJS.Workbook,
  reports: SheetReport[],
  lang: Lang,
  reconciliation?: Reconciliation,
): void {
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
  const summary = summaryLayout(checked, lang);
  if (reconciliation) {
    markClaimFlags(wb, reconciliation.flags);
    summary.rows.push(...reconciliation.summaryRows);
  }
  addLayoutSheet(wb, summary);
  addLayoutSheet(wb, findingsLayout(checked, lang));
}
