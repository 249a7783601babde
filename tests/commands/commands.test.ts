/** @jest-environment node */
import { createCommands, LAST_SHEET_KEY } from "../../src/commands/actions";
import { FLAG_FILLS } from "../../src/adapters/office/flags";
import { OfficeWorkbookService } from "../../src/adapters/office/service";
import { SETTINGS_KEY } from "../../src/adapters/office/settings";
import { checkSheet } from "../../src/engine";
import { FakeExcel, FakeWorkbookState, type FakeSheet } from "../support/fake-excel";

function event() {
  return { completed: jest.fn() };
}

/** The domain guide's example table, with a wrong % (88,2 for 650/700) and a wrong label. */
function tableSheet(state: FakeWorkbookState): FakeSheet {
  return state
    .addSheet("Biểu 01")
    .setValues([
      ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ, NHIỆM KỲ 2020-2025"],
      [],
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"],
      ["I", "Nhóm chỉ tiêu về kinh tế"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
      [2, "Diện tích cây ăn quả", "ha", 700, 650, 88.2, "Đạt"],
      [3, "Tổng đàn lợn", "Con", 5000, 5000, 100, "Đạt"],
    ]);
}

const SUMMARY_SHEET = "Tổng hợp";

function statusText(state: FakeWorkbookState, sheet = SUMMARY_SHEET): string {
  return String(state.sheetByName(sheet)?.cell(2, 0)?.value ?? "");
}

describe("ribbon function commands", () => {
  it("Kiểm tra bảng flags the wrong cells and completes", async () => {
    const state = new FakeWorkbookState();
    const sheet = tableSheet(state);
    const excel = new FakeExcel(state);
    const e = event();
    await createCommands(excel.env(), checkSheet).checkActiveSheet(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    // F6 holds 88,2 where 650/700 gives 92,86: flagged as an error, explained in a note
    expect(sheet.cell(5, 5)?.fill?.color).toBe(FLAG_FILLS.error);
    expect(sheet.notes.get("F6")?.content).toMatch(/88,2/);
    const flagged = [...sheet.cells.values()].filter((c) => c.fill);
    expect(sheet.notes.size).toBe(flagged.length);
    expect(excel.settings.get(LAST_SHEET_KEY)).toBe("Biểu 01");
  });

  it("Kiểm tra bảng on a sheet without a table says so plainly and completes", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Ghi chép").setValues([["Danh sách cán bộ"], ["Nguyễn Văn A", "Chủ tịch"]]);
    const excel = new FakeExcel(state);
    const e = event();
    await createCommands(excel.env(), checkSheet).checkActiveSheet(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(statusText(state)).toMatch(
      /^Không thực hiện được lệnh "Kiểm tra bảng": Không tìm thấy bảng chỉ tiêu trên trang "Ghi chép"/,
    );
    expect(state.activeSheet().name).toBe(SUMMARY_SHEET);
  });

  it("Tạo bảng tổng hợp writes the summary sheet and completes; again from Tổng hợp it uses the last sheet", async () => {
    const state = new FakeWorkbookState();
    tableSheet(state);
    const excel = new FakeExcel(state);
    const commands = createCommands(excel.env(), checkSheet);
    const first = event();
    await commands.writeSummarySheet(first);
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(state.activeSheet().name).toBe(SUMMARY_SHEET);
    expect(state.sheetByName(SUMMARY_SHEET)?.cell(3, 0)?.value).toBe("Trang tính: Biểu 01");
    const second = event();
    await commands.writeSummarySheet(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(state.sheets.map((s) => s.name)).toEqual(["Biểu 01", SUMMARY_SHEET, "Phát hiện"]);
    expect(state.sheetByName(SUMMARY_SHEET)?.charts).toHaveLength(1);
  });

  it("Xóa đánh dấu restores the sheet and completes", async () => {
    const state = new FakeWorkbookState();
    tableSheet(state);
    const before = state.snapshot("Biểu 01");
    const excel = new FakeExcel(state);
    const commands = createCommands(excel.env(), checkSheet);
    await commands.checkActiveSheet(event());
    const e = event();
    await commands.clearFlags(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });

  it("reads the language and the disabled rules from the document settings shared with the pane", async () => {
    const state = new FakeWorkbookState();
    tableSheet(state);
    state.savedSettings[SETTINGS_KEY] = JSON.stringify({
      lang: "en",
      tolerance: 0,
      disabledRules: [],
      mappings: {},
      polarity: {},
    });
    const excel = new FakeExcel(state);
    await createCommands(excel.env(), checkSheet).writeSummarySheet(event());
    expect(state.sheetByName("Summary")?.cell(0, 0)?.value).toBe("SOÁT CHỈ TIÊU — SUMMARY OF TARGET RESULTS");
  });

  it("sees settings the task pane saved after the commands' runtime started", async () => {
    const state = new FakeWorkbookState();
    tableSheet(state);
    const ribbon = new FakeExcel(state);
    const commands = createCommands(ribbon.env(), checkSheet);
    // the pane runs in its own runtime with its own copy of the document settings
    const pane = new OfficeWorkbookService(new FakeExcel(state).env(), checkSheet);
    await pane.saveSettings({ ...(await pane.loadSettings()), lang: "en" });
    await commands.writeSummarySheet(event());
    expect(state.sheetByName("Summary")?.cell(0, 0)?.value).toBe("SOÁT CHỈ TIÊU — SUMMARY OF TARGET RESULTS");
  });

  it.each(["checkActiveSheet", "writeSummarySheet", "clearFlags"] as const)(
    "%s completes and reports the failure when Excel fails",
    async (name) => {
      const state = new FakeWorkbookState();
      tableSheet(state);
      const excel = new FakeExcel(state);
      const env = excel.env();
      let calls = 0;
      const failing = {
        ...env,
        // the first Excel.run fails (as a lost connection would); the message still gets written
        run: <T>(work: (context: Excel.RequestContext) => Promise<T>) =>
          calls++ === 0 ? Promise.reject(new Error("Mất kết nối với Excel")) : env.run(work),
      };
      const e = event();
      await createCommands(failing, checkSheet)[name](e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(statusText(state)).toContain("Mất kết nối với Excel");
    },
  );

  it.each(["checkActiveSheet", "writeSummarySheet", "clearFlags"] as const)(
    "%s completes even when nothing can be written (the error goes to the log)",
    async (name) => {
      const excel = new FakeExcel(new FakeWorkbookState());
      const broken = { ...excel.env(), run: () => Promise.reject(new Error("Excel không phản hồi")) };
      const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const e = event();
      await createCommands(broken, checkSheet)[name](e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledWith(expect.stringContaining("Excel không phản hồi"), expect.anything());
      log.mockRestore();
    },
  );

  it("an Excel older than ExcelApi 1.7 gets a plain message, not a half-done command", async () => {
    const state = new FakeWorkbookState();
    const sheet = tableSheet(state);
    const excel = new FakeExcel(state, "1.6");
    const e = event();
    await createCommands(excel.env(), checkSheet).checkActiveSheet(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(statusText(state)).toContain("cần ExcelApi 1.7");
    expect([...sheet.cells.values()].some((c) => c.fill)).toBe(false);
  });

  it("never touches a user's own Tổng hợp and Phát hiện: check, summary and clear keep them cell for cell", async () => {
    const state = new FakeWorkbookState();
    tableSheet(state);
    for (const name of [SUMMARY_SHEET, "Phát hiện"]) {
      state
        .addSheet(name)
        .setValues([
          [{ value: "Kế hoạch của tôi", font: { bold: true, color: "#FF0000" } }],
          [{ value: 12, numberFormat: "0.0", fill: { color: "#FFFF00", pattern: "Solid" } }, "=A2*2"],
          [],
          ["Ô A3 ở trên là của tôi"],
        ]);
    }
    const before = [state.snapshot(SUMMARY_SHEET), state.snapshot("Phát hiện")];
    const excel = new FakeExcel(state);
    const commands = createCommands(excel.env(), checkSheet);

    await commands.checkActiveSheet(event());
    await commands.writeSummarySheet(event());
    // From our summary sheet the commands work on the last checked sheet.
    expect(state.activeSheet().name).toBe("Tổng hợp (2)");
    await commands.writeSummarySheet(event());
    await commands.clearFlags(event());
    expect([state.snapshot(SUMMARY_SHEET), state.snapshot("Phát hiện")]).toEqual(before);
    expect(state.sheets.map((s) => s.name)).toEqual([
      "Biểu 01",
      SUMMARY_SHEET,
      "Phát hiện",
      "Tổng hợp (2)",
      "Phát hiện (2)",
    ]);

    // The user's Tổng hợp is a sheet like any other: checking it (no table there) fails, and the
    // message goes to our sheet, not into A3 of the user's.
    state.activeSheetId = state.sheetByName(SUMMARY_SHEET)!.id;
    await commands.checkActiveSheet(event());
    expect(statusText(state, "Tổng hợp (2)")).toMatch(/^Không thực hiện được lệnh "Kiểm tra bảng"/);
    expect([state.snapshot(SUMMARY_SHEET), state.snapshot("Phát hiện")]).toEqual(before);
  });
});
