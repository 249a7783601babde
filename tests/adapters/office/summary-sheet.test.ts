/** @jest-environment node */
import ExcelJS from "exceljs";
import { annotateWorkbook } from "../../../src/adapters/exceljs/annotate";
import {
  STATUS_CELL,
  ownSheetNames,
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

function rowIndex(sheet: FakeSheet, column: number, label: string): number {
  const index = text(sheet).findIndex((r) => r[column] === label);
  if (index < 0) throw new Error(`no row with ${label}`);
  return index;
}

const findings = [
  finding("F6", "error", PERCENT_88_2),
  finding(
    "G6",
    "warning",
    message("status-mismatch/against-numbers", {
      label: "Đạt",
      actual: "650",
      target: "700",
      percent: (650 / 700) * 100,
      expected: "missed",
      judgedAsHigher: false,
    }),
  ),
];

async function summarise(excel: FakeExcel, report: SheetReport, lang: "vi" | "en" = "vi") {
  const name = await excel.run((context) => writeSummarySheet(context, report, lang));
  return excel.state.sheetByName(name)!;
}

function workbookWith(...names: string[]): { state: FakeWorkbookState; excel: FakeExcel } {
  const state = new FakeWorkbookState();
  for (const name of names) state.addSheet(name);
  return { state, excel: new FakeExcel(state) };
}

/** A user's own sheet that happens to carry one of our names: values, a formula, formats. */
function usersSheet(state: FakeWorkbookState, name: string): FakeSheet {
  return state
    .addSheet(name)
    .setValues([
      [{ value: "Số liệu của tôi", font: { bold: true, color: "#FF0000" } }],
      [{ value: 12, numberFormat: "0.0", fill: { color: "#FFFF00", pattern: "Solid" } }, "=A2*2"],
      [],
      ["Ghi chú riêng"],
    ]);
}

describe('the "Tổng hợp" and "Phát hiện" sheets in Excel', () => {
  it("shows computed and reported counts side by side, per group and in total, differences marked", async () => {
    const { excel } = workbookWith("Biểu 01");
    const sheet = await summarise(excel, reportWith(findings));
    const rows = text(sheet);
    // group, title, computed total + exceeded, achieved, missed, unassessed, then reported.
    const first = rowIndex(sheet, 0, "I");
    expect(rows[first].slice(1, 12)).toEqual(
      ["Nhóm chỉ tiêu về kinh tế", 2, 1, 0, 1, 0, 2, 1, 1, 0, 0].map(String),
    );
    const second = rowIndex(sheet, 0, "II");
    expect(rows[second].slice(2, 12)).toEqual([1, 0, 1, 0, 0, 1, 0, 1, 0, 0].map(String));
    const total = rowIndex(sheet, 1, "Tổng cộng");
    expect(rows[total].slice(2, 12)).toEqual([3, 1, 1, 1, 0, 3, 1, 2, 0, 0].map(String));
    // Reported "achieved" (1 vs 0) and "missed" (0 vs 1) of group I differ from the computed ones.
    expect(sheet.cell(first, 9)?.font?.color).toBe("#C00000");
    expect(sheet.cell(first, 10)?.font?.color).toBe("#C00000");
    expect(sheet.cell(first, 8)?.font?.color).toBeUndefined();
    // The counts table is ruled, as in the annotated copy.
    expect(Object.keys(sheet.cell(first, 5)?.borders ?? {}).sort()).toEqual([
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "EdgeTop",
    ]);
    expect(rows[rowIndex(sheet, 0, "Câu tổng hợp:")][1]).toContain("2/3 chỉ tiêu đạt và vượt (66,7%)");
    expect(rows.some((r) => r[0] === "Phát hiện: 1 lỗi, 1 cảnh báo, 0 thông tin.")).toBe(true);
  });

  it("lists the missed indicators with links to their rows", async () => {
    const { excel } = workbookWith("Biểu 01");
    const sheet = await summarise(excel, reportWith(findings));
    const missed = rowIndex(sheet, 1, "Diện tích cây ăn quả");
    expect(sheet.cell(missed, 0)?.value).toBe("2");
    expect(sheet.cell(missed, 2)?.value).toBe("Dòng 6");
    expect(sheet.cell(missed, 2)?.hyperlink).toEqual({
      documentReference: "'Biểu 01'!B6",
      textToDisplay: "Dòng 6",
      screenTip: "'Biểu 01'!B6",
    });
  });

  it("lists the findings one a row on their own sheet, each linked to its cell", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    await summarise(excel, reportWith(findings));
    const sheet = state.sheetByName("Phát hiện")!;
    const rows = text(sheet);
    expect(rows[1]).toEqual(["Trang tính", "Ô", "Dòng", "Quy tắc", "Mức độ", "Nội dung"]);
    expect(rows.slice(2)).toEqual([
      ["Biểu 01", "F6", "6", "percent-consistency", "Lỗi", "Tỷ lệ ghi 88,2% nhưng 650/700 = 92,86%"],
      [
        "Biểu 01",
        "G6",
        "6",
        "percent-consistency",
        "Cảnh báo",
        "Đánh giá ghi «Đạt» nhưng kết quả 650 so với chỉ tiêu 700 (92,86%) là «không đạt»",
      ],
    ]);
    expect(sheet.cell(2, 1)?.hyperlink?.documentReference).toBe("'Biểu 01'!F6");
    expect(sheet.cell(2, 4)?.fill?.color).toBe("#FFC7CE");
    expect(sheet.frozenRows).toBe(2);
  });

  it.each([
    ["KH2025", "'KH2025'!F6"],
    ["Q1", "'Q1'!F6"],
    ["R1C1", "'R1C1'!F6"],
    ["Báo cáo 'TH' năm", "'Báo cáo ''TH'' năm'!F6"],
    ["Data", "Data!F6"],
  ])("links findings on sheet %s as Excel writes the reference: %s", async (name, reference) => {
    const { state, excel } = workbookWith(name);
    await summarise(excel, reportWith(findings, name));
    const link = state.sheetByName("Phát hiện")!.cell(2, 1)?.hyperlink;
    expect(link?.documentReference).toBe(reference);
    expect(link?.screenTip).toBe(reference);
  });

  it("adds a native chart of the computed counts per group", async () => {
    const { excel } = workbookWith("Biểu 01");
    const sheet = await summarise(excel, reportWith(findings));
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe("ColumnClustered");
    // The header row (series names) down to the last group, group names to the missed counts.
    const header = rowIndex(sheet, 0, "Nhóm");
    expect(chart.source).toBe(`B${header + 1}:F${header + 3}`);
  });

  it("writes the same sheets, words and sections as the annotated copy", async () => {
    const { excel } = workbookWith("Biểu 01");
    const report = reportWith(findings);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Biểu 01");
    annotateWorkbook(wb, [report], "vi");
    const office = await summarise(excel, report);
    const values = (ws: ExcelJS.Worksheet) => {
      const out: string[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (c) => {
          const v = c.value as ExcelJS.CellValue;
          cells.push(
            v && typeof v === "object" && "text" in v ? String(v.text) : v === null ? "" : String(v),
          );
        });
        while (cells.length && cells[cells.length - 1] === "") cells.pop();
        out[n - 1] = cells;
      });
      // The last rows ExcelJS keeps may be empty; Excel's used range ends at the last value.
      while (out.length && out[out.length - 1].length === 0) out.pop();
      return out;
    };
    const trimmed = (rows: string[][]) =>
      rows.map((r) => {
        const c = r.slice();
        while (c.length && c[c.length - 1] === "") c.pop();
        return c;
      });
    expect(wb.worksheets.map((w) => w.name)).toEqual(excel.state.sheets.map((s) => s.name));
    expect(trimmed(text(office))).toEqual(values(wb.getWorksheet("Tổng hợp")!));
    expect(trimmed(text(excel.state.sheetByName("Phát hiện")!))).toEqual(
      values(wb.getWorksheet("Phát hiện")!),
    );
  });

  it("replaces its own sheets when run again, in any language, instead of adding more", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    await summarise(excel, reportWith(findings));
    const sheet = await summarise(excel, reportWith([]), "en");
    expect(state.sheets.map((s) => s.name)).toEqual(["Biểu 01", "Summary", "Findings"]);
    expect(sheet.charts).toHaveLength(1);
    expect(text(state.sheetByName("Findings")!)[2][0]).toBe("No findings.");
  });

  it("says plainly when the sheet holds no table", async () => {
    const { excel } = workbookWith("Trống");
    const report: SheetReport = {
      name: "Trống",
      tables: [],
      convention: "vi",
      reason: message("detect/missing-name-column", {}),
    };
    const sheet = await summarise(excel, report);
    expect(text(sheet).map((r) => r[0])).toContain(
      "Không tìm thấy bảng chỉ tiêu: Cách chỉ định cột thiếu cột 'Chỉ tiêu' (tên chỉ tiêu).",
    );
    expect(sheet.charts).toHaveLength(0);
  });

  it("keeps text as text (codes such as 01) and writes thousands of findings under the payload limit", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    const many = Array.from({ length: 12000 }, (_, i) =>
      finding(
        `F${i + 10}`,
        "warning",
        `Tỷ lệ ${i},5 không khớp với ${i}/${i + 1} — cần kiểm tra lại số liệu ở dòng ${i + 10}`,
      ),
    );
    const sheet = await summarise(excel, reportWith(many));
    expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.calculationSuspensions).toBeGreaterThan(0);
    const listed = text(state.sheetByName("Phát hiện")!);
    expect(listed.filter((r) => r[4] === "Cảnh báo")).toHaveLength(12000);
    expect(sheet.cell(rowIndex(sheet, 1, "Diện tích cây ăn quả"), 0)?.numberFormat).toBe("@");
  });

  // Excel reads a text written through `values` that starts with "=", "+" or "-" as a formula:
  // the labels of these tables ("- Trong đó:", "+ Cây lúa") must reach the sheet as text.
  it("writes names and findings starting with '-', '+' or '=' as text, never as formulas", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    const report = reportWith([finding("F6", "warning", "- Trong đó: tỷ lệ không khớp")]);
    report.tables[0].summary.missed = [
      { code: "2", name: "- Trong đó: Cây lúa", row: 6 },
      { code: "3", name: "+ Cây ngô", row: 7 },
      { code: "4", name: "=Tổng đàn", row: 8 },
    ];
    const summary = await summarise(excel, report);
    const findingsSheet = state.sheetByName("Phát hiện")!;
    const cells = [...summary.cells.values(), ...findingsSheet.cells.values()];
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    const texts = [...text(summary), ...text(findingsSheet)].flat();
    for (const label of ["- Trong đó: Cây lúa", "+ Cây ngô", "=Tổng đàn", "- Trong đó: tỷ lệ không khớp"]) {
      expect(texts.some((t) => t.includes(label))).toBe(true);
    }
  });

  it("writes a status message starting with '-' as text", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    await excel.run((context) => writeStatusMessage(context, "- Không tìm thấy bảng chỉ tiêu", true));
    const cell = state.sheetByName("Tổng hợp")!.cell(2, 0);
    expect(cell?.value).toBe("- Không tìm thấy bảng chỉ tiêu");
    expect(cell?.formula).toBeUndefined();
  });

  it("writes a command's message in the status row of its own sheet and shows it", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    await excel.run((context) => writeStatusMessage(context, "Không tìm thấy bảng chỉ tiêu", true));
    const sheet = state.sheetByName("Tổng hợp")!;
    expect(sheet.cell(2, 0)?.value).toBe("Không tìm thấy bảng chỉ tiêu");
    expect(sheet.cell(2, 0)?.font?.color).toBe("#C00000");
    expect(state.activeSheet().name).toBe("Tổng hợp");
    expect(sheet.selected).toBe(STATUS_CELL);
    // The sheet is marked as ours: the next summary replaces it.
    await expect(excel.run(ownSheetNames)).resolves.toEqual(["Tổng hợp"]);
    await summarise(excel, reportWith(findings));
    expect(state.sheets.map((s) => s.name)).toEqual(["Biểu 01", "Tổng hợp", "Phát hiện"]);
  });

  it("never touches a user's own Tổng hợp or Phát hiện: ours take free names and replace only themselves", async () => {
    const { state, excel } = workbookWith("Biểu 01");
    usersSheet(state, "Tổng hợp");
    usersSheet(state, "Phát hiện");
    const before = [state.snapshot("Tổng hợp"), state.snapshot("Phát hiện")];

    await summarise(excel, reportWith(findings));
    await excel.run((context) => writeStatusMessage(context, "Đã kiểm tra", false));
    await summarise(excel, reportWith(findings));
    await excel.run((context) => writeStatusMessage(context, "Lần hai", false));

    expect([state.snapshot("Tổng hợp"), state.snapshot("Phát hiện")]).toEqual(before);
    expect(state.sheets.map((s) => s.name)).toEqual([
      "Biểu 01",
      "Tổng hợp",
      "Phát hiện",
      "Tổng hợp (2)",
      "Phát hiện (2)",
    ]);
    expect(state.sheetByName("Tổng hợp (2)")!.cell(2, 0)?.value).toBe("Lần hai");
    await expect(excel.run(ownSheetNames)).resolves.toEqual(["Tổng hợp (2)", "Phát hiện (2)"]);
  });
});
