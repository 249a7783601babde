/**
 * A report's paragraphs for the task pane and the browser page: pasted text, a .docx or a .txt.
 * PDFs are read by the command line only (pdf.js is not bundled into the pane).
 */
import type { NarrativeParagraph } from "../../engine/claims/types";
import { readDocx } from "./docx/read";
import { plainTextParagraphs, readPlainText } from "./text/plain";
import { DEFAULT_LIMITS, DocumentReadError } from "./types";

/** Pasted text, read as a copy from Word or pdftotext gives it. */
export function paragraphsOfText(text: string): NarrativeParagraph[] {
  return plainTextParagraphs(text).paragraphs;
}

/** A chosen .docx or .txt; anything else is refused with the reader's error. */
export async function paragraphsOfFile(name: string, bytes: Uint8Array): Promise<NarrativeParagraph[]> {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (extension === "docx") return (await readDocx(bytes, DEFAULT_LIMITS)).paragraphs;
  if (extension === "txt") return readPlainText(bytes).paragraphs;
  throw new DocumentReadError("unsupported", { format: extension });
}

export const reportReader = { fromText: paragraphsOfText, fromFile: paragraphsOfFile };
