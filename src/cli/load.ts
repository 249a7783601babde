/** Open an .xlsx file with ExcelJS, turning every way it can fail into one clear CliError. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { sniffFile } from "../app/sniff";
import { CliError } from "./errors";
import type { CliMessages } from "./messages";

function shortReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "?";
}

/**
 * The file's bytes, once it is known to be there and to look like an .xlsx. Any ZIP goes on
 * to ExcelJS, which tells a damaged or foreign package apart.
 */
async function readWorkbookBytes(file: string, m: CliMessages): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(m.fileNotFound(file));
    throw new CliError(m.unreadable(file, shortReason(err)));
  }
  if (stat.isDirectory()) throw new CliError(m.isDirectory(file));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new CliError(m.unreadable(file, shortReason(err)));
  }
  switch (sniffFile(bytes)) {
    case "encrypted":
    case "legacyXls":
    case "otherOle":
      throw new CliError(m.encrypted(file));
    case "empty":
    case "unknown":
      throw new CliError(m.notZip(file));
    default:
      return bytes;
  }
}

export async function loadWorkbook(file: string, m: CliMessages): Promise<ExcelJS.Workbook> {
  const bytes = await readWorkbookBytes(file, m);
  const wb = new ExcelJS.Workbook();
  try {
    // Typed as taking an ArrayBuffer; its own readFile hands it a Node Buffer like this one.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new CliError(m.corrupt(file, shortReason(err)));
  }
  // A zip that is not a workbook (no xl/workbook.xml) loads without complaint but empty.
  if (wb.worksheets.length === 0) throw new CliError(m.notWorkbook(file));
  return wb;
}
