/**
 * @jest-environment node
 *
 * The worker's work run in-process on real workbooks written with ExcelJS: the page's
 * service talks to it through a port that clones messages as postMessage does.
 */
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { checkSheet } from "../../src/engine/index";
import type { SheetReport } from "../../src/engine/types";
import type { WorkerResponse } from "../../src/standalone/protocol";
import { BrowserWorkbookService } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";
import { WorkbookSession } from "../../src/standalone/worker-core";
import { ITEMS_PER_PART } from "../../src/standalone/report-parts";
import { oleWith, zipWith } from "../support/bytes";
import { paragraphsOfText } from "../../src/adapters/documents/report-paragraphs";
import { errorClaimFlags } from "../../src/app/claims-layout";
import { checkNarrative } from "../../src/engine/claims";
import { InProcessPort } from "../support/in-process-port";

const HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"];
const ROWS: Array<Array<string | number | null>> = [
  ["I", "Nhóm chỉ tiêu về kinh tế", null, null, null, null, null],
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
  [2, "Diện tích cây ăn quả", "ha", 700, 650, 92.9, "Không đạt"],
  [3, "Thu nhập bình quân đầu người", "Triệu đồng", 60, 66, 110, "Đạt"],
  [4, "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", 520, 450, 88.2, "Không đạt"],
];

async function workbookBytes(repeat = 1): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Ghi chú").addRow(["Số liệu ước thực hiện đến 30/6/2025."]);
  const ws = wb.addWorksheet("Biểu 01");
  ws.addRow(["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI ĐẢNG BỘ XÃ, NHIỆM KỲ 2020-2025"]);
  ws.addRow([]);
  ws.addRow(HEADER);
  ws.addRow(ROWS[0]);
  for (let k = 0; k < repeat; k++) {
    for (const row of ROWS.slice(1)) ws.addRow([k * 4 + Number(row[0]), ...row.slice(1)]);
  }
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer;
}

/** The engine's own report for a sheet of the same bytes. */
async function engineReport(bytes: ArrayBuffer, sheet: string): Promise<SheetReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice(0));
  return checkSheet(worksheetToGrid(wb.getWorksheet(sheet)!));
}

async function open(bytes: ArrayBuffer, port = new InProcessPort()) {
  const saved: Blob[] = [];
  const service = await BrowserWorkbookService.open({
    port,
    fileName: "bao-cao.xlsx",
    bytes,
    settings: new SettingsStore(null),
    saveFile: (blob) => saved.push(blob),
  });
  return { service, saved, port };
}

describe("the worker's session behind the service", () => {
  it("opens, finds the sheet with a table, and checks it as the engine does", async () => {
    const bytes = await workbookBytes();
    const expected = await engineReport(bytes, "Biểu 01");
    const { service, port } = await open(bytes.slice(0));
    expect(await service.listSheets()).toEqual(["Ghi chú", "Biểu 01"]);
    expect(await service.activeSheet()).toBe("Biểu 01");
    const seen: number[] = [];
    const report = await service.check("Biểu 01", { onProgress: (f) => seen.push(f) });
    expect(report).toEqual(expected);
    expect(report.tables[0].findings.length).toBeGreaterThan(0);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(port.progress.some((p) => p.kind === "progress" && p.stage === "reading")).toBe(true);
  });

  it("sends a long table's report in parts, each message short, and the page gets the engine's report", async () => {
    const bytes = await workbookBytes(2_000);
    const expected = await engineReport(bytes, "Biểu 01");
    const port = new InProcessPort();
    const { service } = await open(bytes.slice(0), port);
    const report = await service.check("Biểu 01", {});
    expect(report).toEqual(expected);
    expect(report.tables[0].indicators).toHaveLength(8_000);
    const parts = port.sent.filter((m) => m.kind === "part");
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(8_000 / ITEMS_PER_PART));
    for (const m of parts)
      if (m.kind === "part") expect(m.part.items.length).toBeLessThanOrEqual(ITEMS_PER_PART);
    const done = port.sent.find((m) => m.kind === "done" && m.result.type === "report");
    expect(
      done?.kind === "done" && done.result.type === "report" && done.result.report.tables[0].indicators,
    ).toEqual([]);
  });

  it("reports reading progress in many growing steps before the workbook is opened", async () => {
    const bytes = await workbookBytes(1_000);
    const port = new InProcessPort();
    const heard: number[] = [];
    await BrowserWorkbookService.open(
      { port, fileName: "bao-cao.xlsx", bytes, settings: new SettingsStore(null), saveFile: () => undefined },
      (event) => event.type === "progress" && event.stage === "reading" && heard.push(event.fraction),
    );
    const opened = port.sent.findIndex((m) => m.kind === "done" && m.result.type === "opened");
    const reading = port.sent
      .slice(0, opened)
      .map((m) => (m.kind === "progress" && m.stage === "reading" ? m.fraction : null))
      .filter((f) => f !== null);
    expect(reading[0]).toBe(0);
    expect(reading[reading.length - 1]).toBe(1);
    for (let i = 1; i < reading.length; i++) expect(reading[i]).toBeGreaterThan(reading[i - 1]);
    // 4,000 rows of sheet XML: steps all the way, not nothing and then 100 %.
    expect(reading.filter((f) => f > 0 && f < 1).length).toBeGreaterThanOrEqual(10);
    expect(port.sent.slice(opened + 1).some((m) => m.kind === "progress")).toBe(false);
    // The page's listener hears each of them.
    expect(heard).toEqual(reading);
  });

  it("says why a sheet has no table", async () => {
    const { service } = await open(await workbookBytes());
    const report = await service.check("Ghi chú", {});
    expect(report.tables).toEqual([]);
    expect(report.reason?.id).toMatch(/^detect\//);
  });

  it("previews the row around a cell with the table's header row", async () => {
    const { service } = await open(await workbookBytes());
    const previews: unknown[] = [];
    service.subscribe((e) => e.type === "preview" && previews.push(e.preview));
    await service.check("Biểu 01", {});
    await service.selectCell("Biểu 01", "F8");
    expect(previews).toEqual([
      {
        sheet: "Biểu 01",
        address: "F8",
        row: 8,
        column: 5,
        header: HEADER,
        cells: ["4", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "520", "450", "88.2", "Không đạt"],
      },
    ]);
  });

  it("joins a two-row header per column in the preview", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 02");
    ws.addRow(["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả", null, "Đánh giá"]);
    ws.addRow([null, null, null, null, "Thực hiện", "Tỷ lệ (%)", null]);
    ws.mergeCells("A1:A2");
    ws.mergeCells("E1:F1");
    ws.addRow([1, "Diện tích cây ăn quả", "ha", 700, 650, 92.9, "Không đạt"]);
    ws.addRow([2, "Thu nhập bình quân đầu người", "Triệu đồng", 60, 66, 110, "Đạt"]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
    const { service } = await open(bytes);
    const report = await service.check("Biểu 02", {});
    expect(report.tables[0].table.headerRows).toEqual([1, 2]);
    const previews: Array<{ header: string[] | null }> = [];
    service.subscribe((e) => e.type === "preview" && previews.push(e.preview));
    await service.selectCell("Biểu 02", "G4");
    expect(previews[0].header).toEqual([
      "TT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Chỉ tiêu NQ",
      "Kết quả / Thực hiện",
      "Tỷ lệ (%)",
      "Đánh giá",
    ]);
  });

  it("builds the annotated copy of the whole file, and twice the same (flags never stack)", async () => {
    const bytes = await workbookBytes();
    const { service, saved } = await open(bytes.slice(0));
    const report = await service.check("Biểu 01", {});
    await service.downloadAnnotated([report], "vi");
    await service.downloadAnnotated([report], "vi");
    expect(saved).toHaveLength(2);
    const first = new Uint8Array(await saved[0].arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.slice().buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Ghi chú", "Biểu 01", "Tổng hợp", "Phát hiện"]);
    const flagged = report.tables[0].findings.find((f) => f.severity === "error");
    expect(flagged).toBeDefined();
    expect((wb.getWorksheet("Biểu 01")!.getCell(flagged!.cell).fill as ExcelJS.FillPattern).pattern).toBe(
      "solid",
    );
    const second = new ExcelJS.Workbook();
    await second.xlsx.load(new Uint8Array(await saved[1].arrayBuffer()).slice().buffer);
    expect(second.worksheets.map((ws) => ws.name)).toEqual(["Ghi chú", "Biểu 01", "Tổng hợp", "Phát hiện"]);
  });

  it("the annotated copy flags the cells the compared report contradicts, as chitieu check --out does", async () => {
    const { service, saved } = await open(await workbookBytes());
    const report = await service.check("Biểu 01", {});
    const text = "(2) Diện tích cây ăn quả: 650/700 ha, đạt 92,9%, đạt chỉ tiêu Nghị quyết.";
    const narrative = checkNarrative(paragraphsOfText(text), [
      { file: service.label, sheet: "Biểu 01", report },
    ]);
    const flags = errorClaimFlags(service.label, [{ file: "Báo cáo.docx", narrative }], "vi");
    expect(flags.map((f) => f.cell)).toEqual(["G6"]);
    expect(await service.applyClaimFlags(["Biểu 01"], flags)).toBe("download");
    await service.downloadAnnotated([report], "vi");
    // a later report that agrees takes the flags out of the next download
    await service.applyClaimFlags(["Biểu 01"], []);
    await service.downloadAnnotated([report], "vi");

    const noteOn = async (blob: Blob) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(await blob.arrayBuffer()).slice().buffer);
      const note = wb.getWorksheet("Biểu 01")!.getCell("G6").note;
      return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    };
    expect(await noteOn(saved[0])).toContain("[Báo cáo.docx, đoạn 1 · claim-verdict] «Diện tích cây ăn quả");
    expect(await noteOn(saved[1])).not.toContain("claim-verdict");
  });

  it.each([
    [
      "a password-protected workbook",
      () => oleWith(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
      "encrypted",
    ],
    ["an Excel 97–2003 file", () => oleWith(["Root Entry", "Workbook"]), "legacyXls"],
    ["a Word document", () => zipWith(["word/document.xml"]), "notExcel"],
    ["a CSV file", () => new TextEncoder().encode("TT;Chỉ tiêu\n1;Lúa\n"), "notExcel"],
    ["an empty file", () => new Uint8Array(0), "empty"],
  ])("refuses %s with its own code", async (_what, make, code) => {
    const bytes = make();
    await expect(open(bytes.slice().buffer)).rejects.toMatchObject({ code });
  });

  it("calls a cut-short or damaged .xlsx corrupt", async () => {
    const whole = new Uint8Array(await workbookBytes());
    await expect(open(whole.slice(0, whole.length >> 1).buffer)).rejects.toMatchObject({ code: "corrupt" });
    const damaged = whole.slice();
    damaged.fill(0x41, 200, whole.length - 200);
    await expect(open(damaged.buffer)).rejects.toMatchObject({ code: "corrupt" });
  });

  it("answers requests before a workbook is open, or for an unknown sheet, with a code", async () => {
    const posted: WorkerResponse[] = [];
    const session = new WorkbookSession((m) => posted.push(m));
    await session.handle({ id: 1, type: "check", sheet: "Biểu 01", options: {} });
    expect(posted).toEqual([{ id: 1, kind: "failed", code: "noWorkbook", detail: undefined }]);
    const { service } = await open(await workbookBytes());
    await expect(service.check("Biểu 99", {})).rejects.toMatchObject({ code: "unknownSheet" });
  });
});
