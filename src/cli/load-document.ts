/** Read a report (.docx, .pdf, .txt) from disk, turning every way it can fail into one clear CliError. */
import { promises as fs } from "fs";
import {
  isDocumentReadError,
  readDocument,
  type DocumentContent,
  type DocumentReadError,
} from "../adapters/documents";
import type { Lang } from "../engine/types";
import { t } from "../i18n";
import { CliError } from "./errors";

/** The one line for a document the reader refused. */
export function documentErrorLine(err: DocumentReadError, file: string, lang: Lang): string {
  switch (err.code) {
    case "encrypted":
      return t(lang, "cli/document-encrypted", { file });
    case "legacy-doc":
      return t(lang, "cli/document-legacy-doc", { file });
    case "corrupt":
      return t(lang, "cli/document-corrupt", { file });
    case "too-large":
    case "too-many-entries":
    case "too-deep":
      return t(lang, "cli/document-too-large", { file });
    case "no-text-layer": {
      const { pages } = (err as DocumentReadError<"no-text-layer">).data;
      return t(lang, "cli/document-no-text-layer", { file, pages });
    }
    case "empty":
      return t(lang, "cli/document-empty", { file });
    case "not-utf8": {
      const { offset } = (err as DocumentReadError<"not-utf8">).data;
      return t(lang, "cli/document-not-utf8", { file, offset });
    }
    case "unsupported": {
      const { format } = (err as DocumentReadError<"unsupported">).data;
      return t(lang, "cli/document-unsupported", { file, format });
    }
  }
}

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
