/** The reports' claims on a workbook's annotated copy, as data (plumbing, fixed narrative results). */
import { reconciliationFor, type CheckedReport } from "../../src/app/claims-layout";
import type { NarrativeReport } from "../../src/engine/claims/types";

const AGREES = "Tổng sản lượng lương thực: 3.150/3.000 tấn, đạt 105%";
const DISAGREES = "Diện tích cây ăn quả: 680/700 ha";

const narrative: NarrativeReport = {
  paragraphs: 3,
  targets: [],
  claims: [
    { kind: "result", paragraph: 1, text: AGREES, match: { file: "bieu.xlsx", sheet: "Biểu 01", row: 9 } },
    {
      kind: "result",
      paragraph: 2,
      text: DISAGREES,
      match: { file: "bieu.xlsx", sheet: "Biểu 01", row: 11 },
    },
    { kind: "result", paragraph: 3, text: "Khác", match: { file: "khac.xlsx", sheet: "Biểu 01", row: 9 } },
    { kind: "count", paragraph: 3, text: "18/23 chỉ tiêu", counts: "total", value: 18, match: null },
  ],
  findings: [
    {
      rule: "claim-value",
      severity: "error",
      paragraph: 2,
      text: DISAGREES,
      message: { id: "target/unreadable", data: { text: "680" } },
      table: { file: "bieu.xlsx", sheet: "Biểu 01", row: 11, cell: "E11" },
    },
    {
      rule: "claim-percent",
      severity: "error",
      paragraph: 3,
      text: "Khác",
      message: { id: "target/unreadable", data: { text: "x" } },
      table: { file: "khac.xlsx", sheet: "Biểu 01", row: 9, cell: "F9" },
    },
  ],
};
const reports: CheckedReport[] = [{ file: "bao-cao.docx", narrative }];

describe("reconciliationFor (plumbing, fixed narrative results)", () => {
  it("flags only this workbook's cells, the note quoting the clause and its paragraph", () => {
    const { flags } = reconciliationFor("bieu.xlsx", reports, "vi");
    expect(flags).toEqual([
      {
        sheet: "Biểu 01",
        cell: "E11",
        severity: "error",
        note: expect.stringContaining(`[bao-cao.docx, đoạn 2 · claim-value] “${DISAGREES}”`),
      },
    ]);
  });

  it("lists each claim tied to the workbook with its row and whether it agrees", () => {
    const { summaryRows } = reconciliationFor("bieu.xlsx", reports, "en");
    const values = summaryRows.map((r) => r.map((c) => c?.value));
    expect(values[0]).toEqual(["Checked against the report"]);
    expect(values.slice(2, 4)).toEqual([
      [1, AGREES, "Biểu 01", expect.stringContaining("9"), "Agrees", "bao-cao.docx"],
      [2, DISAGREES, "Biểu 01", expect.stringContaining("11"), "Disagrees", "bao-cao.docx"],
    ]);
    expect(summaryRows[2][3]?.link).toEqual({ sheet: "Biểu 01", cell: "A9" });
    expect(values).toHaveLength(5);
  });

  it("says when no claim is tied to the workbook, and adds nothing without reports", () => {
    expect(reconciliationFor("other.xlsx", reports, "vi").summaryRows[1][0]?.value).toMatch(
      /không có nhận định/,
    );
    expect(reconciliationFor("bieu.xlsx", [], "vi")).toEqual({ flags: [], summaryRows: [] });
  });
});
