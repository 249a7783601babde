/**
 * What the files named on the command line form: all files named form one submission; each
 * directory named is a submission of its own, of the files in it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../engine/types";
import { t } from "../i18n";

/** Extensions the reader takes as reports; anything else is opened as a workbook. */
const DOCUMENT_EXTENSIONS = new Set([".docx", ".doc", ".pdf", ".txt"]);
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

export function isDocumentFile(file: string): boolean {
  return DOCUMENT_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** A file a directory submission takes: not hidden, not an Office lock file, not our own output. */
function belongsInDirectory(name: string): boolean {
  if (name.startsWith(".") || name.startsWith("~$")) return false;
  if (/\.checked\.xlsx$/i.test(name)) return false;
  const ext = path.extname(name).toLowerCase();
  return DOCUMENT_EXTENSIONS.has(ext) || WORKBOOK_EXTENSIONS.has(ext);
}

export interface Submission {
  files: string[];
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false; // the loaders say why the file cannot be read
  }
}

async function directoryFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && belongsInDirectory(e.name))
    .map((e) => path.join(dir, e.name))
    .sort((a, b) => a.localeCompare(b));
}

/**
 * The submissions of the arguments, in the order given: the named files first (one
 * submission), then one per directory. An empty directory is a failure of its own.
 */
export async function submissionsOf(
  args: string[],
  lang: Lang,
): Promise<{ submissions: Submission[]; failures: string[] }> {
  const named: string[] = [];
  const submissions: Submission[] = [];
  const failures: string[] = [];
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      named.push(arg);
      continue;
    }
    const files = await directoryFiles(arg);
    if (files.length === 0) failures.push(t(lang, "cli/empty-directory", { file: arg }));
    else submissions.push({ files });
  }
  if (named.length > 0) submissions.unshift({ files: named });
  return { submissions, failures };
}

/** Workbooks among the files (what `--out` writes a copy of). */
export function workbookFiles(files: string[]): string[] {
  return files.filter((f) => !isDocumentFile(f));
}
