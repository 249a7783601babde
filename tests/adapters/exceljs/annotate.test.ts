import ExcelJS from "exceljs";
import { annotateWorkbook, isAddedSheet } from "../../../src/adapters/exceljs/annotate";
import { message } from "../../../src/engine/messages";
import type { Counts, Finding, SheetReport, TableReport } from "../../../src/engine/types";
import { carrying, sentence } from "../../support/messages";

function counts(total: number, exceeded: number, achieved: number, missed: number): Counts {
  return { total, exceeded, achieved, missed, unassessed: total - exceeded - achieved - missed };
}

function finding(rule: string, severity: Finding["severity"], cell: string, vi: string): Finding {
  return { rule, severity, cell, row: Number(cell.replace(/[A-Z]+/, "")), message: carrying(vi) };
}

/** A report as the engine would give it for the sheet built below (made by hand: this tests the adapter alone). */
function report(findings: Finding[]): SheetReport {
  const table: TableReport = {
    table: {
      headerRows: [3],
      firstRow: 4,
      lastRow: 7,
      columns: { code: 0, name: 1, target: 2, actual: 3, percent: 4, status: 5 },
      targetOnly: false,
      endedBy: "statement",
      statements: [],
    },
    indicators: [],
    groups: [{ kind: "group", row: 4, code: "I", title: "Nhóm chỉ tiêu về kinh tế" }],
    findings,
    summary: {
      computed: { rows: counts(3, 1, 1, 1), indicators: counts(2, 1, 0, 1) },
      reported: { rows: counts(3, 1, 2, 0), indicators: counts(2, 1, 1, 0) },
      groups: [
        {
          code: "I",
          title: "Nhóm chỉ tiêu về kinh tế",
          computed: { rows: counts(3, 1, 1, 1), indicators: counts(2, 1, 0, 1) },
          reported: { rows: counts(3, 1, 2, 0), indicators: counts(2, 1, 1, 0) },
        },
      ],
      missed: [{ code: "2", name: "Diện tích cây ăn quả", row: 6 }],
      sentence: sentence(counts(2, 1, 0, 1)),
    },
  };
  return { name: "Biểu 01", tables: [table], convention: "vi" };
}

const FINDINGS = [
  finding("percent-mismatch", "error", "E6", "Tỷ lệ ghi 95 nhưng 650/700 = 92,86%"),
  finding("status-mismatch", "warning", "F6", "Ghi “Đạt” nhưng 650 < 700: không đạt"),
  finding("status-mismatch", "error", "F6", "Nhãn sai"),
  finding("text-number", "info", "C5", "Số 3.000 nhập dạng chữ"),
];

async function sourceWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.getCell("A1").value = "BIỂU CÁC CHỈ TIÊU";
  ws.mergeCells("A1:F1");
  ws.getRow(3).values = ["TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"];
  ws.getRow(3).eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEEFF" } };
  });
  ws.getRow(4).values = ["I", "Nhóm chỉ tiêu về kinh tế"];
  ws.getRow(5).values = [
    1,
    "Sản lượng lương thực",
    "3.000",
    3150,
    { formula: "D5/C5*100", result: 105 },
    "Vượt",
  ];
  ws.getRow(6).values = [2, "Diện tích cây ăn quả", 700, 650, 95, "Đạt"];
  ws.getRow(7).values = [null, "Tổng đàn lợn", 5000, 5000, 100, "Đạt"];
  ws.mergeCells("A6:A7");
  for (let r = 5; r <= 7; r++) {
    for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = { bottom: { style: "thin" } };
  }
  ws.getCell("E6").numFmt = "0.0";
  ws.getCell("D5").note = "Số liệu của phòng Kinh tế";
  ws.getColumn(2).width = 42;
  ws.getColumn(6).width = 13;
  const other = wb.addWorksheet("Ghi chép");
  other.getCell("A1").value = "Không có bảng";
  other.getCell("B2").value = { formula: "1+1", result: 2 };
  other.getColumn(1).width = 30;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

async function annotated(source: Buffer, lang: "vi" | "en" = "vi"): Promise<ExcelJS.Workbook> {
  const wb = await load(source);
  annotateWorkbook(
    wb,
    [
      report(FINDINGS),
      {
        name: "Ghi chép",
        tables: [],
        convention: "vi",
        reason: message("detect/no-header", {}),
      },
    ],
    lang,
  );
  return load(await wb.xlsx.writeBuffer());
}

describe("annotateWorkbook", () => {
  let source: Buffer;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    source = await sourceWorkbook();
    before = await load(source);
    after = await annotated(source);
  });

  it("fills error cells red and warning cells yellow, info cells not at all", () => {
    const ws = after.getWorksheet("Biểu 01")!;
    expect(ws.getCell("E6").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    // F6 has a warning and an error: the worst decides.
    expect(ws.getCell("F6").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("C5").fill).toEqual(before.getWorksheet("Biểu 01")!.getCell("C5").fill);
  });

  it("uses the warning colour when a cell has only warnings", async () => {
    const wb = await load(source);
    annotateWorkbook(wb, [report([finding("status-mismatch", "warning", "F7", "Biên")])], "vi");
    expect(wb.getWorksheet("Biểu 01")!.getCell("F7").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
  });

  it("writes a note naming the finding(s), worst first, and keeps an existing note", () => {
    const ws = after.getWorksheet("Biểu 01")!;
    const note = JSON.stringify(ws.getCell("F6").note);
    expect(note).toContain("Nhãn sai");
    expect(note).toContain("status-mismatch");
    expect(note.indexOf("Lỗi")).toBeLessThan(note.indexOf("Cảnh báo"));
    expect(JSON.stringify(ws.getCell("C5").note)).toContain("3.000");
    expect(JSON.stringify(ws.getCell("D5").note)).toContain("Số liệu của phòng Kinh tế");
  });

  it("keeps every other cell's value and style, the merges, widths and formulas", () => {
    const a = before.getWorksheet("Biểu 01")!;
    const b = after.getWorksheet("Biểu 01")!;
    const flagged = new Set(["E6", "F6", "C5"]);
    for (let r = 1; r <= 8; r++) {
      for (let c = 1; c <= 7; c++) {
        const x = a.getCell(r, c);
        const y = b.getCell(r, c);
        expect(y.value).toEqual(x.value);
        if (!flagged.has(x.address)) expect(y.style).toEqual(x.style);
      }
    }
    expect(b.getCell("E5").formula).toBe("D5/C5*100");
    expect(b.getCell("E6").numFmt).toBe("0.0");
    expect(b.getCell("E6").font).toEqual(a.getCell("E6").font);
    expect(b.getCell("E6").border).toEqual(a.getCell("E6").border);
    expect(b.model.merges.sort()).toEqual(a.model.merges.sort());
    expect(b.getColumn(2).width).toBe(42);
    expect(b.getColumn(6).width).toBe(13);
  });

  it("leaves other sheets as they were", () => {
    const a = before.getWorksheet("Ghi chép")!;
    const b = after.getWorksheet("Ghi chép")!;
    expect(b.getCell("A1").value).toBe("Không có bảng");
    expect(b.getCell("B2").formula).toBe("1+1");
    expect(b.getColumn(1).width).toBe(30);
    expect(b.getCell("A1").style).toEqual(a.getCell("A1").style);
  });

  it("adds a summary sheet with counts per group and in total, the sentence and the missed list", () => {
    const ws = after.getWorksheet("Tổng hợp")!;
    expect(ws).toBeDefined();
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const text = JSON.stringify(rows);
    expect(text).toContain("Tổng số 02 chỉ tiêu");
    expect(text).toContain("Diện tích cây ăn quả");
    expect(text).toContain("Không tìm thấy bảng chỉ tiêu: Không tìm thấy dòng tiêu đề có cột 'Chỉ tiêu'");
    const group = rows.find((r) => r[0] === "I")!;
    // computed total, exceeded, achieved, missed, unassessed, then reported.
    expect(group.slice(2)).toEqual([2, 1, 0, 1, 0, 2, 1, 1, 0, 0]);
    const total = rows.find((r) => r[1] === "Tổng cộng")!;
    expect(total.slice(2)).toEqual([2, 1, 0, 1, 0, 2, 1, 1, 0, 0]);
  });

  it("adds a findings sheet with one row per finding and a link to its cell", () => {
    const ws = after.getWorksheet("Phát hiện")!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r, n) => n > 2 && rows.push(r));
    expect(rows).toHaveLength(FINDINGS.length);
    const first = rows[0];
    expect(first.getCell(1).value).toBe("Biểu 01");
    expect(first.getCell(2).value).toMatchObject({ text: "C5", hyperlink: "'Biểu 01'!C5" });
    expect(first.getCell(4).value).toBe("text-number");
    expect(first.getCell(5).value).toBe("Thông tin");
    const severities = rows.map((r) => r.getCell(5).value);
    expect(severities.filter((s) => s === "Lỗi")).toHaveLength(2);
  });

  it("replaces its own sheets on a second run instead of adding more", async () => {
    const again = await load(await after.xlsx.writeBuffer());
    annotateWorkbook(again, [report(FINDINGS)], "vi");
    expect(again.worksheets.map((w) => w.name)).toEqual(["Biểu 01", "Ghi chép", "Tổng hợp", "Phát hiện"]);
    expect(isAddedSheet(again.getWorksheet("Tổng hợp")!)).toBe(true);
  });

  it("does not replace a user's own sheet that happens to be called Tổng hợp", async () => {
    const wb = await load(source);
    wb.addWorksheet("Tổng hợp").getCell("A1").value = "Số liệu của tôi";
    annotateWorkbook(wb, [report(FINDINGS)], "vi");
    expect(wb.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("Số liệu của tôi");
    expect(wb.getWorksheet("Tổng hợp (2)")).toBeDefined();
  });

  it("keeps a user's own Tổng hợp and Phát hiện cell for cell, on the first run and on the next", async () => {
    const wb = await load(source);
    for (const name of ["Tổng hợp", "Phát hiện"]) {
      const ws = wb.addWorksheet(name);
      ws.getCell("A1").value = "Kế hoạch của tôi";
      ws.getCell("A1").font = { bold: true, color: { argb: "FFFF0000" } };
      ws.getCell("A2").value = 12;
      ws.getCell("A2").numFmt = "0.0";
      ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      ws.getCell("B2").value = { formula: "A2*2", result: 24 };
      ws.getColumn(1).width = 25;
    }
    const snapshot = (book: ExcelJS.Workbook, name: string) => {
      const ws = book.getWorksheet(name)!;
      const cells: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value, c.style])));
      return { cells, width: ws.getColumn(1).width };
    };
    const saved = await load(await wb.xlsx.writeBuffer());
    const before = ["Tổng hợp", "Phát hiện"].map((n) => snapshot(saved, n));

    annotateWorkbook(saved, [report(FINDINGS)], "vi");
    const once = await load(await saved.xlsx.writeBuffer());
    annotateWorkbook(once, [report(FINDINGS)], "vi");
    const twice = await load(await once.xlsx.writeBuffer());

    expect(["Tổng hợp", "Phát hiện"].map((n) => snapshot(twice, n))).toEqual(before);
    expect(twice.worksheets.map((w) => w.name)).toEqual([
      "Biểu 01",
      "Ghi chép",
      "Tổng hợp",
      "Phát hiện",
      "Tổng hợp (2)",
      "Phát hiện (2)",
    ]);
    expect(twice.worksheets.filter(isAddedSheet).map((w) => w.name)).toEqual([
      "Tổng hợp (2)",
      "Phát hiện (2)",
    ]);
  });

  it("marks a reported count that differs from the computed one", () => {
    const ws = after.getWorksheet("Tổng hợp")!;
    let group: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === "I") group = r;
    });
    // Reported achieved 1 (computed 0) and missed 0 (computed 1) are red; exceeded 1 = 1 is not.
    expect(group!.getCell(10).font?.color?.argb).toBe("FFC00000");
    expect(group!.getCell(11).font?.color?.argb).toBe("FFC00000");
    expect(group!.getCell(9).font?.color?.argb).not.toBe("FFC00000");
  });

  it("lists only indicator counts for a new-term table (nothing to assess yet)", async () => {
    const wb = await load(source);
    const r = report([]);
    r.tables[0].table.targetOnly = true;
    annotateWorkbook(wb, [r], "vi");
    const rows: unknown[][] = [];
    wb.getWorksheet("Tổng hợp")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["Nhóm", "Tên nhóm", "Số chỉ tiêu"]);
    expect(rows).toContainEqual(["", "Tổng cộng", 2]);
    expect(JSON.stringify(rows)).not.toContain("Câu tổng hợp");
  });

  it("writes English sheets and notes with lang en", async () => {
    const wb = await annotated(source, "en");
    expect(wb.getWorksheet("Summary")).toBeDefined();
    expect(wb.getWorksheet("Findings")).toBeDefined();
    expect(JSON.stringify(wb.getWorksheet("Biểu 01")!.getCell("F6").note)).toContain(
      "The target cell holds the error Nhãn sai",
    );
  });
});
