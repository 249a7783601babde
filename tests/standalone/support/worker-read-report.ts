/**
 * Sends each file named on the command line to the page's worker session as a "readReport"
 * request and prints one JSON array: the messages the session posted for each. Run in a plain
 * Node process, where pdf.js (an ES module) loads as it does in the page's worker, without a
 * worker of its own.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import type { WorkerResponse } from "../../../src/standalone/protocol";
import { WorkbookSession } from "../../../src/standalone/worker-core";

async function main(): Promise<void> {
  const results: WorkerResponse[][] = [];
  for (const [k, path] of process.argv.slice(2).entries()) {
    const posted: WorkerResponse[] = [];
    const session = new WorkbookSession((message) => posted.push(message));
    const bytes = new Uint8Array(readFileSync(path)).buffer;
    await session.handle({ id: k + 1, type: "readReport", fileName: basename(path), bytes });
    results.push(posted);
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
