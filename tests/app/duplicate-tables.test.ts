/** A report's Word tables that repeat the workbook's sheets: claims tied once, to the sheet. */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readDocument } from "../../src/adapters/documents";
import { worksheetToGrid } from "../../src/adapters/exceljs/read";
import { duplicateOf, sameIndicators } from "../../src/app/duplicate-tables";
import { checkSubmission, type CheckedDocument, type SubmissionInput } from "../../src/app/submission";
import { checkNarrative, checkSheet, type SheetReport } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";

const FIXTURES = path.join(__dirname, "..", "fixtures");

const grid = (name: string, rows: string[][]): Grid => ({
  name,
  cells: rows.map((cells) => cells.map((value) => ({ value }))),
  merges: [],
  hiddenRows: [],
});
const HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"];
const HERD = ["1", "Tổng đàn gia súc", "Con", "7.500", "8.200", "109,3", "Vượt"];
const VILLAGES = ["2", "Số thôn đạt chuẩn văn hóa", "Thôn", "10", "8", "80", "Không đạt"];

describe("sameIndicators", () => {
  const sheet = checkSheet(grid("Biểu 01", [HEADER, HERD, VILLAGES]));

  it("holds for the same indicators under another name, spacing or case", () => {
    const copy = checkSheet(
      grid("Bảng 1", [
        HEADER,
        ["1.", "Tổng  đàn gia súc", "con", "7.500", "8.200", "109,3", "Vượt"],
        VILLAGES,
      ]),
    );
    expect(sameIndicators(copy, sheet)).toBe(true);
    expect(duplicateOf(copy, [checkSheet(grid("Khác", [HEADER, VILLAGES])), sheet])).toBe(1);
  });

  it("fails when an actual, a target or a row differs", () => {
    const otherActual = checkSheet(
      grid("Bảng 1", [HEADER, [...HERD.slice(0, 4), "8.300", "110,7", "Vượt"], VILLAGES]),
    );
    const otherTarget = checkSheet(
      grid("Bảng 1", [HEADER, [...HERD.slice(0, 3), "8.000", ...HERD.slice(4)], VILLAGES]),
    );
    const fewerRows = checkSheet(grid("Bảng 1", [HEADER, HERD]));
    for (const other of [otherActual, otherTarget, fewerRows])
      expect(sameIndicators(other, sheet)).toBe(false);
  });

  it("never holds between tables with no indicators", () => {
    const empty: SheetReport = { ...sheet, tables: [] };
    expect(sameIndicators(empty, { ...empty, name: "Khác" })).toBe(false);
  });
});

async function workbookInput(file: string): Promise<SubmissionInput> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, "realistic", file));
  return { kind: "workbook", file, sheets: wb.worksheets.map((ws) => checkSheet(worksheetToGrid(ws))) };
}

async function documentInput(file: string): Promise<SubmissionInput> {
  const bytes = await fs.readFile(path.join(FIXTURES, "documents", file));
  const content = await readDocument(new Uint8Array(bytes), file);
  return { kind: "document", file, paragraphs: content.paragraphs, tables: content.tables };
}

interface Truth {
  builtFrom: string;
  claims: Array<{ paragraph: number; agrees: boolean | null }>;
}

const errorsOf = (doc: CheckedDocument) => doc.narrative.findings.filter((f) => f.severity === "error");
const unmatchedOf = (doc: CheckedDocument) =>
  doc.narrative.claims.filter((c) => c.match === null && !("over" in c && c.over)).map((c) => c.text);

describe("a Word report whose tables are the workbook's sheets, with that workbook (realistic set)", () => {
  // Each .docx was built with the `docx` package from its workbook's tables (scripts/realistic/make-word-reports.ts).
  it.each(["bao-cao-word-bach-thong-lech.docx", "bao-cao-word-sap-nhap.docx"])(
    "%s: each planted disagreement found once, against the workbook; the duplicate leaves no claim unmatched",
    async (document) => {
      const truth = JSON.parse(
        await fs.readFile(
          path.join(FIXTURES, "documents", document.replace(/\.docx$/, ".truth.json")),
          "utf8",
        ),
      ) as Truth;
      const report = await documentInput(document);
      const workbook = await workbookInput(truth.builtFrom);
      const alone = checkSubmission([report], checkNarrative).files[0] as CheckedDocument;
      const together = checkSubmission([workbook, report], checkNarrative);
      const doc = together.files[1] as CheckedDocument;

      // The Word tables are still checked and reported in the document's own sheets.
      expect(doc.sheets.map((s) => s.name)).toEqual(alone.sheets.map((s) => s.name));
      expect(doc.sheets.length).toBeGreaterThan(0);
      // Claims are tied to the workbook's sheets only.
      expect(together.sheets.every((s) => s.file === truth.builtFrom)).toBe(true);
      for (const claim of doc.narrative.claims)
        if (claim.match) expect(claim.match.file).toBe(truth.builtFrom);

      const planted = truth.claims.filter((c) => c.agrees === false).map((c) => c.paragraph);
      const flagged = errorsOf(doc).map((f) => f.paragraph);
      expect([...new Set(flagged)].sort((a, b) => a - b)).toEqual([...planted].sort((a, b) => a - b));
      // Once: the same errors as the report checked alone against its own tables, no more.
      const rules = (d: CheckedDocument) =>
        errorsOf(d)
          .map((f) => `${f.paragraph} ${f.rule}`)
          .sort();
      expect(rules(doc)).toEqual(rules(alone));
      for (const f of errorsOf(doc)) if (f.table) expect(f.table.file).toBe(truth.builtFrom);
      // No claim the report ties to its own tables is left unmatched (the sheets' names may tie more).
      expect(unmatchedOf(alone)).toEqual(expect.arrayContaining(unmatchedOf(doc)));
    },
  );

  it("keeps a Word table that repeats no sheet among the tables claims are tied to", async () => {
    const report = (await documentInput("bao-cao-word-bach-thong-lech.docx")) as Extract<
      SubmissionInput,
      { kind: "document" }
    >;
    const other = await workbookInput("03-hai-dong-tieu-de-dong-thang.xlsx");
    const result = checkSubmission([other, report], checkNarrative);
    expect(result.sheets.some((s) => s.file === report.file)).toBe(true);
  });
});
