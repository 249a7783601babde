/** @jest-environment node */
import { OfficeWorkbookService } from "../../../src/adapters/office/service";
import { SETTINGS_KEY } from "../../../src/adapters/office/settings";
import { fillCandidates } from "../../../src/adapters/office/fill-empty";
import { checkSheet } from "../../../src/engine";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/app/settings";
import { FakeExcel, FakeWorkbookState } from "../../support/fake-excel";
import { localAddress } from "../../../src/adapters/office/address";
import { columnIndex } from "../../../src/engine/grid";

/** "F6" → zero-based row 5, column 5, as the fake's cells are indexed. */
function cellPosition(address: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(digits) - 1, column: columnIndex(letters) };
}

function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  state
    .addSheet("Biểu 01")
    .setValues([
      ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ, NHIỆM KỲ 2020-2025"],
      [],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"],
      ["I", "Nhóm chỉ tiêu về kinh tế"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
      [2, "Diện tích cây ăn quả", "ha", 700, 650, null, null],
      [3, "Tổng đàn lợn", "Con", 5000, 5000, 100, null],
      [4, "Tổng đàn trâu, bò", "Con", 1200, 1260, null, "Đạt"],
    ]);
  state.addSheet("Ghi chép").setValues([["Danh sách cán bộ"], ["Nguyễn Văn A", "Chủ tịch"]]);
  return state;
}

describe("OfficeWorkbookService", () => {
  it("lists the sheets, names the active one and checks a sheet with the engine", async () => {
    const excel = new FakeExcel(workbook());
    const service = new OfficeWorkbookService(excel.env(), checkSheet);
    expect(await service.listSheets()).toEqual(["Biểu 01", "Ghi chép"]);
    expect(await service.activeSheet()).toBe("Biểu 01");
    const progress: number[] = [];
    const report = await service.check("Biểu 01", { onProgress: (f) => progress.push(f) });
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].summary.computed.indicators.total).toBe(4);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it("does not offer hidden or very hidden sheets to check", async () => {
    const state = workbook();
    state.addSheet("Dữ liệu ẩn").visibility = "Hidden";
    state.addSheet("Tham số").visibility = "VeryHidden";
    const service = new OfficeWorkbookService(new FakeExcel(state).env(), checkSheet);
    expect(await service.listSheets()).toEqual(["Biểu 01", "Ghi chép"]);
  });

  it("gives the engine's plain reason for a sheet without a table", async () => {
    const service = new OfficeWorkbookService(new FakeExcel(workbook()).env(), checkSheet);
    const report = await service.check("Ghi chép", {});
    expect(report.tables).toEqual([]);
    expect(report.reason?.id).toMatch(/^detect\//);
  });

  it("selects a finding's cell on its sheet", async () => {
    const state = workbook();
    const service = new OfficeWorkbookService(new FakeExcel(state).env(), checkSheet);
    await service.selectCell("Ghi chép", "'Ghi chép'!$B$2");
    expect(state.activeSheet().name).toBe("Ghi chép");
    expect(state.sheetByName("Ghi chép")?.selected).toBe("B2");
  });

  it("stores settings in the document under one key and reads them back after reopening", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    const service = new OfficeWorkbookService(excel.env(), checkSheet);
    expect(await service.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const settings: Settings = {
      lang: "en",
      tolerance: 0.5,
      disabledRules: ["percent-consistency"],
      mappings: { "Biểu 01": { headerRows: [3], columns: { code: "A", name: "B", target: "D" } } },
      polarity: { "Biểu 01": { 6: "lower" } },
    };
    await service.saveSettings(settings);
    expect(Object.keys(state.savedSettings)).toEqual([SETTINGS_KEY]);
    const reopened = new OfficeWorkbookService(excel.reopen().env(), checkSheet);
    expect(await reopened.loadSettings()).toEqual(settings);
  });

  it("falls back to the defaults when the stored settings are damaged", async () => {
    const state = workbook();
    state.savedSettings[SETTINGS_KEY] = "{not json";
    const service = new OfficeWorkbookService(new FakeExcel(state).env(), checkSheet);
    expect(await service.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("fills only the empty % and Đánh giá cells, never a typed value", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    const service = new OfficeWorkbookService(excel.env(), checkSheet);
    const report = await service.check("Biểu 01", {});
    const planned = fillCandidates(report).map((c) => `${c.row},${c.column}=${c.value}`);
    expect(planned).toEqual(expect.arrayContaining(["5,5=92.9", "5,6=Không đạt", "6,6=Đạt", "7,5=105"]));
    // the user types a label in G6 after the check: it must survive
    state.sheetByName("Biểu 01")!.setValues([["Chưa đạt"]], 5, 6);
    const sheet = state.sheetByName("Biểu 01")!;
    const typed = ["4,5", "4,6", "6,5", "7,6"].map((k) => sheet.cells.get(k)?.value);
    const written = await service.fillEmptyCells("Biểu 01", report);
    expect(written).toBe(3);
    expect(sheet.cell(5, 6)?.value).toBe("Chưa đạt");
    expect(sheet.cell(5, 5)?.value).toBe(92.9);
    expect(sheet.cell(6, 6)?.value).toBe("Đạt");
    expect(sheet.cell(7, 5)?.value).toBe(105);
    expect(["4,5", "4,6", "6,5", "7,6"].map((k) => sheet.cells.get(k)?.value)).toEqual(typed);
  });

  it("clears its flags and names the cells whose gradient fill came back only as its colour", async () => {
    const state = workbook();
    const sheet = state.sheetByName("Biểu 01")!;
    sheet.ensure(6, 5).value = 90; // Tổng đàn lợn: 5000 of 5000 is 100 %, not 90: one more finding.
    const service = new OfficeWorkbookService(new FakeExcel(state, "1.18").env(), checkSheet);
    const report = await service.check("Biểu 01", {});
    const flagged = [...new Set(report.tables.flatMap((t) => t.findings.map((f) => localAddress(f.cell))))];
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    // One flagged cell wears a gradient before the flags go on; the others do not.
    const gradients = flagged.slice(0, 1);
    for (const address of gradients) {
      const { row, column } = cellPosition(address);
      sheet.ensure(row, column).fill = { color: "#5B9BD5", pattern: "LinearGradient" };
    }
    await service.applyFlags("Biểu 01", report, "vi");
    const result = await service.clearFlags("Biểu 01");
    expect(result).toEqual({ cleared: flagged.length, notRestored: gradients });
    const { row, column } = cellPosition(gradients[0]);
    expect(sheet.cell(row, column)?.fill).toMatchObject({ color: "#5B9BD5", pattern: "Solid" });
  });

  it("says plainly that Excel is too old instead of failing half-way", async () => {
    const service = new OfficeWorkbookService(new FakeExcel(workbook(), "1.6").env(), checkSheet);
    await expect(service.check("Biểu 01", {})).rejects.toThrow(/cần ExcelApi 1.7/);
  });
});
