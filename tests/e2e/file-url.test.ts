/**
 * dist/standalone.html opened straight from disk (file://, a double click): the browser
 * refuses workers there, so the page does the work itself, and still checks the workbook.
 */
import { existsSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import { openBrowser, type Session } from "./support/browser";
import { checkAndExpectEngineSummary, screenshot } from "./support/steps";
import { TABLE_SHEET, engineReports, sampleWorkbook } from "./support/workbooks";

const PAGE = path.resolve(__dirname, "../../dist/standalone.html");

let session: Session;

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error("dist/standalone.html is missing: run npm run build");
  session = await openBrowser({ width: 1024, height: 800 });
});

afterAll(async () => {
  await session?.close();
});

it("checks a workbook on a page opened from disk", async () => {
  const bytes = await sampleWorkbook();
  const report = (await engineReports(bytes)).find((r) => r.name === TABLE_SHEET)!;
  const page = session.page;
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pathToFileURL(PAGE).href);
  await checkAndExpectEngineSummary(page, bytes, report);
  await screenshot(page, "13-file-url-vi-desktop", false);
  expect(errors).toEqual([]);
  expect(
    session.requests.every(
      (url) => url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:"),
    ),
  ).toBe(true);
});
