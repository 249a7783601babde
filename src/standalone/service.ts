/**
 * The task pane's WorkbookService for the browser page: every workbook operation is a
 * message to the worker; the page only renders. The worker port, the storage and the way
 * a file is saved are passed in, so the service runs in unit tests without a browser.
 */
import { DocumentReadError } from "../adapters/documents/types";
import type { NarrativeParagraph } from "../engine/claims/types";
import type { CheckOptions, Lang, SheetReport } from "../engine/types";
import { checkOptionsFor, type Settings } from "../app/settings";
import type { ClaimFlag } from "../app/claims-layout";
import type { ClaimFlagsPlace, DownloadedWorkbook, WorkbookService } from "../app/workbook-service";
import {
  WorkbookFailure,
  type CellPreview,
  type ProgressStage,
  type SheetInfo,
  type WorkerCheckOptions,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerResult,
} from "./protocol";
import { joinReport, type ReportPart } from "./report-parts";
import { SettingsStore } from "./settings-store";

/** What the service needs of a Worker (a real one in the page, an in-process one in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** What the page listens to: progress of long work, the cell to preview, settings changes. */
export type ServiceEvent =
  | { type: "progress"; stage: ProgressStage; fraction: number }
  | { type: "idle" }
  | { type: "preview"; preview: CellPreview }
  | { type: "settings"; settings: Settings };

export type SaveFile = (blob: Blob, fileName: string) => void;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Distribute<T, K> = T extends unknown ? Omit<T, "id"> & { id?: K } : never;
type RequestBody = Distribute<WorkerRequest, never>;

interface Pending {
  /** Parts of a report received so far, joined to it when the request is done. */
  parts?: ReportPart[];
  resolve(result: WorkerResult): void;
  reject(error: Error): void;
  onProgress?: (stage: ProgressStage, fraction: number) => void;
}

/** Request/response over the port, matched by id. */
export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => {
      event.preventDefault?.();
      this.failAll(new WorkbookFailure("internal", event.message || "worker error"));
    };
  }

  request(
    body: RequestBody,
    onProgress?: (stage: ProgressStage, fraction: number) => void,
    transfer?: Transferable[],
  ): Promise<WorkerResult> {
    const id = this.nextId++;
    return new Promise<WorkerResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      try {
        this.port.postMessage({ ...body, id } as WorkerRequest, transfer);
      } catch (error) {
        this.pending.delete(id);
        reject(new WorkbookFailure("internal", error instanceof Error ? error.message : String(error)));
      }
    });
  }

  terminate(): void {
    this.failAll(new WorkbookFailure("internal", "closed"));
    this.port.terminate();
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.kind === "progress") {
      pending.onProgress?.(message.stage, message.fraction);
      return;
    }
    if (message.kind === "part") {
      (pending.parts ??= []).push(message.part);
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === "done") {
      const { result } = message;
      if (result.type === "report" && pending.parts) {
        pending.resolve({ type: "report", report: joinReport(result.report, pending.parts) });
      } else pending.resolve(result);
    } else pending.reject(new WorkbookFailure(message.code, message.detail, message.document));
  }

  private failAll(error: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }
}

function expect<T extends WorkerResult["type"]>(
  result: WorkerResult,
  type: T,
): Extract<WorkerResult, { type: T }> {
  if (result.type !== type) throw new WorkbookFailure("internal", `expected ${type}, got ${result.type}`);
  return result as Extract<WorkerResult, { type: T }>;
}

/** The download's name: "Bao cao.xlsx" → "Bao cao (đã kiểm tra).xlsx". */
export function annotatedFileName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls)$/i, "") || "bảng chỉ tiêu";
  return `${base} (đã kiểm tra).xlsx`;
}

export interface OpenOptions {
  port: WorkerPort;
  fileName: string;
  bytes: ArrayBuffer;
  settings: SettingsStore;
  saveFile: SaveFile;
}

export class BrowserWorkbookService implements WorkbookService {
  readonly label: string;
  private readonly listeners = new Set<(event: ServiceEvent) => void>();
  private readonly reports = new Map<string, SheetReport>();
  /** The cells the last compared report contradicts, for the annotated download. */
  private claimFlags: ClaimFlag[] = [];
  private settings: Settings;
  private firstSheet: Promise<string> | null = null;

  private constructor(
    private readonly client: WorkerClient,
    private readonly fileName: string,
    private readonly sheets: SheetInfo[],
    private readonly store: SettingsStore,
    private readonly saveFile: SaveFile,
    /** A .docx opened alone: its paragraphs (its Word tables are the sheets); null for a workbook. */
    readonly documentParagraphs: readonly NarrativeParagraph[] | null = null,
  ) {
    this.label = fileName;
    this.settings = store.load();
    // A .docx has no workbook to annotate: hide the download, so the pane offers none.
    if (documentParagraphs) Object.defineProperty(this, "downloadAnnotated", { value: undefined });
  }

  /** Sends the file to the worker; rejects with a WorkbookFailure when it cannot be opened. */
  static async open(
    options: OpenOptions,
    listener?: (event: ServiceEvent) => void,
  ): Promise<BrowserWorkbookService> {
    const client = new WorkerClient(options.port);
    const onProgress = (stage: ProgressStage, fraction: number) =>
      listener?.({ type: "progress", stage, fraction });
    try {
      const result = await client.request(
        { type: "open", fileName: options.fileName, bytes: options.bytes },
        onProgress,
        [options.bytes],
      );
      const { sheets, document } = expect(result, "opened");
      const service = new BrowserWorkbookService(
        client,
        options.fileName,
        sheets,
        options.settings,
        options.saveFile,
        document?.paragraphs ?? null,
      );
      if (listener) service.subscribe(listener);
      return service;
    } catch (error) {
      client.terminate();
      throw error;
    } finally {
      listener?.({ type: "idle" });
    }
  }

  subscribe(listener: (event: ServiceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the worker; the service is unusable afterwards. */
  close(): void {
    this.listeners.clear();
    this.client.terminate();
  }

  sheetInfo(): SheetInfo[] {
    return this.sheets.map((s) => ({ ...s }));
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  activeSheet(): Promise<string> {
    this.firstSheet ??= this.client
      .request({ type: "firstSheetWithTable" })
      .then((result) => expect(result, "sheet").name);
    return this.firstSheet;
  }

  async check(sheet: string, options: CheckOptions): Promise<SheetReport> {
    const { onProgress, ...rest } = options;
    try {
      const result = await this.client.request({ type: "check", sheet, options: rest }, (stage, fraction) => {
        onProgress?.(fraction);
        this.emit({ type: "progress", stage, fraction });
      });
      const { report } = expect(result, "report");
      this.reports.set(sheet, report);
      return report;
    } finally {
      this.emit({ type: "idle" });
    }
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const row = Number(/\d+$/.exec(address)?.[0] ?? 0);
    const table = this.reports
      .get(sheet)
      ?.tables.find((t) => row >= t.table.firstRow && row <= t.table.lastRow);
    const headerRows = table ? [...table.table.headerRows] : undefined;
    const result = await this.client.request({ type: "preview", sheet, address, headerRows });
    this.emit({ type: "preview", preview: expect(result, "preview").preview });
  }

  /**
   * A report for "Đối chiếu với báo cáo", read in the worker (pdf.js included). A file the reader
   * refuses rejects with its `DocumentReadError`, as the reader itself would on the page.
   */
  async readReport(fileName: string, bytes: Uint8Array): Promise<NarrativeParagraph[]> {
    const copy = bytes.slice().buffer;
    try {
      const result = await this.client.request({ type: "readReport", fileName, bytes: copy }, undefined, [
        copy,
      ]);
      return expect(result, "paragraphs").paragraphs;
    } catch (error) {
      if (error instanceof WorkbookFailure && error.document) {
        throw new DocumentReadError(error.document.code, error.document.data);
      }
      throw error;
    }
  }

  async loadSettings(): Promise<Settings> {
    return structuredCloneSettings(this.settings);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = structuredCloneSettings(settings);
    this.store.save(this.settings);
    this.emit({ type: "settings", settings: structuredCloneSettings(this.settings) });
  }

  /** The page has no sheet to flag: the report's flags go into the annotated download. */
  async applyClaimFlags(sheets: readonly string[], flags: readonly ClaimFlag[]): Promise<ClaimFlagsPlace> {
    const replaced = new Set(sheets);
    this.claimFlags = [...this.claimFlags.filter((f) => !replaced.has(f.sheet)), ...flags];
    return "download";
  }

  /**
   * Builds the annotated copy of the whole file, as `chitieu check --out` does: the sheets
   * whose reports the page shows as the worker checked them, every other sheet checked with
   * the stored settings.
   */
  async downloadAnnotated(reports: SheetReport[], lang: Lang): Promise<DownloadedWorkbook> {
    const checked = reports.map((r) => r.name);
    const optionsBySheet: Record<string, WorkerCheckOptions> = {};
    for (const { name } of this.sheets) optionsBySheet[name] = checkOptionsFor(this.settings, name);
    try {
      const result = await this.client.request(
        { type: "annotate", checked, lang, optionsBySheet, claimFlags: this.claimFlags },
        (stage, fraction) => this.emit({ type: "progress", stage, fraction }),
      );
      const { bytes, sheets, findings } = expect(result, "annotated");
      const fileName = annotatedFileName(this.fileName);
      this.saveFile(new Blob([bytes], { type: XLSX_MIME }), fileName);
      return { fileName, sheets, findings };
    } finally {
      this.emit({ type: "idle" });
    }
  }

  private emit(event: ServiceEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

function structuredCloneSettings(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}
