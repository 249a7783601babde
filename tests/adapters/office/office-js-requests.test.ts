/**
 * @jest-environment node
 *
 * The adapter's requests as the real Office.js builds them (tests/support/office-js-harness.ts):
 * every request under Excel on the web's 5 MB limit on every requirement-set path, at the
 * adapter's caps (20,000 flagged cells, 50,000 rows); a batch Excel refuses for its size is split
 * and sent again.
 */
import { applyFlagsToSheet } from "../../../src/adapters/office/flags";
import { BatchWriter } from "../../../src/adapters/office/payload";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import { readSheetGrid } from "../../../src/adapters/office/read";
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT } from "../../support/fake-excel";
import { officeJsAvailable } from "../../support/office-js-harness";
import {
  OFFICE_PATHS,
  SHEET,
  bigReport,
  bigWorkbook,
  measureFlagAndClear,
  measureRead,
  measureSummary,
} from "../../support/office-js-scenarios";

const ROWS = 50_000;
const CELLS = 20_000;

// Without the package (OFFICE_JS_DIR unset and not installed) there is nothing real to measure.
const describeOfficeJs = officeJsAvailable() ? describe : describe.skip;

describeOfficeJs("requests built by Office.js", () => {
  describe.each(OFFICE_PATHS)("on ExcelApi %s", (path) => {
    it(`reads ${ROWS} rows in requests under 5 MB`, async () => {
      const read = await measureRead(path, ROWS);
      expect(read.maxRequestBytes).toBeGreaterThan(0);
      expect(read.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    });

    it(`flags and clears ${CELLS} cells in requests under 5 MB, and the sheet comes back as it was`, async () => {
      const { flag, clear, restored, flagged } = await measureFlagAndClear(path, CELLS, ROWS);
      expect(flagged).toBe(CELLS);
      expect(flag.requests).toBeGreaterThan(1);
      expect(flag.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(clear.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(restored).toBe(true);
    });
  });

  it(`writes the summary and findings sheets of ${CELLS} findings in requests under 5 MB`, async () => {
    // The layout writes do not depend on the requirement set: one path is enough.
    const summary = await measureSummary("1.7", CELLS, 2_000);
    expect(summary.requests).toBeGreaterThan(1);
    expect(summary.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("splits a batch that Excel refuses for its size and sends the halves", async () => {
    const excel = bigWorkbook(20_000, "1.7");
    // A budget far over the limit: the first request is refused, its halves go through.
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const writer = new BatchWriter(context, 50_000_000);
      for (let row = 0; row < 12_000; row++) {
        await writer.add(1, () => {
          sheet.getRangeByIndexes(row + 4, 5, 1, 1).format.fill.color = "#FFC7CE";
        });
      }
      await writer.flush();
    });
    const sizes = excel.requests.map((r) => r.bytes);
    expect(sizes.some((b) => b > PAYLOAD_LIMIT)).toBe(true);
    expect(sizes[sizes.length - 1]).toBeLessThan(PAYLOAD_LIMIT);
    const sheet = excel.host.state.sheetByName(SHEET);
    expect(sheet?.cell(4, 5)?.fill?.color).toBe("#FFC7CE");
    expect(sheet?.cell(12_003, 5)?.fill?.color).toBe("#FFC7CE");
  });

  it("reads every merged area of a sheet with more than Excel answers at once (512)", async () => {
    const excel = bigWorkbook(8_000, "1.18");
    const merges = excel.host.state.sheetByName(SHEET)?.merges ?? [];
    expect(merges.length).toBeGreaterThan(MERGED_AREAS_LIMIT);
    const features = detectFeatures(excel.env());
    const grid = await excel.run((c) => readSheetGrid(c, features, SHEET));
    const key = (m: { top: number; left: number }) => m.top * 100 + m.left;
    const sorted = (list: ReadonlyArray<{ top: number; left: number }>) =>
      list.slice().sort((a, b) => key(a) - key(b));
    expect(sorted(grid.merges)).toEqual(sorted(merges));
  });

  it("adds comments around the user's notes in a few requests, not one per cell", async () => {
    const excel = bigWorkbook(3_000, "1.10");
    const sheet = excel.host.state.sheetByName(SHEET);
    // Notes the add-in cannot see before ExcelApi 1.18; a cell with a note refuses a comment.
    for (const address of ["F10", "F11", "F500", "F2000"]) {
      sheet?.notes.set(address, { content: "Ghi chú của người dùng", authorName: "Lan" });
    }
    const features = detectFeatures(excel.env());
    const result = await excel.run((c) =>
      applyFlagsToSheet(c, features, SHEET, bigReport(2_500, 3_000), "vi"),
    );
    expect(result.comments).toBe(2_500 - 4);
    expect(excel.requests.length).toBeLessThan(40);
    const commented = excel.host.state.comments.map((c) => c.address);
    expect(commented).not.toContain("F10");
    expect(commented).toContain("F12");
  });
});
