/**
 * Reads each file named on the command line as the pane and the page read a chosen report
 * (`paragraphsOfFile`) and, beside it, with `readDocument` as the command line does; prints one
 * JSON array of `{ pane, cli }` results ({ paragraphs } or { error: { code, data, vi, en } }, the
 * error with the one line each language shows for it). Run in a plain Node process, where
 * pdf.js (an ES module) loads.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { isDocumentReadError, readDocument } from "../../../../src/adapters/documents";
import { documentErrorLine } from "../../../../src/adapters/documents/error-line";
import { paragraphsOfFile } from "../../../../src/adapters/documents/report-paragraphs";

async function outcome(read: () => Promise<unknown[]>, file: string): Promise<unknown> {
  try {
    return { paragraphs: await read() };
  } catch (e) {
    if (!isDocumentReadError(e)) throw e;
    const lines = { vi: documentErrorLine(e, file, "vi"), en: documentErrorLine(e, file, "en") };
    return { error: { code: e.code, data: e.data, ...lines } };
  }
}

async function main(): Promise<void> {
  const results: unknown[] = [];
  for (const path of process.argv.slice(2)) {
    const bytes = new Uint8Array(readFileSync(path));
    const file = basename(path);
    results.push({
      pane: await outcome(() => paragraphsOfFile(file, bytes), file),
      cli: await outcome(async () => (await readDocument(bytes, file)).paragraphs, file),
    });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
