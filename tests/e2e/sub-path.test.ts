/**
 * dist/ copied under a sub-folder of an ordinary static server still works: every URL the
 * page and its worker use is relative to the page.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { openBrowser, type Session } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/server";
import { checkAndExpectEngineSummary } from "./support/steps";
import { TABLE_SHEET, engineReports, sampleWorkbook } from "./support/workbooks";

const DIST = path.resolve(__dirname, "../../dist");
const SUB_PATH = "cong-cu/soat-chi-tieu";

let site: string;
let server: StaticServer;
let session: Session;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "standalone.html"))) {
    throw new Error("dist/standalone.html is missing: run npm run build (npm run test:e2e does it)");
  }
  site = mkdtempSync(path.join(os.tmpdir(), "chitieu-site-"));
  cpSync(DIST, path.join(site, SUB_PATH), { recursive: true });
  server = await serveDirectory(site);
  session = await openBrowser({ width: 1024, height: 800 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

it("reads and checks a workbook from /cong-cu/soat-chi-tieu/standalone.html", async () => {
  const bytes = await sampleWorkbook();
  const report = (await engineReports(bytes)).find((r) => r.name === TABLE_SHEET)!;
  const page = session.page;
  await page.goto(`${server.origin}/${SUB_PATH}/standalone.html`);
  await checkAndExpectEngineSummary(page, bytes, report);
  // Everything came from under the sub-folder, and nothing was missing.
  expect(server.requested.length).toBeGreaterThan(1);
  expect(server.missing).toEqual([]);
  for (const requested of server.requested) expect(requested.startsWith(`/${SUB_PATH}/`)).toBe(true);
});
