/** @jest-environment node */
import {
  applyFlagsToSheet,
  clearFlagsByName,
  FLAG_FILLS,
  NOTE_MARKER,
} from "../../../src/adapters/office/flags";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import { FLAGS_NAMESPACE } from "../../../src/adapters/office/restore-store";
import { FakeExcel, FakeWorkbookState, PAYLOAD_LIMIT, addTargetTable } from "../../support/fake-excel";
import { message } from "../../../src/engine/messages";
import { finding, PERCENT_88_2, reportWith } from "./report-fixtures";

/** A small table whose cells carry the user's own formatting: white fill, yellow fill, No Fill, borders, fonts. */
function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet("Biểu 01");
  sheet.setValues([
    ["BIỂU CHỈ TIÊU"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả", "Tỷ lệ (%)", "Đánh giá"],
    ["I", "Nhóm chỉ tiêu về kinh tế"],
    [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
    [2, "Diện tích cây ăn quả", "ha", 700, 650, 88.2, "Đạt"],
    [3, "Tổng đàn lợn", "Con", 5000, 5000, 100, "Đạt"],
  ]);
  // F6: explicit white fill, with a border and a bold red font
  Object.assign(sheet.ensure(5, 5), {
    fill: { color: "#FFFFFF", pattern: "Solid" },
    borders: { EdgeBottom: { style: "Continuous", color: "#000000" } },
    font: { bold: true, color: "#C00000" },
  });
  // G6: a yellow pattern fill with a pattern colour
  Object.assign(sheet.ensure(5, 6), {
    fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
  });
  // E5: No Fill, italic font
  Object.assign(sheet.ensure(4, 4), { font: { italic: true } });
  // The user's own note on G6
  sheet.notes.set("G6", { content: "Số liệu do phòng Kinh tế cung cấp", authorName: "Lan" });
  return state;
}

const findings = [
  finding("F6", "error", PERCENT_88_2),
  finding("G6", "error", "Đánh giá 'Đạt' nhưng 650 < 700"),
  finding("E5", "warning", "Kết quả 3150 vượt chỉ tiêu 3000 nhưng ..."),
  finding("F6", "warning", message("text-number/text", { role: "percent", text: "88,2", value: 88.2 })),
];

async function flag(excel: FakeExcel, report = reportWith(findings)) {
  const features = detectFeatures(excel.env());
  return excel.run((context) => applyFlagsToSheet(context, features, "Biểu 01", report, "vi"));
}

async function clear(excel: FakeExcel) {
  const features = detectFeatures(excel.env());
  return excel.run((context) => clearFlagsByName(context, features, "Biểu 01"));
}

describe("flags in the sheet", () => {
  it("colours each offending cell by its worst finding and explains it in a note (ExcelApi 1.18)", async () => {
    const state = workbook();
    const excel = new FakeExcel(state, "1.18");
    const result = await flag(excel);
    const sheet = state.sheetByName("Biểu 01")!;
    expect(result).toEqual({ flagged: 3, notes: 2, comments: 0 });
    expect(sheet.cell(5, 5)?.fill?.color).toBe(FLAG_FILLS.error);
    expect(sheet.cell(4, 4)?.fill?.color).toBe(FLAG_FILLS.warning);
    const note = sheet.notes.get("F6")!.content;
    expect(note.startsWith(NOTE_MARKER)).toBe(true);
    expect(note).toContain("Lỗi: Tỷ lệ ghi 88,2% nhưng 650/700 = 92,86%");
    expect(note).toContain("Cảnh báo: Ô tỷ lệ «88,2» là văn bản chứ không phải số");
    // the user's note on G6 is kept as it was
    expect(sheet.notes.get("G6")).toEqual({
      content: "Số liệu do phòng Kinh tế cung cấp",
      authorName: "Lan",
    });
    expect(state.customXmlParts.filter((p) => p.namespaceUri === FLAGS_NAMESPACE)).toHaveLength(1);
  });

  it.each(["1.18", "1.10", "1.9"])(
    "flag then clear leaves the sheet exactly as it was (ExcelApi %s)",
    async (version) => {
      const state = workbook();
      const before = state.snapshot("Biểu 01");
      const excel = new FakeExcel(state, version);
      await flag(excel);
      expect(state.snapshot("Biểu 01")).not.toEqual(before);
      const restored = await clear(excel);
      expect(restored).toBe(3);
      expect(state.snapshot("Biểu 01")).toEqual(before);
      expect(state.customXmlParts).toHaveLength(0);
    },
  );

  it("before ExcelApi 1.9 restores every fill, a white one as No Fill (Excel cannot tell them apart there)", async () => {
    const state = workbook();
    const excel = new FakeExcel(state, "1.7");
    await flag(excel);
    await clear(excel);
    const sheet = state.sheetByName("Biểu 01")!;
    expect(sheet.cell(4, 4)?.fill).toBeUndefined();
    expect(sheet.cell(5, 5)?.fill).toBeUndefined();
    expect(sheet.cell(5, 5)?.borders).toEqual({ EdgeBottom: { style: "Continuous", color: "#000000" } });
    expect(sheet.cell(5, 6)?.fill?.color).toBe("#FFFF00");
    expect(sheet.notes.get("G6")?.content).toBe("Số liệu do phòng Kinh tế cung cấp");
  });

  it("restores No Fill as No Fill and white as white (not the same thing)", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    await flag(excel);
    await clear(excel);
    const sheet = state.sheetByName("Biểu 01")!;
    expect(sheet.cell(4, 4)?.fill).toBeUndefined();
    expect(sheet.cell(5, 5)?.fill).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(sheet.cell(5, 6)?.fill).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
  });

  it("restores from the workbook alone after save, close and reopen", async () => {
    const state = workbook();
    const before = state.snapshot("Biểu 01");
    await flag(new FakeExcel(state));
    const reopened = new FakeExcel(state).reopen();
    expect(await clear(reopened)).toBe(3);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });

  it("uses threaded comments where notes are missing (ExcelApi 1.10) and keeps the user's comments", async () => {
    const state = workbook();
    state.comments.push({
      id: "user-1",
      sheetId: state.sheetByName("Biểu 01")!.id,
      address: "E5",
      content: "Đã kiểm tra",
      authorName: "Lan",
    });
    const before = state.snapshot("Biểu 01");
    const excel = new FakeExcel(state, "1.10");
    const result = await flag(excel);
    // F6 only: E5 holds the user's comment, G6 the user's note (a cell has one or the other)
    expect(result.comments).toBe(1);
    expect(state.sheetByName("Biểu 01")!.cell(5, 6)?.fill?.color).toBe(FLAG_FILLS.error);
    expect(state.comments.find((c) => c.address === "F6")?.content).toContain("92,86%");
    await clear(excel);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });

  it("adds no note where the user has a comment thread, and keeps that thread (ExcelApi 1.18)", async () => {
    const state = workbook();
    const sheetId = state.sheetByName("Biểu 01")!.id;
    state.comments.push({
      id: "user-1",
      sheetId,
      address: "F6",
      content: "Xem lại tỷ lệ",
      authorName: "Lan",
    });
    const before = state.snapshot("Biểu 01");
    const excel = new FakeExcel(state, "1.18");
    const result = await flag(excel);
    expect(result.notes).toBe(1); // E5 only: F6 holds a comment, G6 a note
    expect(state.sheetByName("Biểu 01")!.notes.has("F6")).toBe(false);
    await clear(excel);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });

  it("checking twice does not stack flags, notes or restore records", async () => {
    const state = workbook();
    const before = state.snapshot("Biểu 01");
    const excel = new FakeExcel(state);
    await flag(excel);
    const once = state.snapshot("Biểu 01");
    await flag(excel);
    expect(state.snapshot("Biểu 01")).toEqual(once);
    expect(state.customXmlParts).toHaveLength(1);
    await clear(excel);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });

  it("a second check with fewer findings unflags the cells that are now right", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    await flag(excel);
    await flag(excel, reportWith([findings[1]]));
    const sheet = state.sheetByName("Biểu 01")!;
    expect(sheet.cell(5, 5)?.fill).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(sheet.notes.has("F6")).toBe(false);
    expect(sheet.cell(5, 6)?.fill?.color).toBe(FLAG_FILLS.error);
  });

  it("clearing a sheet that was never flagged changes nothing", async () => {
    const state = workbook();
    const before = state.snapshot("Biểu 01");
    expect(await clear(new FakeExcel(state))).toBe(0);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });

  it("does not delete a note the user wrote over ours", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    await flag(excel);
    const sheet = state.sheetByName("Biểu 01")!;
    sheet.notes.set("F6", { content: "Ghi chú riêng của tôi", authorName: "Lan" });
    await clear(excel);
    expect(sheet.notes.get("F6")?.content).toBe("Ghi chú riêng của tôi");
  });

  it("flags thousands of cells in a few syncs, each under the payload limit, and restores them", async () => {
    const state = new FakeWorkbookState();
    addTargetTable(state, "Biểu 01", 10000);
    const before = state.snapshot("Biểu 01");
    const many = Array.from({ length: 1500 }, (_, i) =>
      finding(
        `F${10 + i * 7}`,
        i % 2 ? "warning" : "error",
        `Tỷ lệ ở dòng ${10 + i * 7} không khớp với kết quả/chỉ tiêu`,
      ),
    );
    const excel = new FakeExcel(state);
    const result = await flag(excel, reportWith(many));
    expect(result.flagged).toBe(1500);
    expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.syncs.length).toBeLessThanOrEqual(6);
    excel.resetStats();
    await clear(excel);
    expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    // compared as JSON: a deep equality walk over 80,000 cells is needlessly slow
    expect(JSON.stringify(state.snapshot("Biểu 01")) === JSON.stringify(before)).toBe(true);
  });
});
