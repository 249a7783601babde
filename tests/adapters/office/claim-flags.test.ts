/**
 * @jest-environment node
 *
 * The cells a report's claims contradict, flagged in the sheet beside the table's own flags:
 * one restore entry and one note per cell, and "Xóa đánh dấu" brings everything back.
 */
import { reportReader } from "../../../src/adapters/documents/report-paragraphs";
import { FLAG_FILLS, NOTE_MARKER, clearFlagsByName } from "../../../src/adapters/office/flags";
import { OfficeWorkbookService } from "../../../src/adapters/office/service";
import { FLAGS_NAMESPACE, parseRecord } from "../../../src/adapters/office/restore-store";
import { errorClaimFlags, type ClaimFlag } from "../../../src/app/claims-layout";
import { checkSheet } from "../../../src/engine";
import { checkNarrative } from "../../../src/engine/claims";
import type { SheetReport } from "../../../src/engine/types";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import { FakeExcel, FakeWorkbookState } from "../../support/fake-excel";

const SHEET = "Biểu 01";
/** The service's label: the file name the claims' matches give the workbook. */
const FILE = "Excel";
const REPORT_NAME = "Báo cáo tổng kết.docx";

/**
 * F6's 88,2% and G6's "Đạt" are wrong in the table (650 < 700); the report's paragraph 1 says
 * 150% for F5 (3.150/3.000 = 105%) and paragraph 2 "không đạt" where G6 says "Đạt".
 */
function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet(SHEET);
  sheet.setValues([
    ["BIỂU CHỈ TIÊU"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả", "Tỷ lệ (%)", "Đánh giá"],
    ["I", "Nhóm chỉ tiêu về kinh tế"],
    [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
    [2, "Diện tích cây ăn quả", "ha", 700, 650, 88.2, "Đạt"],
    [3, "Tổng đàn lợn", "Con", 5000, 5000, 100, "Đạt"],
  ]);
  // The user's formatting: F5 white with a border, G6 a patterned yellow, F6 No Fill.
  Object.assign(sheet.ensure(4, 5), {
    fill: { color: "#FFFFFF", pattern: "Solid" },
    borders: { EdgeBottom: { style: "Continuous", color: "#000000" } },
  });
  Object.assign(sheet.ensure(5, 6), {
    fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
    font: { bold: true },
  });
  return state;
}

const REPORT_TEXT = [
  "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 150%, vượt chỉ tiêu Nghị quyết.",
  "",
  "(2) Diện tích cây ăn quả: 650/700 ha, đạt 92,9%, không đạt chỉ tiêu Nghị quyết.",
].join("\n");

const AGREEING_TEXT =
  "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 105%, vượt chỉ tiêu Nghị quyết.";

/** The service over a fake Excel, and what the pane does: check the sheet, then a report. */
function setUp(state: FakeWorkbookState, version = "1.18") {
  const excel = new FakeExcel(state, version);
  const service = new OfficeWorkbookService(excel.env(), checkSheet);
  const claimFlags = (report: SheetReport, text: string): ClaimFlag[] => {
    const narrative = checkNarrative(reportReader.fromText(text), [{ file: FILE, sheet: SHEET, report }]);
    return errorClaimFlags(FILE, [{ file: REPORT_NAME, narrative }], "vi");
  };
  return { excel, service, claimFlags };
}

/** The restore record's entries, by address (their order in it does not matter). */
function recordCells(state: FakeWorkbookState) {
  return state.customXmlParts
    .filter((p) => p.namespaceUri === FLAGS_NAMESPACE)
    .flatMap((p) => parseRecord(p.xml)?.cells ?? [])
    .sort((a, b) => a.address.localeCompare(b.address));
}

async function clear(excel: FakeExcel): Promise<number> {
  return excel.run((c) => clearFlagsByName(c, detectFeatures(excel.env()), SHEET));
}

describe("claim flags in the sheet", () => {
  it("flags the cells an error-level claim contradicts, the note quoting the clause and its paragraph", async () => {
    const state = workbook();
    const { service, claimFlags } = setUp(state);
    const report = await service.check(SHEET, {});
    const flags = claimFlags(report, REPORT_TEXT);
    expect(flags.map((f) => f.cell).sort()).toEqual(["F5", "G6"]);
    await service.applyClaimFlags([SHEET], flags);

    const sheet = state.sheetByName(SHEET)!;
    expect(sheet.cell(4, 5)?.fill?.color).toBe(FLAG_FILLS.error);
    const note = sheet.notes.get("F5")!.content;
    expect(note.startsWith(NOTE_MARKER)).toBe(true);
    expect(note).toContain(`[${REPORT_NAME}, đoạn 1 · claim-percent]`);
    expect(note).toContain("«Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 150%");
    expect(note).toContain("ghi đạt 150% nhưng 3.150/3.000 = 105%");
    expect(sheet.notes.get("G6")!.content).toContain(`đoạn 2 · claim-verdict`);
    // the table's own finding on F6 is not a claim's: no flag there
    expect(sheet.notes.has("F6")).toBe(false);
  });

  // Before ExcelApi 1.9 white and No Fill cannot be told apart (flags.test.ts): exact from 1.9.
  it.each(["1.18", "1.10", "1.9"])(
    "table flags, then claim flags, then clear leaves the sheet exactly as it was (ExcelApi %s)",
    async (version) => {
      const state = workbook();
      const before = state.snapshot(SHEET);
      const { excel, service, claimFlags } = setUp(state, version);
      const report = await service.check(SHEET, {});
      await service.applyFlags(SHEET, report, "vi");
      await service.applyClaimFlags([SHEET], claimFlags(report, REPORT_TEXT));
      expect(state.snapshot(SHEET)).not.toEqual(before);
      expect(await clear(excel)).toBe(3); // F5 (claim), F6 (table), G6 (both)
      expect(state.snapshot(SHEET)).toEqual(before);
      expect(state.customXmlParts).toHaveLength(0);
    },
  );

  it("a cell flagged by the table and by a claim keeps one restore entry, its user's fill, and one note with both", async () => {
    const state = workbook();
    const { service, claimFlags } = setUp(state);
    const report = await service.check(SHEET, {});
    await service.applyFlags(SHEET, report, "vi");
    await service.applyClaimFlags([SHEET], claimFlags(report, REPORT_TEXT));

    const entries = recordCells(state);
    expect(entries.map((c) => c.address)).toEqual(["F5", "F6", "G6"]);
    expect(entries.find((c) => c.address === "G6")?.fill).toEqual({
      color: "#FFFF00",
      pattern: "Gray25",
      patternColor: "#FF0000",
    });
    const note = state.sheetByName(SHEET)!.notes.get("G6")!.content;
    expect(note.split(NOTE_MARKER)).toHaveLength(2); // one marker: one note of ours
    expect(note).toContain("Lỗi: "); // the table's finding
    expect(note).toContain(`[${REPORT_NAME}, đoạn 2 · claim-verdict]`);
    expect(state.sheetByName(SHEET)!.cell(5, 6)?.fill?.color).toBe(FLAG_FILLS.error);
  });

  it("comes to the same sheet whichever is flagged first, the table or the report", async () => {
    const tableFirst = workbook();
    const a = setUp(tableFirst);
    const reportA = await a.service.check(SHEET, {});
    await a.service.applyFlags(SHEET, reportA, "vi");
    await a.service.applyClaimFlags([SHEET], a.claimFlags(reportA, REPORT_TEXT));

    const claimsFirst = workbook();
    const b = setUp(claimsFirst);
    const reportB = await b.service.check(SHEET, {});
    await b.service.applyClaimFlags([SHEET], b.claimFlags(reportB, REPORT_TEXT));
    await b.service.applyFlags(SHEET, reportB, "vi");

    expect(claimsFirst.snapshot(SHEET)).toEqual(tableFirst.snapshot(SHEET));
    expect(recordCells(claimsFirst)).toEqual(recordCells(tableFirst));
  });

  it("a later report replaces the earlier report's flags and keeps the table's", async () => {
    const tableOnly = workbook();
    const t = setUp(tableOnly);
    await t.service.applyFlags(SHEET, await t.service.check(SHEET, {}), "vi");

    const state = workbook();
    const { service, claimFlags } = setUp(state);
    const report = await service.check(SHEET, {});
    await service.applyFlags(SHEET, report, "vi");
    await service.applyClaimFlags([SHEET], claimFlags(report, REPORT_TEXT));
    const agreeing = claimFlags(report, AGREEING_TEXT);
    expect(agreeing).toEqual([]);
    await service.applyClaimFlags([SHEET], agreeing);
    expect(state.snapshot(SHEET)).toEqual(tableOnly.snapshot(SHEET));
    expect(recordCells(state)).toEqual(recordCells(tableOnly));
  });

  it("checking the same report twice does not stack flags, notes or restore records", async () => {
    const state = workbook();
    const { service, claimFlags } = setUp(state);
    const report = await service.check(SHEET, {});
    await service.applyFlags(SHEET, report, "vi");
    const flags = claimFlags(report, REPORT_TEXT);
    await service.applyClaimFlags([SHEET], flags);
    const once = state.snapshot(SHEET);
    await service.applyClaimFlags([SHEET], flags);
    expect(state.snapshot(SHEET)).toEqual(once);
    expect(recordCells(state)).toHaveLength(3);
  });

  it("keeps the table's messages from the workbook alone after save, close and reopen", async () => {
    const state = workbook();
    const before = state.snapshot(SHEET);
    const first = setUp(state);
    const report = await first.service.check(SHEET, {});
    await first.service.applyFlags(SHEET, report, "vi");
    const tableNote = state.sheetByName(SHEET)!.notes.get("G6")!.content;

    const reopened = setUp(state);
    await reopened.service.applyClaimFlags([SHEET], reopened.claimFlags(report, REPORT_TEXT));
    const note = state.sheetByName(SHEET)!.notes.get("G6")!.content;
    expect(note.startsWith(tableNote)).toBe(true);
    expect(note).toContain("đoạn 2 · claim-verdict");
    expect(await clear(reopened.excel)).toBe(3);
    expect(state.snapshot(SHEET)).toEqual(before);
  });

  it("puts both messages in one comment where notes are missing (ExcelApi 1.10)", async () => {
    const state = workbook();
    const { service, claimFlags } = setUp(state, "1.10");
    const report = await service.check(SHEET, {});
    await service.applyFlags(SHEET, report, "vi");
    await service.applyClaimFlags([SHEET], claimFlags(report, REPORT_TEXT));
    const onG6 = state.comments.filter((c) => c.address === "G6");
    expect(onG6).toHaveLength(1);
    expect(onG6[0].content).toContain("Lỗi: ");
    expect(onG6[0].content).toContain("đoạn 2 · claim-verdict");
  });

  it("leaves a sheet with no claim flags, before or now, untouched", async () => {
    const state = workbook();
    const { excel, service } = setUp(state);
    const report = await service.check(SHEET, {});
    await service.applyFlags(SHEET, report, "vi");
    const flagged = state.snapshot(SHEET);
    excel.resetStats();
    await service.applyClaimFlags([SHEET], []);
    expect(state.snapshot(SHEET)).toEqual(flagged);
    // the records are read, nothing is written
    expect(excel.syncs.length).toBeLessThanOrEqual(2);
  });
});
