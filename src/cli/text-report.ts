/** The human-readable report: per sheet where the table is, the findings with cells, the summary sentence. */
import { targetsCompared } from "../app/claims-layout";
import { sortFindings } from "../app/findings-layout";
import { describeTable } from "../app/summary-layout";
import type { NarrativeFinding, NarrativeReport } from "../engine/claims/types";
import type { Finding, Lang, SheetReport } from "../engine/types";
import { render, t } from "../i18n";

export function findingLine(f: Finding, lang: Lang): string {
  return `[${t(lang, `severity/${f.severity}`)}] ${f.cell} ${f.rule}: ${render(f.message, lang)}`;
}

/** Lines for one file's sheets (or a report's Word tables, with `wordTables`). */
export function sheetReportLines(
  file: string,
  sheets: SheetReport[],
  lang: Lang,
  wordTables = false,
): string[] {
  const lines = [t(lang, "cli/file-heading", { file })];
  for (const sheet of sheets) {
    if (sheet.tables.length === 0) {
      const why = sheet.reason ? `: ${render(sheet.reason, lang)}` : "";
      const id = wordTables ? "cli/word-table-no-table" : "cli/sheet-no-table";
      lines.push(`${t(lang, id, { sheet: sheet.name })}${why}`);
      continue;
    }
    sheet.tables.forEach((table, i) => {
      const where = describeTable(table, lang);
      lines.push(
        wordTables
          ? t(lang, "cli/word-table", { sheet: sheet.name, where })
          : t(lang, "cli/sheet-table", { sheet: sheet.name, index: i + 1, where }),
      );
      if (table.findings.length === 0) lines.push(`  ${t(lang, "findings/none")}`);
      for (const f of sortFindings(table.findings)) lines.push(`  ${findingLine(f, lang)}`);
      // A new-term table has nothing to assess yet: only its size is worth saying.
      if (table.table.targetOnly) {
        lines.push(`  ${t(lang, "cli/indicator-count", { count: table.summary.computed.indicators.total })}`);
      } else
        lines.push(`  ${t(lang, "cli/summary-line", { sentence: render(table.summary.sentence, lang) })}`);
    });
  }
  return lines;
}

function narrativeFindingLine(f: NarrativeFinding, lang: Lang): string {
  return t(lang, "cli/report-finding", {
    severity: t(lang, `severity/${f.severity}`),
    paragraph: f.paragraph,
    rule: f.rule,
    message: render(f.message, lang),
  });
}

/** Lines for a report's narrative check: what was read, then each finding with its clause. */
export function documentReportLines(report: NarrativeReport, lang: Lang): string[] {
  const lines = [t(lang, "cli/report-line", { paragraphs: report.paragraphs, claims: report.claims.length })];
  if (report.targets.length > 0) lines.push(t(lang, "cli/report-targets", targetsCompared(report)));
  if (report.findings.length === 0) lines.push(`  ${t(lang, "findings/none")}`);
  const ordered = [...report.findings].sort((a, b) => a.paragraph - b.paragraph);
  for (const f of ordered) lines.push(`  ${narrativeFindingLine(f, lang)}`);
  return lines;
}
