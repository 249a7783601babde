import {
  STATUS_CELL,
  SUMMARY_SHEET,
  writeStatusMessage,
  writeSummarySheet,
} from "../../../src/adapters/office/summary-sheet";
import type { SheetReport } from "../../../src/engine/types";
import { FakeExcel, FakeWorkbookState, PAYLOAD_LIMIT, type FakeSheet } from "../../support/fake-excel";
import { message } from "../../../src/engine/messages";
import { finding, PERCENT_88_2, reportWith } from "./report-fixtures";

function text(sheet: FakeSheet): string[][] {
  const rect = sheet.usedRect(true)!;
  const out: string[][] = [];
  for (let r = 0; r <= rect.bottom; r++) {
    const row: string[] = [];
    for (let c = 0; c <= rect.right; c++) {
      const v = sheet.cell(r, c)?.value;
      row.push(v === undefined ? "" : String(v));
    }
    out.push(row);
  }
  return out;
}

function rowStarting(sheet: FakeSheet, label: string): string[] {
  const row = text(sheet).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

const findings = [
  finding("F6", "error", PERCENT_88_2),
  finding("G6", "error", "Đánh giá 'Đạt' nhưng 650 < 700"),
];

async function summarise(excel: FakeExcel, report: SheetReport, lang: "vi" | "en" = "vi") {
  await excel.run((context) => writeSummarySheet(context, report, lang));
  return excel.state.sheetByName(SUMMARY_SHEET)!;
}

describe('the "Tổng hợp" sheet', () => {
  it("shows computed and reported counts side by side, per group and in total", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const sheet = await summarise(new FakeExcel(state), reportWith(findings));
    expect(rowStarting(sheet, "I. Nhóm chỉ tiêu về kinh tế").slice(1)).toEqual([
      "1",
      "0",
      "1",
      "0",
      "2",
      "1",
      "1",
      "0",
      "2",
      "Lệch",
    ]);
    expect(rowStarting(sheet, "II. Nhóm chỉ tiêu về xã hội").slice(1)).toEqual([
      "0",
      "1",
      "0",
      "0",
      "1",
      "0",
      "1",
      "0",
      "1",
      "Khớp",
    ]);
    expect(rowStarting(sheet, "Tổng cộng").slice(1)).toEqual([
      "1",
      "1",
      "1",
      "0",
      "3",
      "1",
      "2",
      "0",
      "3",
      "Lệch",
    ]);
    expect(rowStarting(sheet, "Câu tổng hợp")[1]).toContain("2/3 chỉ tiêu đạt và vượt (66,7%)");
  });

  it("lists missed targets and findings with links to their cells", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const sheet = await summarise(new FakeExcel(state), reportWith(findings));
    const rows = text(sheet);
    const missedRow = rows.findIndex((r) => r[1] === "Diện tích cây ăn quả");
    expect(rows[missedRow][0]).toBe("2");
    expect(sheet.cell(missedRow, 2)?.hyperlink?.documentReference).toBe("'Biểu 01'!B6");
    const findingRow = rows.findIndex((r) => r[3] === "Tỷ lệ ghi 88,2% nhưng 650/700 = 92,86%");
    expect(rows[findingRow].slice(0, 3)).toEqual(["Lỗi", "percent-consistency", "F6"]);
    expect(sheet.cell(findingRow, 2)?.hyperlink).toEqual({
      documentReference: "'Biểu 01'!F6",
      textToDisplay: "F6",
      screenTip: "'Biểu 01'!F6",
    });
  });

  it("adds a native chart of the counts per group", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const sheet = await summarise(new FakeExcel(state), reportWith(findings));
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe("ColumnClustered");
    const header = text(sheet).findIndex((r) => r[0] === "Nhóm");
    expect(chart.source).toBe(`A${header + 2}:D${header + 3}`);
  });

  it("replaces the sheet when run again instead of adding a second one", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const excel = new FakeExcel(state);
    await summarise(excel, reportWith(findings));
    const sheet = await summarise(excel, reportWith([]), "en");
    expect(state.sheets.filter((s) => s.name === SUMMARY_SHEET)).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
    expect(text(sheet).some((r) => r[0] === "No problems found.")).toBe(true);
    expect(text(sheet).some((r) => r[3] === "Tỷ lệ ghi 88,2% nhưng 650/700 = 92,86%")).toBe(false);
  });

  it("says plainly when the sheet holds no table", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Trống");
    const report: SheetReport = {
      name: "Trống",
      tables: [],
      convention: "vi",
      reason: message("detect/missing-name-column", {}),
    };
    const sheet = await summarise(new FakeExcel(state), report);
    expect(sheet.cell(2, 0)?.value).toBe("Cách chỉ định cột thiếu cột 'Chỉ tiêu' (tên chỉ tiêu).");
    expect(sheet.charts).toHaveLength(0);
  });

  it("keeps text as text (codes such as 01) and writes thousands of findings under the payload limit", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const many = Array.from({ length: 12000 }, (_, i) =>
      finding(
        `F${i + 10}`,
        "warning",
        `Tỷ lệ ${i},5 không khớp với ${i}/${i + 1} — cần kiểm tra lại số liệu ở dòng ${i + 10}`,
      ),
    );
    const excel = new FakeExcel(state);
    const sheet = await summarise(excel, reportWith(many));
    expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.calculationSuspensions).toBeGreaterThan(0);
    const rows = text(sheet);
    expect(rows.filter((r) => r[0] === "Cảnh báo")).toHaveLength(12000);
    expect(
      sheet.cell(
        rows.findIndex((r) => r[1] === "Diện tích cây ăn quả"),
        0,
      )?.numberFormat,
    ).toBe("@");
  });

  it("writes a command's message in the status row and shows it", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01");
    const excel = new FakeExcel(state);
    await excel.run((context) => writeStatusMessage(context, "Không tìm thấy bảng chỉ tiêu", true));
    const sheet = state.sheetByName(SUMMARY_SHEET)!;
    expect(sheet.cell(2, 0)?.value).toBe("Không tìm thấy bảng chỉ tiêu");
    expect(sheet.cell(2, 0)?.font?.color).toBe("#C00000");
    expect(state.activeSheet().name).toBe(SUMMARY_SHEET);
    expect(sheet.selected).toBe(STATUS_CELL);
  });
});
