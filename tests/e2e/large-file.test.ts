/**
 * A 50,000-row workbook in the browser page: progress is shown while the worker reads and
 * checks it, the page answers the keyboard and mouse meanwhile, and the result is the
 * engine's.
 */
import { existsSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { SheetReport } from "../../src/engine/types";
import { translator } from "../../src/taskpane/i18n";
import { foreignRequests, openBrowser, type Session } from "./support/browser";
import { render } from "../../src/i18n";
import { serveDirectory, type StaticServer } from "./support/server";
import { chooseFile, runCheck, screenshot, waitForPane, watchLongTasks } from "./support/steps";
import { TABLE_SHEET, engineReports, sampleWorkbook } from "./support/workbooks";

const DIST = path.resolve(__dirname, "../../dist");
const ROWS = 50_000;
/** The longest main-thread task allowed from choosing the file to the summary, and while paging. */
const LONG_TASK_LIMIT_MS = 200;
const vi = translator("vi");
const en = translator("en");

let server: StaticServer;
let session: Session;
let page: Page;
let workbook: Buffer;
let report: SheetReport;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "standalone.html"))) {
    throw new Error("dist/standalone.html is missing: run npm run build (npm run test:e2e does it)");
  }
  workbook = await sampleWorkbook({ extraRows: ROWS });
  const reports = await engineReports(workbook);
  const found = reports.find((r) => r.name === TABLE_SHEET);
  if (!found || found.tables.length === 0) throw new Error("the engine found no table in the large workbook");
  report = found;
  server = await serveDirectory(DIST);
  session = await openBrowser({ width: 1280, height: 900 });
  page = session.page;
  await page.goto(`${server.origin}/standalone.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** True while the page shows a progress bar. */
async function progressShown(page: Page): Promise<boolean> {
  return (await page.getByRole("progressbar").count()) > 0;
}

describe("a 50,000-row workbook", () => {
  let longTasks: () => Promise<number[]>;

  it("reads with progress shown while the page still answers the keyboard", async () => {
    longTasks = await watchLongTasks(page);
    await chooseFile(page, "bao-cao-50000-dong.xlsx", workbook);
    await page.getByRole("progressbar").first().waitFor({ timeout: 30_000 });
    await screenshot(page, "10-large-reading-vi-desktop", false);
    // While the worker reads, the language switch (keyboard) still answers.
    await page.getByRole("radio", { name: vi("language/en") }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("heading", { name: en("page/title"), exact: true }).waitFor({ timeout: 5_000 });
    expect(await progressShown(page)).toBe(true);
    await page.getByRole("radio", { name: en("language/vi") }).check();
    await waitForPane(page);
  });

  it("checks with progress shown, answers a click during the run, and shows the engine's counts", async () => {
    await runCheck(page);
    await page.getByRole("progressbar").first().waitFor({ timeout: 30_000 });
    // Open the settings while the check runs: the main thread is free to answer.
    const settings = page.getByRole("button", { name: vi("pane/settings-heading") });
    await settings.click();
    const during = await page.evaluate(() => ({
      expanded: Array.from(document.querySelectorAll("button[aria-expanded]")).some(
        (b) => b.getAttribute("aria-expanded") === "true",
      ),
      busy: !!document.querySelector('[role="progressbar"]'),
    }));
    expect(during).toEqual({ expanded: true, busy: true });
    await screenshot(page, "11-large-checking-vi-desktop", false);

    const sentence = page.getByTestId("summary-sentence");
    await sentence.waitFor({ timeout: 240_000 });
    expect(await progressShown(page)).toBe(false);
    await expect(sentence.textContent()).resolves.toBe(render(report.tables[0].summary.sentence, "vi"));
    const findings = report.tables[0].findings.length;
    expect(findings).toBeGreaterThan(ROWS / 20);
    await expect(
      page
        .getByRole("heading", { name: vi("pane/findings-heading", { count: findings }), exact: true })
        .count(),
    ).resolves.toBe(1);
    await screenshot(page, "12-large-checked-vi-desktop", false);
    expect(foreignRequests(session.requests, server.origin)).toEqual([]);
  });

  it("pages through the findings without freezing, and never ran a main-thread task over 200 ms", async () => {
    const more = page.getByRole("button", { name: /Hiện thêm/ }).first();
    for (let k = 0; k < 3 && (await more.count()) > 0; k++) await more.click();
    const tasks = await longTasks();
    console.log(`e2e long tasks rows=${ROWS} count=${tasks.length} max_ms=${Math.round(tasks[0] ?? 0)}`);
    expect(tasks.filter((ms) => ms > LONG_TASK_LIMIT_MS)).toEqual([]);
  });
});
