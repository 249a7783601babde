/** Open an .xlsx file with ExcelJS, turning every way it can fail into one clear CliError. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { sniffFile } from "../app/sniff";
import { CliError } from "./errors";
import type { Lang } from "../engine/types";
import { t } from "../i18n";

function shortReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "?";
}

/**
 * The file's bytes, once it is known to be there and to look like an .xlsx. Any ZIP goes on
 * to ExcelJS, which tells a damaged or foreign package apart.
 */
async function readWorkbookBytes(file: string, lang: Lang): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(t(lang, "cli/file-not-found", { file }));
    throw new CliError(t(lang, "cli/unreadable", { file, detail: shortReason(err) }));
  }
  if (stat.isDirectory()) throw new CliError(t(lang, "cli/is-directory", { file }));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new CliError(t(lang, "cli/unreadable", { file, detail: shortReason(err) }));
  }
  switch (sniffFile(bytes)) {
    case "encrypted":
    case "legacyXls":
    case "otherOle":
      throw new CliError(t(lang, "cli/encrypted", { file }));
    case "empty":
    case "unknown":
      throw new CliError(t(lang, "cli/not-zip", { file }));
    default:
      return bytes;
  }
}

export async function loadWorkbook(file: string, lang: Lang): Promise<ExcelJS.Workbook> {
  const bytes = await readWorkbookBytes(file, lang);
  const wb = new ExcelJS.Workbook();
  try {
    // Typed as taking an ArrayBuffer; its own readFile hands it a Node Buffer like this one.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new CliError(t(lang, "cli/corrupt", { file, detail: shortReason(err) }));
  }
  // A zip that is not a workbook (no xl/workbook.xml) loads without complaint but empty.
  if (wb.worksheets.length === 0) throw new CliError(t(lang, "cli/not-workbook", { file }));
  return wb;
}
