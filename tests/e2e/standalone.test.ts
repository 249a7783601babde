/**
 * The browser page end to end in Chromium: open a workbook, check it, select a finding,
 * download the annotated copy, switch language, and the messages for files it cannot read.
 * Expected numbers come from the engine run in this process on the same bytes.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { cellText, columnIndex, getCell } from "../../src/engine/grid";
import type { Finding, SheetReport } from "../../src/engine/types";
import type { FailureCode } from "../../src/standalone/protocol";
import { translator } from "../../src/taskpane/i18n";
import { foreignRequests, openBrowser, type Session } from "./support/browser";
import { render } from "../../src/i18n";
import { serveDirectory, type StaticServer } from "./support/server";
import {
  ARTIFACTS,
  chooseFile,
  findingButton,
  runCheck,
  screenshot,
  screenshotBoth,
  waitForPane,
} from "./support/steps";
import {
  NOTES_SHEET,
  TABLE_SHEET,
  cellValues,
  corruptWorkbook,
  engineReports,
  passwordProtectedLookalike,
  sampleWorkbook,
} from "./support/workbooks";

const DIST = path.resolve(__dirname, "../../dist");
const EXAMPLE = path.resolve(__dirname, "../../examples/bao-cao-mau.xlsx");
const vi = translator("vi");
const en = translator("en");

let server: StaticServer;
let session: Session;
let page: Page;
let workbook: Buffer;
let fileName: string;
let reports: SheetReport[];
let checked: SheetReport;
const blocked: string[] = [];
const pageErrors: string[] = [];

function tableReport(): SheetReport {
  const withTable = reports.find((r) => r.tables.length > 0);
  if (!withTable) throw new Error("the test workbook has no table the engine detects");
  return withTable;
}

function allFindings(report: SheetReport): Finding[] {
  return report.tables.flatMap((t) => t.findings);
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "standalone.html"))) {
    throw new Error("dist/standalone.html is missing: run npm run build (npm run test:e2e does it)");
  }
  // The example workbook when it is there, otherwise one written here.
  if (existsSync(EXAMPLE)) {
    workbook = readFileSync(EXAMPLE);
    fileName = path.basename(EXAMPLE);
  } else {
    workbook = await sampleWorkbook();
    fileName = "bao-cao-xa-an-phu.xlsx";
  }
  reports = await engineReports(workbook);
  checked = tableReport();

  server = await serveDirectory(DIST);
  session = await openBrowser({ width: 1280, height: 900 });
  page = session.page;
  // Anything not on the page's own server is refused and remembered.
  await session.context.route(
    (url) => url.origin !== server.origin,
    async (route) => {
      blocked.push(route.request().url());
      await route.abort();
    },
  );
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // The page's Content-Security-Policy must not have to block anything the page itself does.
  await session.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${server.origin}/standalone.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe("the browser page in Chromium", () => {
  it("opens in Vietnamese with a keyboard-reachable file picker", async () => {
    await expect(page.locator("h1").textContent()).resolves.toBe(vi("page/title"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    // Tab reaches the drop zone, and Enter on it opens the file picker.
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute("data-testid") === "drop-zone",
      );
    }
    expect(reached).toBe(true);
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid="file-input"]');
      input?.addEventListener("click", (event) => {
        event.preventDefault(); // no native dialog in the test
        document.body.dataset.pickerOpened = "yes";
      });
    });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.body.dataset.pickerOpened === "yes");
    await screenshotBoth(page, "01-start-vi");
  });

  it("loads the workbook, starts on the sheet with a table, and shows the engine's findings and counts", async () => {
    await chooseFile(page, fileName, workbook);
    await waitForPane(page);
    await expect(page.getByTestId("file-bar").textContent()).resolves.toContain(fileName);
    const sheetSelect = page.getByLabel(vi("place/sheet"));
    await expect(sheetSelect.inputValue()).resolves.toBe(checked.name);
    await screenshot(page, "02-loaded-vi-desktop");

    await runCheck(page);
    const sentence = page.getByTestId("summary-sentence");
    await sentence.waitFor({ timeout: 120_000 });
    const summary = checked.tables[0].summary;
    await expect(sentence.textContent()).resolves.toBe(render(summary.sentence, "vi"));

    const findings = allFindings(checked);
    expect(findings.length).toBeGreaterThan(0);
    const first = checked.tables[0].findings.length;
    await expect(
      page.getByRole("heading", { name: vi("pane/findings-heading", { count: first }), exact: true }).count(),
    ).resolves.toBe(1);

    // The counts table: one row per status, the computed count first.
    const computed = summary.computed.indicators;
    for (const key of ["total", "exceeded", "achieved", "missed"] as const) {
      const row = page.locator("tr", {
        has: page.getByRole("rowheader", { name: vi(`status/${key}`), exact: true }),
      });
      await expect(row.first().locator("td").first().textContent()).resolves.toContain(String(computed[key]));
    }
    await screenshotBoth(page, "03-checked-vi");
  });

  it("selecting a finding shows its cell highlighted in the row around it", async () => {
    const finding = checked.tables[0].findings[0];
    const button = findingButton(page, finding.cell);
    await button.click();
    const preview = page.getByTestId("cell-preview");
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain(
      vi("page/preview-title", { sheet: checked.name, address: finding.cell }),
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    const grid = worksheetToGrid(wb.getWorksheet(checked.name)!);
    const column = columnIndex(finding.cell.replace(/\d+$/, ""));
    const expected = cellText(getCell(grid, finding.row - 1, column));
    const selected = preview.locator('[data-selected="true"]');
    await expect(selected.count()).resolves.toBe(1);
    await expect(selected.textContent()).resolves.toBe(expected);
    await screenshotBoth(page, "04-finding-selected-vi", button);
  });

  it("downloads the annotated workbook: flags, the Tổng hợp sheet, every value unchanged", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: vi("pane/download"), exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\(đã kiểm tra\)\.xlsx$/);
    const saved = path.join(ARTIFACTS, "annotated.xlsx");
    await file.saveAs(saved);
    const bytes = readFileSync(saved);

    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(annotated.getWorksheet("Tổng hợp")).toBeDefined();

    // Every error or warning cell carries a solid fill.
    const flagged = allFindings(checked).filter((f) => f.severity !== "info");
    expect(flagged.length).toBeGreaterThan(0);
    const ws = annotated.getWorksheet(checked.name)!;
    for (const f of flagged) {
      const fill = ws.getCell(f.cell).master.fill as ExcelJS.FillPattern | undefined;
      expect({ cell: f.cell, pattern: fill?.pattern }).toEqual({ cell: f.cell, pattern: "solid" });
    }

    // Every value of the user's sheets is as it was.
    const before = await cellValues(workbook);
    const after = await cellValues(bytes);
    for (const [address, value] of before)
      expect({ address, value: after.get(address) }).toEqual({ address, value });
  });

  it("switches to English: the task pane and the page's own texts change", async () => {
    await page.getByRole("button", { name: vi("pane/settings-heading") }).click();
    await page.getByRole("radio", { name: en("language/en") }).check();
    await page.getByRole("heading", { name: en("pane/title"), exact: true }).waitFor();
    await expect(page.getByTestId("summary-sentence").textContent()).resolves.toBe(
      render(checked.tables[0].summary.sentence, "en"),
    );
    await expect(
      page
        .getByRole("heading", {
          name: en("pane/findings-heading", { count: checked.tables[0].findings.length }),
          exact: true,
        })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByTestId("file-bar").textContent()).resolves.toContain(
      en("page/file-label", { file: fileName, sheets: reports.length }),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("button", { name: en("pane/settings-heading") }).click();
    await screenshotBoth(page, "06-checked-en");
    const finding = checked.tables[0].findings[0];
    const button = findingButton(page, finding.cell);
    await button.click();
    await expect(page.getByTestId("cell-preview").textContent()).resolves.toContain(
      en("page/preview-title", { sheet: checked.name, address: finding.cell }),
    );
    await screenshotBoth(page, "07-finding-selected-en", button);
  });

  it("a sheet with no table gives a clear message, not a crash", async () => {
    // The written sample has a notes sheet without a table before the table sheet.
    const sample = await sampleWorkbook();
    await chooseFile(page, "mau-co-trang-ghi-chu.xlsx", sample);
    await waitForPane(page, "en");
    await expect(page.getByLabel(en("place/sheet")).inputValue()).resolves.toBe(TABLE_SHEET);
    await page.getByLabel(en("place/sheet")).selectOption(NOTES_SHEET);
    await runCheck(page, "en");
    await page.locator("strong", { hasText: en("pane/no-table") }).waitFor({ timeout: 60_000 });
    await screenshotBoth(page, "08-no-table-en");
  });

  it("a damaged, a password-protected and a non-Excel file each get their own message", async () => {
    // A non-Excel file is named by its format (here CSV), with how to save it as .xlsx.
    const cases: Array<{ name: string; bytes: Buffer; code: FailureCode; words: string }> = [
      {
        name: "hong.xlsx",
        bytes: await corruptWorkbook(),
        code: "corrupt",
        words: en("page/failure/corrupt"),
      },
      {
        name: "mat-khau.xlsx",
        bytes: passwordProtectedLookalike(),
        code: "encrypted",
        words: en("page/failure/encrypted"),
      },
      {
        name: "bang.csv",
        bytes: Buffer.from("TT;Chỉ tiêu\n1;Lúa\n"),
        code: "notExcel",
        words: en("page/unreadable/csv"),
      },
    ];
    for (const c of cases) {
      await chooseFile(page, c.name, c.bytes);
      const error = page.getByTestId("open-error");
      await error.waitFor({ timeout: 60_000 });
      await expect(error.textContent()).resolves.toContain(en("page/open-failed-title", { file: c.name }));
      await expect(error.textContent()).resolves.toContain(c.words);
      await screenshotBoth(page, `09-error-${c.code}-en`);
    }
    // The page still works: the good file opens again.
    await chooseFile(page, fileName, workbook);
    await waitForPane(page, "en");
  });

  it("sent no request beyond its own server, broke no security policy, raised no script error", async () => {
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(blocked).toEqual([]);
    expect(foreignRequests(session.requests, server.origin)).toEqual([]);
    expect(server.requested).toContain("/standalone.html");
    expect(server.missing).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
