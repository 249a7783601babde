/** @jest-environment node */
import { paragraphsOfText } from "../../../src/adapters/documents/report-paragraphs";
import { OfficeWorkbookService } from "../../../src/adapters/office/service";
import { writeTargetTable } from "../../../src/adapters/office/target-table";
import { resolutionTargets, targetRowsIn } from "../../../src/app/target-table";
import { TARGET_TABLE_HEADER, TARGET_TABLE_WIDTHS } from "../../../src/app/target-table-layout";
import { checkSheet } from "../../../src/engine";
import { FakeExcel, FakeWorkbookState, PAYLOAD_LIMIT, type FakeSheet } from "../../support/fake-excel";
import { OfficeJsExcel, officeJsAvailable } from "../../support/office-js-harness";
import { RESOLUTION_SEEDS, resolutionText } from "../../support/resolutions";

function seedTargets(id: string) {
  return resolutionTargets(paragraphsOfText(resolutionText(id)));
}

function rowTexts(sheet: FakeSheet, row: number, width = TARGET_TABLE_HEADER.length): string[] {
  return Array.from({ length: width }, (_, c) => String(sheet.cell(row, c)?.value ?? ""));
}

describe("the target table written into Excel", () => {
  it.each(RESOLUTION_SEEDS)("writes seed %s into a new sheet that checks with no error", async (id) => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01").setValues([["Số liệu của tôi"]]);
    const excel = new FakeExcel(state);
    const service = new OfficeWorkbookService(excel.env(), checkSheet);
    const targets = seedTargets(id);
    expect(targets.length).toBeGreaterThan(0);

    const { sheet } = await service.writeTargetTable(targetRowsIn(targets, "vi"), "vi");
    expect(sheet).toBe("Biểu chỉ tiêu");
    expect(state.activeSheet().name).toBe(sheet);

    const report = await service.check(sheet, {});
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].indicators).toHaveLength(targets.length);
    expect(report.tables[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("never writes over a sheet of the user's: the name gets the next free number", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu chỉ tiêu").setValues([["Biểu của tôi", 12]]);
    state.addSheet("biểu chỉ tiêu (2)").setValues([["Bản nháp"]]);
    const before = [state.snapshot("Biểu chỉ tiêu"), state.snapshot("biểu chỉ tiêu (2)")];
    const excel = new FakeExcel(state);
    const rows = targetRowsIn(seedTargets("000"), "vi");

    const name = await excel.run((context) => writeTargetTable(context, rows, "vi"));
    expect(name).toBe("Biểu chỉ tiêu (3)");
    expect([state.snapshot("Biểu chỉ tiêu"), state.snapshot("biểu chỉ tiêu (2)")]).toEqual(before);
    // A second run adds another sheet rather than replacing the first one.
    const again = await excel.run((context) => writeTargetTable(context, rows, "vi"));
    expect(again).toBe("Biểu chỉ tiêu (4)");
    expect(state.sheets.map((s) => s.name)).toHaveLength(4);
  });

  it("writes the title, the bold header and groups, texts as text and the column widths", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Sheet1");
    const excel = new FakeExcel(state);
    const rows = targetRowsIn(seedTargets("000"), "en");

    const name = await excel.run((context) => writeTargetTable(context, rows, "en"));
    expect(name).toBe("Targets");
    const sheet = state.sheetByName(name)!;
    expect(sheet.cell(0, 0)?.value).toBe("TARGETS OF THE RESOLUTION, NEW TERM");
    expect(rowTexts(sheet, 2)).toEqual([...TARGET_TABLE_HEADER]);
    expect(sheet.cell(2, 1)?.font?.bold).toBe(true);
    rows.forEach((row, i) => {
      expect(rowTexts(sheet, 3 + i)).toEqual(row.cells);
      expect(sheet.cell(3 + i, 1)?.font?.bold === true).toBe(row.kind === "group");
      expect(sheet.cell(3 + i, 3)?.numberFormat).toBe("@");
    });
    expect(rows.some((r) => r.kind === "group")).toBe(true);
    expect([...sheet.columnWidths.keys()].sort()).toEqual(TARGET_TABLE_WIDTHS.map((_, i) => i));
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(sheet.columnWidths.get(0)!);
    expect(state.activeSheet().name).toBe(name);
    expect(sheet.selected).toBe("A1");
  });

  it("writes in several requests under a small payload budget, each under it", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Sheet1");
    const excel = new FakeExcel(state);
    const rows = targetRowsIn(seedTargets("002"), "vi");
    const budget = 20_000;

    const name = await excel.run((context) => writeTargetTable(context, rows, "vi", budget));
    const writes = excel.syncs.slice(1, -1);
    expect(writes.length).toBeGreaterThan(1);
    for (const sync of writes) expect(sync.requestBytes).toBeLessThan(budget * 1.5);
    const sheet = state.sheetByName(name)!;
    expect(rowTexts(sheet, 2 + rows.length)).toEqual(rows[rows.length - 1].cells);
  });
});

// Without the package (OFFICE_JS_DIR unset and not installed) there is nothing real to send.
const describeOfficeJs = officeJsAvailable() ? describe : describe.skip;

describeOfficeJs("the target table through Office.js's own requests", () => {
  it("writes seed 001, the longest, into a new sheet that reads back and checks with no error", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu chỉ tiêu").setValues([["Biểu của tôi"]]);
    const excel = new OfficeJsExcel(new FakeExcel(state));
    const service = new OfficeWorkbookService(excel.env(), checkSheet);
    const targets = seedTargets("001");

    const { sheet } = await service.writeTargetTable(targetRowsIn(targets, "vi"), "vi");
    expect(sheet).toBe("Biểu chỉ tiêu (2)");
    expect(excel.requests.length).toBeGreaterThan(0);
    expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    const report = await service.check(sheet, {});
    expect(report.tables[0].indicators).toHaveLength(targets.length);
    expect(report.tables[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(state.activeSheet().name).toBe(sheet);
  });
});
