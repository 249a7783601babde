/**
 * "Tạo biểu chỉ tiêu từ nghị quyết" on the browser page: the worker writes the .xlsx with the
 * command line's ExcelJS writer, the page saves it. A worker of its own is started for the
 * request, so it works before any workbook is opened and never touches the one that is.
 */
import { targetSheetWords, type TargetTableOutput } from "../app/target-table";
import { WorkbookFailure } from "./protocol";
import { WorkerClient, XLSX_MIME, type SaveFile, type WorkerPort } from "./service";

export function targetTableDownload(spawn: () => Promise<WorkerPort>, saveFile: SaveFile): TargetTableOutput {
  return {
    kind: "file",
    async write(rows, lang) {
      const words = targetSheetWords(lang);
      const client = new WorkerClient(await spawn());
      try {
        const result = await client.request({
          type: "targetTable",
          rows: rows.map((row) => ({ kind: row.kind, cells: [...row.cells] })),
          sheetName: words.name,
          title: words.title,
        });
        if (result.type !== "targetTable") {
          throw new WorkbookFailure("internal", `expected targetTable, got ${result.type}`);
        }
        const fileName = `${words.name}.xlsx`;
        saveFile(new Blob([result.bytes], { type: XLSX_MIME }), fileName);
        return fileName;
      } finally {
        client.terminate();
      }
    },
  };
}
