/** The human-readable report: per sheet where the table is, the findings with cells, the summary sentence. */
import { columnLetter } from "../engine/grid";
import type { Finding, Lang, SheetReport, TableReport } from "../engine/types";
import { COLUMN_ROLES } from "../engine/types";
import { sortFindings } from "../adapters/exceljs/findings-sheet";
import { sheetLabels } from "../adapters/exceljs/labels";
import { render } from "../i18n";
import { cliMessages } from "./messages";

function rowsText(rows: number[]): string {
  return rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : String(rows[0]);
}

export function describeTableLocation(t: TableReport, lang: Lang): string {
  const m = cliMessages(lang);
  const L = sheetLabels(lang);
  const d = t.table;
  const cols = COLUMN_ROLES.filter((r) => d.columns[r] !== undefined)
    .map((r) => `${L.roles[r]} ${columnLetter(d.columns[r] as number)}`)
    .join(", ");
  const parts = [`${m.headerRows} ${rowsText(d.headerRows)}`, `${m.dataRows} ${d.firstRow}–${d.lastRow}`];
  parts.push(`${m.columns}: ${cols}`);
  if (d.targetOnly) parts.push(m.targetOnly);
  return parts.join("; ");
}

export function findingLine(f: Finding, lang: Lang): string {
  const L = sheetLabels(lang);
  return `[${L.severities[f.severity]}] ${f.cell} ${f.rule}: ${render(f.message, lang)}`;
}

/** Lines for one file's sheets. */
export function sheetReportLines(file: string, sheets: SheetReport[], lang: Lang): string[] {
  const m = cliMessages(lang);
  const lines = [`== ${m.file} ${file} ==`];
  for (const sheet of sheets) {
    if (sheet.tables.length === 0) {
      const why = sheet.reason ? `: ${render(sheet.reason, lang)}` : "";
      lines.push(`${m.sheet} “${sheet.name}”: ${m.noTable}${why}`);
      continue;
    }
    sheet.tables.forEach((t, i) => {
      lines.push(`${m.sheet} “${sheet.name}”, ${m.table(i + 1)}: ${describeTableLocation(t, lang)}`);
      if (t.findings.length === 0) lines.push(`  ${m.noFindings}`);
      for (const f of sortFindings(t.findings)) lines.push(`  ${findingLine(f, lang)}`);
      // A new-term table has nothing to assess yet: only its size is worth saying.
      if (t.table.targetOnly) lines.push(`  ${m.indicatorCount(t.summary.computed.indicators.total)}`);
      else lines.push(`  ${m.summary}: ${render(t.summary.sentence, lang)}`);
    });
  }
  return lines;
}
