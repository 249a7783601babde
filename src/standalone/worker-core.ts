/**
 * The worker's work, free of any worker global so that unit tests can run it in-process:
 * open the workbook with ExcelJS, turn sheets into grids, run the engine, build the
 * annotated copy. `worker.ts` only wires it to `self`.
 */
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../adapters/exceljs/read";
import { annotateWorkbook } from "../adapters/exceljs/annotate";
import type { ClaimFlag } from "../app/claims-layout";
import { loadWithProgress } from "../adapters/exceljs/load-progress";
import { targetTableWorkbook } from "../adapters/exceljs/target-table";
import { checkSheet } from "../engine/index";
import { detectTables } from "../engine/detect/index";
import { cellText, columnIndex, type Grid } from "../engine/grid";
import type { NarrativeParagraph } from "../engine/claims/types";
import type { Lang, SheetReport } from "../engine/types";
import {
  failureForKind,
  WorkbookFailure,
  type CellPreview,
  type ProgressStage,
  type WorkerCheckOptions,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerResult,
} from "./protocol";
import { sniffFile } from "../app/sniff";
import { wordTableSheets } from "../app/word-sheets";
import { isDocumentReadError, readDocument, type DocumentContent } from "../adapters/documents";
import { paragraphsOfFile } from "../adapters/documents/report-paragraphs";
import { splitReport } from "./report-parts";

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** The reader's refusal as a failure the page can word; other errors go on as they are. */
function documentFailure(error: unknown): unknown {
  if (!isDocumentReadError(error)) return error;
  return new WorkbookFailure("unreadableDocument", error.code, { code: error.code, data: error.data });
}

async function readWordFile(bytes: ArrayBuffer, fileName: string): Promise<DocumentContent> {
  try {
    return await readDocument(new Uint8Array(bytes), fileName);
  } catch (error) {
    // A zip that is neither a workbook nor a Word document gets the page's usual advice.
    const reason = isDocumentReadError(error) && error.code === "corrupt" ? error.data : null;
    if (reason && "reason" in reason && reason.reason === "no-document-part") {
      throw new WorkbookFailure("notExcel");
    }
    throw documentFailure(error);
  }
}

/** Progress is posted at most once per this fraction, so 50,000 rows do not flood the page. */
const PROGRESS_STEP = 0.01;

async function loadWorkbook(
  bytes: ArrayBuffer,
  onProgress: (fraction: number) => void,
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await loadWithProgress(workbook, bytes, onProgress);
  } catch (error) {
    throw new WorkbookFailure("corrupt", error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

function toArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

function parseAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const column = columnIndex(m[1]);
  const row = Number(m[2]);
  return column < 0 || row < 1 ? null : { row, column };
}

function rowTexts(grid: Grid, row0: number, minLength: number): string[] {
  const cells = grid.cells[row0] ?? [];
  const texts: string[] = [];
  for (let c = 0; c < cells.length; c++) texts.push(cellText(cells[c] ?? undefined));
  while (texts.length > minLength && texts[texts.length - 1] === "") texts.pop();
  while (texts.length < minLength) texts.push("");
  return texts;
}

/** One opened workbook. Requests are answered in order; a new "open" replaces the workbook. */
export class WorkbookSession {
  private original: ArrayBuffer | null = null;
  private workbook: ExcelJS.Workbook | null = null;
  private readonly grids = new Map<string, Grid>();
  /** The sheets in order: the workbook's, or a .docx's Word tables (then `workbook` is null). */
  private sheetNames: string[] = [];
  /** The last report of each sheet checked in this workbook, for the annotated copy. */
  private readonly lastReports = new Map<string, SheetReport>();

  constructor(private readonly post: Post) {}

  async handle(request: WorkerRequest): Promise<void> {
    try {
      const result = await this.run(request);
      if (result.type === "report") {
        const { head, parts } = splitReport(result.report);
        for (const part of parts) this.post({ id: request.id, kind: "part", part });
        this.post({ id: request.id, kind: "done", result: { type: "report", report: head } });
        return;
      }
      const transfer = "bytes" in result ? [result.bytes] : undefined;
      this.post({ id: request.id, kind: "done", result }, transfer);
    } catch (error) {
      if (error instanceof WorkbookFailure) {
        const { code, detail, document } = error;
        this.post({ id: request.id, kind: "failed", code, detail, ...(document ? { document } : {}) });
      } else {
        const detail = error instanceof Error ? error.message : String(error);
        this.post({ id: request.id, kind: "failed", code: "internal", detail });
      }
    }
  }

  private progress(id: number, stage: ProgressStage): (fraction: number) => void {
    let last = -1;
    return (fraction) => {
      const clamped = Math.max(0, Math.min(1, fraction));
      if (clamped < 1 && clamped - last < PROGRESS_STEP) return;
      last = clamped;
      this.post({ id, kind: "progress", stage, fraction: clamped });
    };
  }

  private async run(request: WorkerRequest): Promise<WorkerResult> {
    switch (request.type) {
      case "open":
        return this.open(request.id, request.bytes, request.fileName);
      case "readReport":
        return { type: "paragraphs", paragraphs: await this.readReport(request.fileName, request.bytes) };
      case "firstSheetWithTable":
        return { type: "sheet", name: this.firstSheetWithTable() };
      case "check":
        return { type: "report", report: this.check(request.id, request.sheet, request.options) };
      case "preview":
        return { type: "preview", preview: this.preview(request.sheet, request.address, request.headerRows) };
      case "annotate":
        return {
          type: "annotated",
          ...(await this.annotate(
            request.id,
            request.checked,
            request.lang,
            request.optionsBySheet ?? {},
            request.claimFlags ?? [],
          )),
        };
      case "targetTable": {
        // Apart from the open workbook, if any: the table is a new file of its own.
        const workbook = targetTableWorkbook(request.rows, request.sheetName, request.title);
        const written = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
        return { type: "targetTable", bytes: toArrayBuffer(written) };
      }
    }
  }

  private async open(id: number, bytes: ArrayBuffer, fileName: string): Promise<WorkerResult> {
    const kind = sniffFile(new Uint8Array(bytes));
    const failure = kind === "otherZip" ? null : failureForKind(kind);
    if (failure) throw new WorkbookFailure(failure);
    const report = this.progress(id, "reading");
    report(0);
    this.workbook = null;
    this.original = null;
    this.sheetNames = [];
    this.grids.clear();
    this.lastReports.clear();
    if (kind === "otherZip") return this.openWordFile(bytes, fileName, report);
    // Keep a private copy: the annotated download is built from the untouched original.
    this.original = bytes.slice(0);
    const workbook = await loadWorkbook(bytes, report);
    if (workbook.worksheets.length === 0) throw new WorkbookFailure("noSheets");
    this.workbook = workbook;
    this.sheetNames = workbook.worksheets.map((ws) => ws.name);
    return {
      type: "opened",
      sheets: workbook.worksheets.map((ws) => ({ name: ws.name, rowCount: ws.rowCount })),
    };
  }

  /** A .docx as the main file: its Word tables become the sheets, its paragraphs go to the page. */
  private async openWordFile(
    bytes: ArrayBuffer,
    fileName: string,
    report: (fraction: number) => void,
  ): Promise<WorkerResult> {
    const content = await readWordFile(bytes, fileName);
    if (content.tables.length === 0) throw new WorkbookFailure("noWordTables");
    const sheets = wordTableSheets(content.tables);
    for (const grid of sheets) this.grids.set(grid.name, grid);
    this.sheetNames = sheets.map((grid) => grid.name);
    report(1);
    return {
      type: "opened",
      sheets: sheets.map((grid) => ({ name: grid.name, rowCount: grid.cells.length })),
      document: { paragraphs: content.paragraphs },
    };
  }

  private async readReport(fileName: string, bytes: ArrayBuffer): Promise<NarrativeParagraph[]> {
    try {
      return await paragraphsOfFile(fileName, new Uint8Array(bytes));
    } catch (error) {
      throw documentFailure(error);
    }
  }

  private requireWorkbook(): ExcelJS.Workbook {
    if (!this.workbook) throw new WorkbookFailure("noWorkbook");
    return this.workbook;
  }

  private grid(sheet: string): Grid {
    const cached = this.grids.get(sheet);
    if (cached) return cached;
    if (!this.sheetNames.includes(sheet)) {
      if (this.sheetNames.length === 0) throw new WorkbookFailure("noWorkbook");
      throw new WorkbookFailure("unknownSheet", sheet);
    }
    const ws = this.requireWorkbook().getWorksheet(sheet);
    if (!ws) throw new WorkbookFailure("unknownSheet", sheet);
    const grid = worksheetToGrid(ws);
    this.grids.set(sheet, grid);
    return grid;
  }

  private firstSheetWithTable(): string {
    if (this.sheetNames.length === 0) throw new WorkbookFailure("noWorkbook");
    for (const name of this.sheetNames) {
      if (detectTables(this.grid(name)).tables.length > 0) return name;
    }
    return this.sheetNames[0];
  }

  private check(id: number, sheet: string, options: WorkerCheckOptions): SheetReport {
    const grid = this.grid(sheet);
    const onProgress = this.progress(id, "checking");
    onProgress(0);
    const report = checkSheet(grid, { ...options, onProgress });
    this.lastReports.set(sheet, report);
    onProgress(1);
    return report;
  }

  private preview(sheet: string, address: string, headerRows: number[] = []): CellPreview {
    const grid = this.grid(sheet);
    const at = parseAddress(address);
    if (!at) throw new WorkbookFailure("internal", `bad address ${address}`);
    const cells = rowTexts(grid, at.row - 1, at.column + 1);
    const rows = headerRows.filter((r) => r >= 1).map((r) => rowTexts(grid, r - 1, cells.length));
    // A merged parent ("Kết quả" over "Thực hiện | Tỷ lệ") repeats nothing: join each column's parts.
    const width = Math.max(cells.length, ...rows.map((r) => r.length));
    const header =
      rows.length === 0
        ? null
        : Array.from({ length: width }, (_, c) =>
            rows
              .map((r) => r[c] ?? "")
              .filter((t) => t !== "")
              .join(" / "),
          );
    if (header) while (cells.length < header.length) cells.push("");
    return {
      sheet,
      address: address.replace(/\$/g, "").toUpperCase(),
      row: at.row,
      column: at.column,
      header,
      cells,
    };
  }

  private async annotate(
    id: number,
    checked: string[],
    lang: Lang,
    optionsBySheet: Record<string, WorkerCheckOptions>,
    claimFlags: readonly ClaimFlag[],
  ): Promise<{ bytes: ArrayBuffer; sheets: number; findings: number }> {
    if (!this.original) throw new WorkbookFailure("noWorkbook");
    const report = this.progress(id, "annotating");
    report(0);
    const shown = new Set(checked);
    const all: SheetReport[] = [];
    // In workbook order, so the findings sheet lists sheets as the file does.
    for (const ws of this.requireWorkbook().worksheets) {
      const kept = shown.has(ws.name) ? this.lastReports.get(ws.name) : undefined;
      const options = optionsBySheet[ws.name];
      if (kept) all.push(kept);
      else if (options) all.push(checkSheet(this.grid(ws.name), options));
    }
    report(0.2);
    // A fresh copy each time: downloading twice, or after a re-check, never stacks flags.
    const workbook = await loadWorkbook(this.original.slice(0), (f) => report(0.2 + 0.2 * f));
    annotateWorkbook(workbook, all, lang, { flags: [...claimFlags], summaryRows: [] });
    report(0.6);
    const written = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
    report(1);
    const findings = all.reduce((n, sheet) => n + sheet.tables.reduce((m, t) => m + t.findings.length, 0), 0);
    return { bytes: toArrayBuffer(written), sheets: all.length, findings };
  }
}
