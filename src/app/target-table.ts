/**
 * The target table made from a resolution in the task pane and the browser page: the targets
 * read from the pasted or opened text, the counts the preview states, and the rows and sheet
 * layout written, the same rows and words `chitieu extract --out` writes.
 */
import { extractTargets, type ExtractedTarget, type ResolutionParagraph } from "../engine/resolution";
import type { Lang } from "../engine/types";
import { t } from "../i18n";
import type { SheetLayout } from "./sheet-layout";
import { cell } from "./sheet-layout";
import {
  TARGET_TABLE_HEADER,
  TARGET_TABLE_WIDTHS,
  targetTableRows,
  type TargetTableRow,
} from "./target-table-layout";

/** Where a front end puts the table: a new sheet of the open workbook, or a downloaded .xlsx. */
export interface TargetTableOutput {
  kind: "sheet" | "file";
  /** Writes the table; resolves to the new sheet's name or the downloaded file's name. */
  write(rows: readonly TargetTableRow[], lang: Lang): Promise<string>;
}

export interface TargetCounts {
  /** One a table row. */
  targets: number;
  /** Numbered items (a TT each; an item may hold several targets). */
  items: number;
  groups: number;
}

export function resolutionTargets(paragraphs: readonly ResolutionParagraph[]): ExtractedTarget[] {
  return extractTargets(paragraphs);
}

export function targetCounts(targets: readonly ExtractedTarget[]): TargetCounts {
  return {
    targets: targets.length,
    items: new Set(targets.map((x) => x.item)).size,
    groups: new Set(targets.map((x) => x.group).filter((g) => g !== "")).size,
  };
}

/** The table's rows, an action programme's lead and partners noted as the command line notes them. */
export function targetRowsIn(targets: readonly ExtractedTarget[], lang: Lang): TargetTableRow[] {
  return targetTableRows(targets, (target) =>
    target.lead
      ? t(lang, "cli/extract-assigned", { lead: target.lead, partners: target.partners ?? [] })
      : "",
  );
}

/** The sheet's name (before a free variant is picked) and its title, in `lang`. */
export function targetSheetWords(lang: Lang): { name: string; title: string } {
  return { name: t(lang, "cli/extract-sheet"), title: t(lang, "cli/extract-title") };
}

/**
 * The table as a sheet layout for the Office writer: the title, an empty row, the header in
 * bold, a group's row in bold, the widths of the ExcelJS writer. Every value is text, so
 * "01" or "≥ 7" stays as written.
 */
export function targetTableLayout(rows: readonly TargetTableRow[], name: string, title: string): SheetLayout {
  return {
    name,
    columnWidths: [...TARGET_TABLE_WIDTHS],
    rows: [
      [cell(title, "title")],
      [],
      TARGET_TABLE_HEADER.map((h) => cell(h, "label")),
      ...rows.map((row) => row.cells.map((text) => cell(text, row.kind === "group" ? "label" : "wrap"))),
    ],
    charts: [],
    frozenRows: 0,
  };
}
