/**
 * The drift check on the realistic drift set (tests/fixtures/drift): each resolution beside its
 * target table, faithful and with drift planted. Every planted drift is found by its rule at its
 * cell; a faithful table and every faithful row of a drifted one give no error and no warning.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { readPlainText } from "../../../src/adapters/documents/text/plain";
import { worksheetToGrid } from "../../../src/adapters/exceljs/read";
import { checkNarrative, checkSheet } from "../../../src/engine";
import { DRIFT_DIR, driftTruths, type DriftTruth } from "../../support/drift-truths";
import type { NarrativeReport } from "../../../src/engine/claims/types";

const DIR = DRIFT_DIR;
const truths = driftTruths();

async function checkPair(truth: DriftTruth): Promise<NarrativeReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(DIR, truth.table));
  const sheets = wb.worksheets.map((ws) => ({
    file: truth.table,
    sheet: ws.name,
    report: checkSheet(worksheetToGrid(ws)),
  }));
  const { paragraphs } = readPlainText(readFileSync(join(DIR, truth.text)));
  return checkNarrative(paragraphs, sheets);
}

describe.each(truths.map((t) => [t.table, t] as const))("drift: %s", (_name, truth) => {
  let report: NarrativeReport;
  beforeAll(async () => {
    report = await checkPair(truth);
  });

  it("compares the text's targets with this table", () => {
    const matched = report.targets.filter((t) => t.match !== null);
    expect(matched.length).toBeGreaterThan(report.targets.length / 2);
    expect(new Set(matched.map((t) => t.match!.sheet))).toEqual(new Set([truth.sheet]));
  });

  it("finds every planted drift with its rule, at its cell", () => {
    for (const d of truth.drifts) {
      const found = report.findings.filter((f) => f.rule === d.expected);
      if (d.cell === null) {
        expect(found.map((f) => f.text).join("\n")).not.toBe("");
        expect(found.some((f) => f.table === null)).toBe(true);
      } else {
        expect(found.map((f) => f.table?.cell)).toContain(d.cell);
        expect(found.find((f) => f.table?.cell === d.cell)?.table?.row).toBe(d.row);
      }
    }
  });

  it("gives errors on planted drifts only, and no warning but the missing targets", () => {
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(truth.errors);
    const plantedCells = truth.drifts.map((d) => d.cell);
    for (const e of errors) expect(plantedCells).toContain(e.table?.cell);
    const warnings = report.findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(truth.drifts.filter((d) => d.expected === "target-missing").length);
    for (const w of warnings) expect(w.rule).toBe("target-missing");
  });

  it("names the numbers of both sides in each drift's message", () => {
    for (const f of report.findings.filter((x) => x.rule === "target-drift")) {
      const data = f.message.data as { textTarget: string; tableTarget: string; clause: string };
      expect(data.clause).toBe(f.text);
      expect(data.textTarget).toMatch(/\d/);
      expect(data.tableTarget).toMatch(/\d/);
    }
  });
});
