/** Read a report (.docx, .pdf, .txt) from disk, turning every way it can fail into one clear CliError. */
import { promises as fs } from "fs";
import { isDocumentReadError, readDocument, type DocumentContent } from "../adapters/documents";
import { documentErrorLine } from "../adapters/documents/error-line";
import type { Lang } from "../engine/types";
import { t } from "../i18n";
import { CliError } from "./errors";

export async function loadDocument(file: string, lang: Lang): Promise<DocumentContent> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(t(lang, "cli/file-not-found", { file }));
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new CliError(t(lang, "cli/unreadable", { file, detail }));
  }
  try {
    return await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), file);
  } catch (err) {
    if (isDocumentReadError(err)) throw new CliError(documentErrorLine(err, file, lang));
    throw err;
  }
}
