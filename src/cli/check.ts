/**
 * `chitieu check`: read each submission (workbooks and reports), check its tables and its
 * reports' narrative, print the report, write annotated copies.
 */
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { annotateWorkbook, isAddedSheet } from "../adapters/exceljs/annotate";
import { worksheetToGrid } from "../adapters/exceljs/read";
import { reconciliationFor } from "../app/claims-layout";
import {
  checkSubmission,
  submissionHasErrors,
  type CheckedFile,
  type SubmissionInput,
} from "../app/submission";
import type { CheckNarrative } from "../engine/claims/types";
import { checkSheet } from "../engine/index";
import { toContractJson } from "../engine/report/json";
import type { Lang, SheetReport } from "../engine/types";
import { render } from "../i18n";
import { CliError } from "./errors";
import { loadWorkbook } from "./load";
import { t } from "../i18n";
import { createProgress, LARGE_SHEET_ROWS, type Progress } from "./progress";
import { documentReportLines, sheetReportLines } from "./text-report";
import { loadDocument } from "./load-document";
import { isDocumentFile, submissionsOf, type Submission } from "./submissions";
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

/** A workbook read and checked, kept for its annotated copy. */
interface LoadedWorkbook {
  file: string;
  wb: ExcelJS.Workbook;
  sheets: SheetReport[];
  target: string | null;
}

interface Run {
  options: CheckCommandOptions;
  progress: Progress;
  failures: string[];
  written: string[];
  results: CheckedFile[];
}

async function readWorkbook(file: string, index: number, run: Run): Promise<LoadedWorkbook> {
  const { options, progress } = run;
  const target = await outputFor(file, options);
  if (await isLargeFile(file)) progress.largeSheet();
  progress.loading(index, file);
  const wb = await loadWorkbook(file, options.lang);
  progress.loaded(index, file);
  return { file, wb, target, sheets: checkWorkbook(wb, file, options, progress, index) };
}

async function readInput(
  file: string,
  index: number,
  run: Run,
  workbooks: LoadedWorkbook[],
): Promise<SubmissionInput | null> {
  try {
    if (isDocumentFile(file)) {
      run.progress.loading(index, file);
      const content = await loadDocument(file, run.options.lang);
      run.progress.loaded(index, file);
      return { kind: "document", file, paragraphs: content.paragraphs, tables: content.tables };
    }
    const loaded = await readWorkbook(file, index, run);
    workbooks.push(loaded);
    return { kind: "workbook", file, sheets: loaded.sheets };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    run.failures.push(err.message);
    return null;
  } finally {
    run.progress.fileDone(index);
  }
}

/** Read every file of one submission, check it as a whole, write the annotated copies. */
async function checkOneSubmission(
  submission: Submission,
  firstIndex: number,
  run: Run,
  checkNarrative: CheckNarrative,
): Promise<void> {
  const workbooks: LoadedWorkbook[] = [];
  const inputs: SubmissionInput[] = [];
  for (const [k, file] of submission.files.entries()) {
    const input = await readInput(file, firstIndex + k, run, workbooks);
    if (input) inputs.push(input);
  }
  const result = checkSubmission(inputs, checkNarrative, { disabledRules: run.options.disable });
  run.results.push(...result.files);
  const reports = result.files.flatMap((f) => (f.kind === "document" ? [f] : []));
  for (const loaded of workbooks) {
    if (loaded.target === null) continue;
    try {
      const reconciliation = reconciliationFor(loaded.file, reports, run.options.lang);
      annotateWorkbook(loaded.wb, loaded.sheets, run.options.lang, reconciliation);
      await writeWorkbookAtomically(loaded.wb, loaded.target, run.options.lang);
      run.written.push(loaded.target);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      run.failures.push(err.message);
    }
  }
}

function printText(run: Run, io: Io): void {
  const lang = run.options.lang;
  const counts = { error: 0, warning: 0, info: 0 };
  // One write per file: a large sheet can have a very long report.
  for (const r of run.results) {
    const out = sheetReportLines(r.file, r.sheets, lang, r.kind === "document");
    if (r.kind === "document") out.push(...documentReportLines(r.narrative, lang));
    io.out(`${out.join("\n")}\n`);
    for (const s of r.sheets)
      for (const table of s.tables) for (const f of table.findings) counts[f.severity]++;
    if (r.kind === "document") for (const f of r.narrative.findings) counts[f.severity]++;
  }
  const tail = run.written.map((w) => t(lang, "cli/written", { file: w }));
  if (run.results.length > 0)
    tail.push(
      t(lang, "cli/total", {
        files: run.results.length,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
      }),
    );
  if (tail.length > 0) io.out(tail.join("\n"));
}

function printJson(run: Run, io: Io): void {
  const files = run.results.map((r) => ({
    file: r.file,
    sheets: r.sheets,
    ...(r.kind === "document" ? { narrative: r.narrative } : {}),
  }));
  io.out(
    JSON.stringify(
      toContractJson(files, (m) => render(m, run.options.lang)),
      null,
      2,
    ),
  );
}

/**
 * Run the check over every submission; returns the exit code. The narrative checker is a
 * parameter so that every front end (and a test) passes the one it uses.
 */
export async function runCheck(
  args: string[],
  options: CheckCommandOptions,
  io: Io,
  checkNarrative: CheckNarrative,
): Promise<number> {
  const lang = options.lang;
  const { submissions, failures } = await submissionsOf(args, lang);
  const total = submissions.reduce((n, s) => n + s.files.length, 0);
  const progress = createProgress({
    files: total,
    force: options.progress,
    labels: { loading: t(lang, "cli/loading"), checking: t(lang, "cli/checking") },
  });
  const run: Run = { options, progress, failures, written: [], results: [] };
  try {
    let index = 0;
    for (const submission of submissions) {
      await checkOneSubmission(submission, index, run, checkNarrative);
      index += submission.files.length;
    }
  } finally {
    progress.stop();
  }

  if (options.format === "json") printJson(run, io);
  else printText(run, io);
  for (const f of failures) io.err(`chitieu: ${f}`);

  if (failures.length > 0) return EXIT_USAGE;
  return submissionHasErrors({ files: run.results, sheets: [] }) ? EXIT_FINDINGS : EXIT_OK;
}
