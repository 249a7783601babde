/**
 * @jest-environment node
 *
 * A report's PDF read in the page's worker, through pdf.js (in a plain Node process: pdf.js is
 * an ES module this runner cannot load). The page gets the reader's paragraphs, or the
 * reader's refusal as plain data it can word.
 */
import { execFileSync } from "child_process";
import { join } from "path";
import type { WorkerResponse } from "../../src/standalone/protocol";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(__dirname, "support", "worker-read-report.ts");
const READER = join(ROOT, "tests", "adapters", "documents", "support", "read-files.ts");
const PDF = join(ROOT, "tests", "fixtures", "documents", "bao-cao-pdf-bach-thong-lech.pdf");
const SCANNED = join(ROOT, "tests", "adapters", "documents", "fixtures", "scanned.pdf");

function run<T>(script: string, files: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", script, ...files], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

describe("the page's worker reading a report's PDF", () => {
  let posted: WorkerResponse[][];
  beforeAll(() => {
    posted = run<WorkerResponse[][]>(SCRIPT, [PDF, SCANNED]);
  });

  it("answers with the paragraphs the command line reads", () => {
    const [read] = run<Array<{ content: { paragraphs: unknown[] } }>>(READER, [PDF]);
    expect(read.content.paragraphs.length).toBeGreaterThan(20);
    expect(posted[0]).toEqual([
      { id: 1, kind: "done", result: { type: "paragraphs", paragraphs: read.content.paragraphs } },
    ]);
  });

  it("answers a scanned PDF with the reader's refusal, for the page to word", () => {
    expect(posted[1]).toEqual([
      {
        id: 2,
        kind: "failed",
        code: "unreadableDocument",
        detail: "no-text-layer",
        document: { code: "no-text-layer", data: { pages: 2 } },
      },
    ]);
  });
});
