/**
 * Reads each file named on the command line with `readDocument` and prints one JSON array of
 * results ({ content } or { error: { code, data } }). The PDF tests run it in a plain Node
 * process, where pdf.js (an ES module) loads the way it does for the command line.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { isDocumentReadError, readDocument } from "../../../../src/adapters/documents";

async function main(): Promise<void> {
  const results: unknown[] = [];
  for (const file of process.argv.slice(2)) {
    try {
      results.push({ content: await readDocument(new Uint8Array(readFileSync(file)), basename(file)) });
    } catch (e) {
      if (!isDocumentReadError(e)) throw e;
      results.push({ error: { code: e.code, data: e.data } });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
