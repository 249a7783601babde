/** @jest-environment node */
import ExcelJS from "exceljs";
import { paragraphsOfText } from "../../src/adapters/documents/report-paragraphs";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { resolutionTargets, targetRowsIn } from "../../src/app/target-table";
import { TARGET_TABLE_HEADER } from "../../src/app/target-table-layout";
import { checkSheet } from "../../src/engine/index";
import type { WorkerRequest } from "../../src/standalone/protocol";
import { XLSX_MIME, type WorkerPort } from "../../src/standalone/service";
import { targetTableDownload } from "../../src/standalone/target-table-download";
import { InProcessPort } from "../support/in-process-port";
import { RESOLUTION_SEEDS, resolutionText } from "../support/resolutions";

function seedRows(id: string, lang: "vi" | "en" = "vi") {
  const targets = resolutionTargets(paragraphsOfText(resolutionText(id)));
  return { targets, rows: targetRowsIn(targets, lang) };
}

function downloads() {
  const saved: Array<{ blob: Blob; name: string }> = [];
  const ports: InProcessPort[] = [];
  const output = targetTableDownload(
    async () => {
      const port = new InProcessPort();
      ports.push(port);
      return port;
    },
    (blob, name) => saved.push({ blob, name }),
  );
  return { output, saved, ports };
}

async function savedWorkbook(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

describe("the browser page's target table download", () => {
  it.each(RESOLUTION_SEEDS)("downloads seed %s as an .xlsx that checks with no error", async (id) => {
    const { output, saved, ports } = downloads();
    const { targets, rows } = seedRows(id);

    expect(await output.write(rows, "vi")).toBe("Biểu chỉ tiêu.xlsx");
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([["Biểu chỉ tiêu.xlsx", XLSX_MIME]]);
    const workbook = await savedWorkbook(saved[0].blob);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Biểu chỉ tiêu"]);
    const report = checkSheet(worksheetToGrid(workbook.worksheets[0]));
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].indicators).toHaveLength(targets.length);
    expect(report.tables[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    // The worker started for the request is stopped once the file is saved.
    expect(ports.map((p) => p.terminated)).toEqual([true]);
  });

  it("writes the rows it is given under the header, named in the chosen language", async () => {
    const { output, saved } = downloads();
    const { rows } = seedRows("002", "en");
    expect(await output.write(rows, "en")).toBe("Targets.xlsx");
    const sheet = (await savedWorkbook(saved[0].blob)).getWorksheet("Targets")!;
    expect(sheet.getRow(3).values).toEqual([undefined, ...TARGET_TABLE_HEADER]);
    const texts = (r: number) =>
      Array.from({ length: TARGET_TABLE_HEADER.length }, (_, c) => sheet.getCell(r, c + 1).text);
    rows.forEach((row, i) => expect(texts(4 + i)).toEqual(row.cells));
    // An action programme's lead agency is noted as the command line notes it.
    expect(rows.some((row) => row.cells[7].startsWith("Lead: "))).toBe(true);
  });

  it("rejects with the worker's failure, saves nothing and still stops the worker", async () => {
    const saved: Blob[] = [];
    let stopped = false;
    const failing: WorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage(message: WorkerRequest) {
        queueMicrotask(() =>
          failing.onmessage?.({
            data: { id: message.id, kind: "failed", code: "internal", detail: "out of memory" },
          } as MessageEvent),
        );
      },
      terminate: () => (stopped = true),
    };
    const output = targetTableDownload(
      async () => failing,
      (blob) => saved.push(blob),
    );
    await expect(output.write(seedRows("000").rows, "vi")).rejects.toThrow("out of memory");
    expect(saved).toEqual([]);
    expect(stopped).toBe(true);
  });
});
