/** Open an .xlsx file with ExcelJS, turning every way it can fail into one clear CliError. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { CliError } from "./errors";
import type { Lang } from "../engine/types";
import { t } from "../i18n";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
/** OLE compound file: password-protected .xlsx (an encrypted package) or an old .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, "r");
  try {
    const head = new Uint8Array(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function shortReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "?";
}

/** Check the file is there and looks like an .xlsx before handing it to ExcelJS. */
export async function checkReadable(file: string, lang: Lang): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(t(lang, "cli/file-not-found", { file }));
    throw new CliError(t(lang, "cli/unreadable", { file, detail: shortReason(err) }));
  }
  if (stat.isDirectory()) throw new CliError(t(lang, "cli/is-directory", { file }));
  let head: Uint8Array;
  try {
    head = await readHead(file);
  } catch (err) {
    throw new CliError(t(lang, "cli/unreadable", { file, detail: shortReason(err) }));
  }
  if (startsWith(head, OLE_MAGIC)) throw new CliError(t(lang, "cli/encrypted", { file }));
  if (head.length < 4 || !startsWith(head, ZIP_MAGIC)) throw new CliError(t(lang, "cli/not-zip", { file }));
}

export async function loadWorkbook(file: string, lang: Lang): Promise<ExcelJS.Workbook> {
  await checkReadable(file, lang);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new CliError(t(lang, "cli/corrupt", { file, detail: shortReason(err) }));
  }
  // A zip that is not a workbook (no xl/workbook.xml) loads without complaint but empty.
  if (wb.worksheets.length === 0) throw new CliError(t(lang, "cli/not-workbook", { file }));
  return wb;
}
