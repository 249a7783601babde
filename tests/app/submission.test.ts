/** One submission: Word tables checked like sheets, every report checked against every table. */
import { Paragraph } from "docx";
import { readDocument } from "../../src/adapters/documents";
import {
  checkSubmission,
  submissionHasErrors,
  wordTableName,
  type DocumentInput,
} from "../../src/app/submission";
import type { CheckNarrative, NarrativeReport, SubmissionSheet } from "../../src/engine/claims/types";
import { checkSheet } from "../../src/engine/index";
import { BIEU_01, buildDocx, wordTable } from "../adapters/documents/support/build-docx";

async function reportWithTable(file: string): Promise<DocumentInput> {
  const bytes = await buildDocx([new Paragraph("Biểu 01"), wordTable(BIEU_01), new Paragraph("Hết.")]);
  const content = await readDocument(bytes, file);
  return { kind: "document", file, paragraphs: content.paragraphs, tables: content.tables };
}

/** A stand-in for the claim reader (plumbing under test): records its input, finds what it is told. */
function recorder(severity: "error" | "info" | null): { check: CheckNarrative; calls: SubmissionSheet[][] } {
  const calls: SubmissionSheet[][] = [];
  const check: CheckNarrative = (paragraphs, sheets): NarrativeReport => {
    calls.push([...sheets]);
    return {
      paragraphs: paragraphs.length,
      claims: [],
      targets: [],
      findings:
        severity === null
          ? []
          : [
              {
                rule: "claim-percent",
                severity,
                paragraph: 1,
                text: "đạt 90%",
                message: { id: "target/unreadable", data: { text: "90%" } },
                table: null,
              },
            ],
    };
  };
  return { check, calls };
}

describe("wordTableName", () => {
  it("takes a short caption's first line, else numbers the table", () => {
    expect(wordTableName({ index: 1, caption: "Biểu 01\nKẾT QUẢ" })).toBe("Biểu 01");
    expect(wordTableName({ index: 2 })).toBe("Bảng 2");
    expect(wordTableName({ index: 3, caption: "x".repeat(81) })).toBe("Bảng 3");
  });
});

describe("checkSubmission (plumbing, test double checker)", () => {
  it("checks Word tables like sheets and hands every table of the submission to each report", async () => {
    const doc = await reportWithTable("bao-cao.docx");
    const text: DocumentInput = {
      kind: "document",
      file: "tom-tat.txt",
      paragraphs: [{ index: 1, text: "Hết." }],
      tables: [],
    };
    // Another table than the Word one (its last row left off): both are handed on.
    const grid = doc.tables[0].grid;
    const workbookSheet = checkSheet({ ...grid, cells: grid.cells.slice(0, -1), name: "Biểu 02" });
    const { check, calls } = recorder(null);
    const result = checkSubmission(
      [{ kind: "workbook", file: "bieu.xlsx", sheets: [workbookSheet] }, doc, text],
      check,
    );
    expect(result.files.map((f) => [f.kind, f.file])).toEqual([
      ["workbook", "bieu.xlsx"],
      ["document", "bao-cao.docx"],
      ["document", "tom-tat.txt"],
    ]);
    const wordTable = result.files[1].sheets[0];
    expect(wordTable.name).toBe("Biểu 01");
    expect(wordTable.tables).toHaveLength(1);
    expect(calls).toHaveLength(2);
    for (const sheets of calls)
      expect(sheets.map((s) => [s.file, s.sheet])).toEqual([
        ["bieu.xlsx", "Biểu 02"],
        ["bao-cao.docx", "Biểu 01"],
      ]);
    expect(calls[0][1].caption).toBe("Biểu 01");
  });

  it("hands on the workbook sheet alone when a Word table repeats it, with the table's caption", async () => {
    const doc = await reportWithTable("bao-cao.docx");
    const workbookSheet = checkSheet({ ...doc.tables[0].grid, name: "Sheet1" });
    const { check, calls } = recorder(null);
    const result = checkSubmission(
      [doc, { kind: "workbook", file: "bieu.xlsx", sheets: [workbookSheet] }],
      check,
    );
    expect(calls[0].map((s) => [s.file, s.sheet, s.caption])).toEqual([["bieu.xlsx", "Sheet1", "Biểu 01"]]);
    expect(result.sheets).toEqual(calls[0]);
    // The Word table is still checked and reported in its file.
    expect(result.files[0].sheets.map((s) => s.name)).toEqual(["Biểu 01"]);
    expect(result.files[0].sheets[0].tables[0].findings.length).toBeGreaterThan(0);
  });

  it("passes the disabled rules on to the Word tables", async () => {
    const doc = await reportWithTable("bao-cao.docx");
    const rules = (disabled: string[]): string[] =>
      checkSubmission([doc], recorder(null).check, {
        disabledRules: disabled,
      }).files[0].sheets[0].tables[0].findings.map((f) => f.rule);
    expect(rules([])).toContain("percent-mismatch");
    expect(rules(["percent-mismatch"])).not.toContain("percent-mismatch");
  });

  it("counts a report's error-level findings as errors of the submission", () => {
    const text: DocumentInput = {
      kind: "document",
      file: "a.txt",
      paragraphs: [{ index: 1, text: "đạt 90%" }],
      tables: [],
    };
    expect(submissionHasErrors(checkSubmission([text], recorder("error").check))).toBe(true);
    expect(submissionHasErrors(checkSubmission([text], recorder("info").check))).toBe(false);
  });
});
