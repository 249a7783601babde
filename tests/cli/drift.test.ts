/**
 * `chitieu check` on a resolution beside its target table (the realistic drift set): the drift
 * findings in the document entry, the targets each with its row, the exit code, and the
 * annotated copy flagging each drifted target cell with the resolution's wording.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { ensureBuilt, runCli, tempDir } from "./helpers";

const DRIFT = path.join(__dirname, "../fixtures/drift");
const TEXT = path.join(DRIFT, "nghi-quyet-bach-thong.txt");
const DRIFTED = path.join(DRIFT, "bieu-bach-thong-lech.xlsx");
const FAITHFUL = path.join(DRIFT, "bieu-bach-thong-dung.xlsx");

interface JsonDocument {
  findings: Array<{
    rule: string;
    severity: string;
    text: string;
    table: { sheet: string; cell: string } | null;
  }>;
  targets: Array<{
    code: string;
    text: string;
    target: { kind: string };
    match: { sheet: string; row: number } | null;
  }>;
}

function check(args: string[]): { code: number | null; document: JsonDocument } {
  const result = runCli(["check", "--format", "json", ...args]);
  const files = (JSON.parse(result.stdout) as { files: Array<{ document?: JsonDocument }> }).files;
  return { code: result.code, document: files.find((f) => f.document)!.document! };
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir("chitieu-drift-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("chitieu check: a resolution and its target table", () => {
  it("reports each drift in the document's findings, pointing at the target cell, and exits 1", () => {
    const { code, document } = check([TEXT, DRIFTED]);
    const drift = document.findings.filter((f) => f.rule === "target-drift");
    expect(drift.map((f) => f.table?.cell).sort()).toEqual(["D13", "D39", "D5", "D7"]);
    expect(drift.find((f) => f.table?.cell === "D13")?.text).toBe("duy trì độ che phủ rừng đạt 76%.");
    expect(document.findings.filter((f) => f.rule === "target-missing").map((f) => f.table)).toEqual([null]);
    expect(code).toBe(1);
  });

  it("lists the text's targets, each with the row it was compared with", () => {
    const { document } = check([TEXT, DRIFTED]);
    expect(document.targets.length).toBe(47);
    const forest = document.targets.find((t) => t.text === "duy trì độ che phủ rừng đạt 76%.");
    expect(forest?.match).toMatchObject({ sheet: "Chỉ tiêu 2025-2030", row: 13 });
  });

  it("gives a faithful table no error and no warning, and exits 0", () => {
    const { code, document } = check([TEXT, FAITHFUL]);
    expect(document.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(code).toBe(0);
  });

  it("flags each drifted target cell of the annotated copy with the resolution's wording", async () => {
    const out = path.join(dir, "bieu.checked.xlsx");
    runCli(["check", TEXT, DRIFTED, "--out", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const note = wb.getWorksheet("Chỉ tiêu 2025-2030")!.getCell("D13").note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(text).toContain("target-drift");
    expect(text).toContain("«duy trì độ che phủ rừng đạt 76%.»");
    expect(text).toContain("«70 %»");
  });
});
