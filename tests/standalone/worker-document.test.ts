/**
 * @jest-environment node
 *
 * The page's worker on Word files, in-process behind the page's service: a .docx opened alone
 * becomes its Word tables as sheets (named as the command line names them) and its paragraphs;
 * a chosen report is read in the worker and a refused one comes back as the reader's error.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { Paragraph } from "docx";
import { readDocument, isDocumentReadError } from "../../src/adapters/documents";
import { wordTableSheets } from "../../src/app/word-sheets";
import { checkSheet } from "../../src/engine/index";
import { inPagePort } from "../../src/standalone/in-page-port";
import { WorkbookFailure } from "../../src/standalone/protocol";
import { BrowserWorkbookService } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";
import { buildDocx } from "../adapters/documents/support/build-docx";
import { oleFile } from "../adapters/documents/support/ole-file";

const DOCS = join(__dirname, "..", "fixtures", "documents");
const fixture = (name: string) => new Uint8Array(readFileSync(join(DOCS, name)));

function open(fileName: string, bytes: Uint8Array) {
  return BrowserWorkbookService.open({
    port: inPagePort(),
    fileName,
    bytes: bytes.slice().buffer,
    settings: new SettingsStore(null),
    saveFile: () => undefined,
  });
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (e) {
    return e;
  }
  throw new Error("it succeeded");
}

describe("a .docx opened alone", () => {
  it("has its Word tables as sheets, checked as the engine checks them, and its paragraphs", async () => {
    const bytes = fixture("bao-cao-word-sap-nhap.docx");
    const content = await readDocument(bytes, "bao-cao.docx");
    const grids = wordTableSheets(content.tables);
    const service = await open("bao-cao.docx", bytes);

    expect(await service.listSheets()).toEqual(["Biểu số 01", "Biểu số 02", "Biểu số 03"]);
    expect(service.sheetInfo().map((s) => s.rowCount)).toEqual(grids.map((g) => g.cells.length));
    expect(service.documentParagraphs).toEqual(content.paragraphs);
    expect(await service.activeSheet()).toBe("Biểu số 01");
    const report = await service.check("Biểu số 02", {});
    expect(report).toEqual(checkSheet(grids[1]));
    expect(report.tables[0].indicators.length).toBeGreaterThan(3);
    // No workbook to annotate: the pane offers no download.
    expect(service.downloadAnnotated).toBeUndefined();
    service.close();
  });

  it("previews a Word table's cell as it previews a sheet's", async () => {
    const service = await open("bao-cao.docx", fixture("bao-cao-word-bach-thong-lech.docx"));
    const previews: unknown[] = [];
    service.subscribe((event) => event.type === "preview" && previews.push(event.preview));
    await service.check("Biểu 01", {});
    await service.selectCell("Biểu 01", "B5");
    expect(previews).toEqual([
      expect.objectContaining({ sheet: "Biểu 01", address: "B5", row: 5 }) as unknown,
    ]);
    const [preview] = previews as Array<{ cells: string[] }>;
    expect(preview.cells[1]).toBe("Tổng sản lượng lương thực có hạt");
    service.close();
  });

  it("refuses a .docx without a Word table, and a zip that is neither a workbook nor a Word file", async () => {
    const noTable = await buildDocx([new Paragraph("Báo cáo không có bảng nào.")]);
    expect(await failure(open("bao-cao.docx", noTable))).toEqual(new WorkbookFailure("noWordTables"));
    const zip = new JSZip();
    zip.file("ghi-chu.txt", "không phải Word");
    const other = await zip.generateAsync({ type: "uint8array" });
    expect(await failure(open("tep.zip", other))).toEqual(new WorkbookFailure("notExcel"));
  });
});

describe("a report read in the worker", () => {
  it("reads a chosen .docx's paragraphs beside the open workbook", async () => {
    const service = await open("bao-cao.docx", fixture("bao-cao-word-bach-thong-khop.docx"));
    const report = fixture("bao-cao-word-bach-thong-lech.docx");
    const paragraphs = await service.readReport("lech.docx", report);
    expect(paragraphs).toEqual((await readDocument(report, "lech.docx")).paragraphs);
    // The open file is untouched.
    expect(await service.listSheets()).toEqual(["Biểu 01"]);
    service.close();
  });

  it("rejects a refused report with the reader's own error, code and data", async () => {
    const service = await open("bao-cao.docx", fixture("bao-cao-word-bach-thong-khop.docx"));
    const locked = oleFile(["EncryptionInfo", "EncryptedPackage"]);
    const error = await failure(service.readReport("mat-khau.docx", locked));
    expect(isDocumentReadError(error)).toBe(true);
    expect(error).toMatchObject({ code: "encrypted", data: { container: "ole" } });
    const unsupported = await failure(service.readReport("bieu.xlsx", new Uint8Array([1, 2, 3])));
    expect(unsupported).toMatchObject({ code: "unsupported", data: { format: "xlsx" } });
    service.close();
  });
});
