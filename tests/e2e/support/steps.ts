/** Shared steps of the browser tests: open the page, give it a file, run the check, screenshot. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { t } from "../../../src/i18n";
import type { Lang, SheetReport } from "../../../src/engine/types";
import { render } from "../../../src/i18n";

export const ARTIFACTS = path.resolve(__dirname, "../../../artifacts/e2e");

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/**
 * The whole page at the current (desktop) size, and what a 320 px wide phone screen shows
 * at the current scroll position (a full 320 px page is too tall to read).
 */
export async function screenshotBoth(page: Page, name: string, reselect?: Locator): Promise<void> {
  const desktop = page.viewportSize();
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 320, height: 720 });
  // Select again at the narrow width, as a phone user would, so the view follows the selection.
  if (reselect) await reselect.click();
  await screenshot(page, `${name}-320px`, false);
  if (desktop) await page.setViewportSize(desktop);
}

/** Gives the page a file through its file picker, as a user choosing it would. */
/**
 * Chooses a file in the page's file input, as a user does: from a file on disk, so the
 * browser hands it over (a buffer would be decoded by a script on the page's main thread,
 * a long task of the test's own making).
 */
export async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  // The browser reads a chosen file when the page asks for its bytes: it stays until the tests end.
  const file = path.join(mkdtempSync(path.join(uploads(), "f-")), name);
  writeFileSync(file, buffer);
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
}

let uploadDir: string | null = null;
function uploads(): string {
  if (uploadDir) return uploadDir;
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-upload-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  uploadDir = dir;
  return dir;
}

/** Waits until the task pane has loaded the workbook (its Check button is there). */
export async function waitForPane(page: Page, lang: Lang = "vi"): Promise<void> {
  await page.getByRole("button", { name: t(lang, "pane/check"), exact: true }).waitFor({ timeout: 120_000 });
}

export async function runCheck(page: Page, lang: Lang = "vi"): Promise<void> {
  await page.getByRole("button", { name: t(lang, "pane/check"), exact: true }).click();
}

/** The finding's button in the task pane's list (its accessible name starts with the cell). */
export function findingButton(page: Page, cell: string): Locator {
  return page.getByRole("button", { name: new RegExp(`^${cell}\\b`) }).first();
}

/**
 * Gives the page the sample workbook, runs the check and waits for the summary; then the
 * sentence and the findings count shown must be the engine's own for that table.
 */
export async function checkAndExpectEngineSummary(
  page: Page,
  bytes: Buffer,
  report: SheetReport,
): Promise<void> {
  await chooseFile(page, "bao-cao.xlsx", bytes);
  await waitForPane(page);
  await runCheck(page);
  const sentence = page.getByTestId("summary-sentence");
  await sentence.waitFor({ timeout: 120_000 });
  await expect(sentence.textContent()).resolves.toBe(render(report.tables[0].summary.sentence, "vi"));
  await expect(
    page
      .getByRole("heading", {
        name: t("vi", "pane/findings-heading", { count: report.tables[0].findings.length }),
      })
      .count(),
  ).resolves.toBe(1);
}

/**
 * Starts recording the page's main-thread long tasks (over 50 ms, as Chromium reports them);
 * the returned function gives the durations recorded since, longest first.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks?: number[]; __longTaskObserver?: PerformanceObserver };
    w.__longTaskObserver?.disconnect();
    const tasks: number[] = [];
    w.__longTasks = tasks;
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    w.__longTaskObserver.observe({ type: "longtask" });
  });
  return () =>
    page.evaluate(() =>
      [...((window as unknown as { __longTasks?: number[] }).__longTasks ?? [])].sort((a, b) => b - a),
    );
}
