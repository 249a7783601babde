/** Each bad document of the shared set is refused by the document reader with its own code. */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { isDocumentReadError, readDocument } from "../../src/adapters/documents";
import { writeBadDocuments, type BadDocument } from "./bad-documents";

const ROOT = join(__dirname, "..", "..");
const READER = join(ROOT, "tests", "adapters", "documents", "support", "read-files.ts");

async function codeOf(doc: BadDocument): Promise<string> {
  try {
    await readDocument(doc.bytes, doc.name);
  } catch (e) {
    if (isDocumentReadError(e)) return e.code;
    throw e;
  }
  return "read";
}

describe("the bad documents", () => {
  let dir: string;
  let docs: Array<BadDocument & { path: string }>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "chitieu-bad-"));
    docs = await writeBadDocuments(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are each refused with the code they are built for", async () => {
    const inProcess = docs.filter((d) => !d.pdf);
    expect(inProcess.length).toBeGreaterThanOrEqual(6);
    for (const doc of inProcess) expect([doc.name, await codeOf(doc)]).toEqual([doc.name, doc.code]);
  });

  it("include a PDF without a text layer, refused by pdf.js in Node", () => {
    const pdfs = docs.filter((d) => d.pdf);
    const out = execFileSync(process.execPath, ["--import", "tsx", READER, ...pdfs.map((d) => d.path)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const results = JSON.parse(out) as Array<{ error?: { code: string; data: unknown } }>;
    expect(results.map((r) => r.error?.code)).toEqual(pdfs.map((d) => d.code));
    expect(results[0].error?.data).toEqual({ pages: 2 });
  });
});
