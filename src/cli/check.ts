/** `chitieu check`: read each file, check its sheets, print the report, write annotated copies. */
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { annotateWorkbook, isAddedSheet } from "../adapters/exceljs/annotate";
import { worksheetToGrid } from "../adapters/exceljs/read";
import { checkSheet } from "../engine/index";
import { toContractJson } from "../engine/report/json";
import type { Lang, SheetReport } from "../engine/types";
import { render } from "../i18n";
import { CliError } from "./errors";
import { loadWorkbook } from "./load";
import { t } from "../i18n";
import { createProgress, LARGE_SHEET_ROWS, type Progress } from "./progress";
import { sheetReportLines } from "./text-report";
import { outputNameIn, samePath, writeWorkbookAtomically } from "./write";

export interface CheckCommandOptions {
  format: "text" | "json";
  out?: string;
  outDir?: string;
  sheet?: string;
  lang: Lang;
  disable: string[];
  progress: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

function checkWorkbook(
  wb: ExcelJS.Workbook,
  file: string,
  options: CheckCommandOptions,
  progress: Progress,
  fileIndex: number,
): SheetReport[] {
  const sheets = wb.worksheets.filter((ws) => !isAddedSheet(ws));
  const chosen = options.sheet === undefined ? sheets : sheets.filter((ws) => ws.name === options.sheet);
  if (options.sheet !== undefined && chosen.length === 0) {
    throw new CliError(
      t(options.lang, "cli/no-such-sheet", {
        file,
        sheet: options.sheet,
        sheets: sheets.map((ws) => ws.name),
      }),
    );
  }
  if (chosen.some((ws) => ws.rowCount > LARGE_SHEET_ROWS)) progress.largeSheet();
  const reports: SheetReport[] = [];
  chosen.forEach((ws, i) => {
    const grid = worksheetToGrid(ws);
    const share = 1 / chosen.length;
    reports.push(
      checkSheet(grid, {
        disabledRules: options.disable,
        onProgress: (fraction) => progress.checking(fileIndex, (i + fraction) * share),
      }),
    );
    progress.checking(fileIndex, (i + 1) * share);
  });
  return reports;
}

/** Where the annotated copy of `file` goes, or null when none was asked for. */
async function outputFor(file: string, options: CheckCommandOptions): Promise<string | null> {
  const target = options.out ?? (options.outDir !== undefined ? outputNameIn(options.outDir, file) : null);
  if (target === null) return null;
  if (await samePath(target, file))
    throw new CliError(t(options.lang, "cli/same-as-input", { file: target }));
  return target;
}

/** Files this big hold a very large sheet: show the bar while ExcelJS reads them. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

async function isLargeFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).size > LARGE_FILE_BYTES;
  } catch {
    return false; // loadWorkbook reports why the file cannot be read
  }
}

function hasErrors(reports: SheetReport[]): boolean {
  return reports.some((r) => r.tables.some((table) => table.findings.some((f) => f.severity === "error")));
}

/** Run the check over every file; returns the exit code. */
export async function runCheck(files: string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const lang = options.lang;
  const progress = createProgress({
    files: files.length,
    force: options.progress,
    labels: { loading: t(lang, "cli/loading"), checking: t(lang, "cli/checking") },
  });
  const results: Array<{ file: string; sheets: SheetReport[] }> = [];
  const failures: string[] = [];
  const written: string[] = [];
  let findingErrors = false;

  try {
    for (const [i, file] of files.entries()) {
      try {
        const target = await outputFor(file, options);
        if (await isLargeFile(file)) progress.largeSheet();
        progress.loading(i, file);
        const wb = await loadWorkbook(file, lang);
        progress.loaded(i, file);
        const sheets = checkWorkbook(wb, file, options, progress, i);
        results.push({ file, sheets });
        if (hasErrors(sheets)) findingErrors = true;
        if (target !== null) {
          annotateWorkbook(wb, sheets, options.lang);
          await writeWorkbookAtomically(wb, target, lang);
          written.push(target);
        }
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        failures.push(err.message);
      } finally {
        progress.fileDone(i);
      }
    }
  } finally {
    progress.stop();
  }

  if (options.format === "json") {
    io.out(
      JSON.stringify(
        toContractJson(results, (m) => render(m, options.lang)),
        null,
        2,
      ),
    );
  } else {
    // One write per file: a large sheet can have a very long report.
    for (const r of results) io.out(`${sheetReportLines(r.file, r.sheets, options.lang).join("\n")}\n`);
    const tail = written.map((w) => t(lang, "cli/written", { file: w }));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const r of results) {
      for (const s of r.sheets)
        for (const table of s.tables) for (const f of table.findings) counts[f.severity]++;
    }
    if (results.length > 0)
      tail.push(
        t(lang, "cli/total", {
          files: results.length,
          errors: counts.error,
          warnings: counts.warning,
          infos: counts.info,
        }),
      );
    if (tail.length > 0) io.out(tail.join("\n"));
  }
  for (const f of failures) io.err(`chitieu: ${f}`);

  if (failures.length > 0) return EXIT_USAGE;
  return findingErrors ? EXIT_FINDINGS : EXIT_OK;
}
