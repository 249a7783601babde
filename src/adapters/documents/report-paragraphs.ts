/**
 * A report's paragraphs for the task pane and the browser page: pasted text, or a chosen .docx,
 * .pdf or .txt read by the same reader as the command line (so it is refused the same way).
 * pdf.js is loaded only when a PDF is chosen (`pdf/pdfjs.ts`), never with the pane itself.
 */
import type { NarrativeParagraph } from "../../engine/claims/types";
import { readDocument } from "./index";
import { plainTextParagraphs } from "./text/plain";
import { DocumentReadError } from "./types";

/** What the file picker offers; anything else is refused before its bytes are read. */
export const REPORT_EXTENSIONS = ["docx", "pdf", "txt"] as const;

/** Pasted text, read as a copy from Word or pdftotext gives it. */
export function paragraphsOfText(text: string): NarrativeParagraph[] {
  return plainTextParagraphs(text).paragraphs;
}

/** A chosen .docx, .pdf or .txt; anything else is refused with the reader's error. */
export async function paragraphsOfFile(name: string, bytes: Uint8Array): Promise<NarrativeParagraph[]> {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new DocumentReadError("unsupported", { format: extension });
  }
  return (await readDocument(bytes, name)).paragraphs;
}

export const reportReader = { fromText: paragraphsOfText, fromFile: paragraphsOfFile };
