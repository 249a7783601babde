/** Write the annotated copy atomically, never over the file it was read from. */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { CliError } from "./errors";
import type { Lang } from "../engine/types";
import { t } from "../i18n";

/** True when both paths name the same file (resolved, and by inode when the target exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** "dir/bao-cao.xlsx" + "out" → "out/bao-cao.checked.xlsx". */
export function outputNameIn(dir: string, input: string): string {
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  return path.join(dir, `${base}.checked.xlsx`);
}

/** Write to a temporary file beside the target, then rename it into place. */
export async function writeWorkbookAtomically(
  wb: ExcelJS.Workbook,
  target: string,
  lang: Lang,
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await wb.xlsx.writeFile(temp);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new CliError(t(lang, "cli/write-failed", { file: target, detail }));
  }
}
