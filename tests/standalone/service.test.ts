/** @jest-environment node */
import type { SheetReport } from "../../src/engine/types";
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { WorkbookFailure, type WorkerRequest, type WorkerResponse } from "../../src/standalone/protocol";
import {
  BrowserWorkbookService,
  XLSX_MIME,
  annotatedFileName,
  type ServiceEvent,
  type WorkerPort,
} from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";

/** A worker stand-in whose answers the test scripts per request type. */
class ScriptedPort implements WorkerPort {
  onmessage: WorkerPort["onmessage"] = null;
  onerror: WorkerPort["onerror"] = null;
  readonly received: WorkerRequest[] = [];
  terminated = false;

  constructor(
    private readonly script: (request: WorkerRequest, reply: (r: Omit<WorkerResponse, "id">) => void) => void,
  ) {}

  postMessage(message: WorkerRequest): void {
    this.received.push(message);
    const reply = (response: Omit<WorkerResponse, "id">) =>
      queueMicrotask(() =>
        this.onmessage?.({ data: { ...response, id: message.id } } as MessageEvent<WorkerResponse>),
      );
    this.script(message, reply);
  }

  terminate(): void {
    this.terminated = true;
  }
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

const emptyReport = (name: string): SheetReport => ({ name, tables: [], convention: "vi" });

function standardScript(request: WorkerRequest, reply: (r: Omit<WorkerResponse, "id">) => void): void {
  switch (request.type) {
    case "open":
      reply({ kind: "progress", stage: "reading", fraction: 0 } as Omit<WorkerResponse, "id">);
      reply({
        kind: "done",
        result: {
          type: "opened",
          sheets: [
            { name: "Ghi chú", rowCount: 3 },
            { name: "Biểu 01", rowCount: 40 },
          ],
        },
      } as Omit<WorkerResponse, "id">);
      break;
    case "firstSheetWithTable":
      reply({ kind: "done", result: { type: "sheet", name: "Biểu 01" } } as Omit<WorkerResponse, "id">);
      break;
    case "check":
      for (const fraction of [0, 0.5, 1]) {
        reply({ kind: "progress", stage: "checking", fraction } as Omit<WorkerResponse, "id">);
      }
      reply({ kind: "done", result: { type: "report", report: emptyReport(request.sheet) } } as Omit<
        WorkerResponse,
        "id"
      >);
      break;
    case "preview":
      reply({
        kind: "done",
        result: {
          type: "preview",
          preview: {
            sheet: request.sheet,
            address: request.address,
            row: 9,
            column: 5,
            header: null,
            cells: [],
          },
        },
      } as Omit<WorkerResponse, "id">);
      break;
    case "annotate":
      reply({
        kind: "done",
        result: { type: "annotated", bytes: new Uint8Array([1, 2, 3]).buffer, sheets: 2, findings: 7 },
      } as Omit<WorkerResponse, "id">);
      break;
  }
}

async function openService(script = standardScript) {
  const port = new ScriptedPort(script);
  const storage = new MemoryStorage();
  const saved: Array<{ blob: Blob; name: string }> = [];
  const events: ServiceEvent[] = [];
  const service = await BrowserWorkbookService.open(
    {
      port,
      fileName: "Báo cáo xã.xlsx",
      bytes: new Uint8Array([0x50, 0x4b]).buffer,
      settings: new SettingsStore(storage),
      saveFile: (blob, name) => saved.push({ blob, name }),
    },
    (event) => events.push(event),
  );
  return { service, port, storage, saved, events };
}

describe("BrowserWorkbookService", () => {
  it("opens the file in the worker and lists its sheets; the label is the file name", async () => {
    const { service, port, events } = await openService();
    expect(port.received[0]).toMatchObject({ type: "open", fileName: "Báo cáo xã.xlsx" });
    expect(service.label).toBe("Báo cáo xã.xlsx");
    expect(await service.listSheets()).toEqual(["Ghi chú", "Biểu 01"]);
    expect(events).toContainEqual({ type: "progress", stage: "reading", fraction: 0 });
  });

  it("starts on the sheet the worker found a table in, asking only once", async () => {
    const { service, port } = await openService();
    expect(await service.activeSheet()).toBe("Biểu 01");
    expect(await service.activeSheet()).toBe("Biểu 01");
    expect(port.received.filter((r) => r.type === "firstSheetWithTable")).toHaveLength(1);
  });

  it("sends the check options without the callback and reports progress to it", async () => {
    const { service, port, events } = await openService();
    const seen: number[] = [];
    const report = await service.check("Biểu 01", { tolerance: 0.5, onProgress: (f) => seen.push(f) });
    expect(report.name).toBe("Biểu 01");
    const sent = port.received.find((r) => r.type === "check");
    expect(sent).toMatchObject({ type: "check", sheet: "Biểu 01", options: { tolerance: 0.5 } });
    expect(sent && "options" in sent && "onProgress" in sent.options).toBe(false);
    expect(seen).toEqual([0, 0.5, 1]);
    expect(events[events.length - 1]).toEqual({ type: "idle" });
  });

  it("rejects with the worker's failure code", async () => {
    const { service } = await openService((request, reply) => {
      if (request.type === "check") {
        reply({ kind: "failed", code: "unknownSheet", detail: "Biểu 09" } as Omit<WorkerResponse, "id">);
      } else standardScript(request, reply);
    });
    await expect(service.check("Biểu 09", {})).rejects.toMatchObject({
      code: "unknownSheet",
      detail: "Biểu 09",
    });
  });

  it("fails the open with the code the worker gives, and stops the worker", async () => {
    const port = new ScriptedPort((_request, reply) =>
      reply({ kind: "failed", code: "encrypted" } as Omit<WorkerResponse, "id">),
    );
    const opening = BrowserWorkbookService.open({
      port,
      fileName: "mat-khau.xlsx",
      bytes: new ArrayBuffer(8),
      settings: new SettingsStore(null),
      saveFile: () => undefined,
    });
    await expect(opening).rejects.toBeInstanceOf(WorkbookFailure);
    await expect(opening).rejects.toMatchObject({ code: "encrypted" });
    expect(port.terminated).toBe(true);
  });

  it("rejects every pending request when the worker itself errors", async () => {
    const { service, port } = await openService((request, reply) => {
      if (request.type !== "check") standardScript(request, reply);
    });
    const checking = service.check("Biểu 01", {});
    port.onerror?.({ message: "out of memory", preventDefault: () => undefined } as ErrorEvent);
    await expect(checking).rejects.toMatchObject({ code: "internal", detail: "out of memory" });
  });

  it("asks for the preview with the header row of the table holding the cell", async () => {
    const { service, port, events } = await openService((request, reply) => {
      if (request.type === "check") {
        const report = emptyReport("Biểu 01");
        report.tables.push({
          table: { headerRows: [4, 5], firstRow: 6, lastRow: 30 },
        } as unknown as SheetReport["tables"][number]);
        reply({ kind: "done", result: { type: "report", report } } as Omit<WorkerResponse, "id">);
      } else standardScript(request, reply);
    });
    await service.check("Biểu 01", {});
    await service.selectCell("Biểu 01", "F9");
    expect(port.received.find((r) => r.type === "preview")).toMatchObject({
      address: "F9",
      headerRows: [4, 5],
    });
    expect(events.some((e) => e.type === "preview" && e.preview.address === "F9")).toBe(true);
  });

  it("stores settings in the browser and tells the page about a language change", async () => {
    const { service, storage, events } = await openService();
    expect((await service.loadSettings()).lang).toBe("vi");
    await service.saveSettings({ ...DEFAULT_SETTINGS, lang: "en", tolerance: 1 });
    expect(new SettingsStore(storage).load()).toMatchObject({ lang: "en", tolerance: 1 });
    expect(events).toContainEqual({ type: "settings", settings: expect.objectContaining({ lang: "en" }) });
    expect((await service.loadSettings()).tolerance).toBe(1);
  });

  it("downloads the annotated workbook: the shown sheets by name, options for any sheet the worker must check", async () => {
    const { service, port, saved } = await openService();
    await service.saveSettings({ ...DEFAULT_SETTINGS, disabledRules: ["percent"] });
    const downloaded = await service.downloadAnnotated([emptyReport("Biểu 01")], "vi");
    expect(downloaded).toEqual({ fileName: "Báo cáo xã (đã kiểm tra).xlsx", sheets: 2, findings: 7 });
    const sent = port.received.find((r) => r.type === "annotate");
    expect(sent).toMatchObject({
      lang: "vi",
      checked: ["Biểu 01"],
      optionsBySheet: { "Ghi chú": { disabledRules: ["percent"], tolerance: 0 } },
    });
    // No report goes back to the worker: it flags from the reports it kept.
    expect(sent && "reports" in sent).toBe(false);
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe("Báo cáo xã (đã kiểm tra).xlsx");
    expect(saved[0].blob.type).toBe(XLSX_MIME);
    expect(new Uint8Array(await saved[0].blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe("annotatedFileName", () => {
  it("keeps the name and marks the copy", () => {
    expect(annotatedFileName("Biểu 01.xlsx")).toBe("Biểu 01 (đã kiểm tra).xlsx");
    expect(annotatedFileName(".xlsx")).toBe("bảng chỉ tiêu (đã kiểm tra).xlsx");
  });
});
