/**
 * @jest-environment node
 *
 * Claim flags beside the table's, through the real Office.js request builder
 * (tests/support/office-js-harness.ts): every request stays under Excel on the web's 5 MB limit
 * (batches are sized per request, so 11,000 cells show it; office-js-requests.test.ts holds the
 * 20,000-cell cap), and "Xóa đánh dấu" brings the sheet back.
 */
import type { ClaimFlag } from "../../../src/app/claims-layout";
import {
  applyClaimFlagsToSheet,
  applyFlagsToSheet,
  clearFlagsByName,
} from "../../../src/adapters/office/flags";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import { t } from "../../../src/i18n";
import { FakeExcel, PAYLOAD_LIMIT } from "../../support/fake-excel";
import { officeJsAvailable } from "../../support/office-js-harness";
import { OFFICE_PATHS, SHEET, bigReport, bigWorkbook } from "../../support/office-js-scenarios";
import { FakeWorkbookState, addTargetTable } from "../../support/fake-excel";
import { finding, reportWith } from "./report-fixtures";

const ROWS = 10_000;
const TABLE_CELLS = 9_000;
const CLAIM_CELLS = 2_000;

/**
 * Claims contradicting `count` cells: half on rate cells the table flags too (F5, F6, …), half on
 * name cells it does not (B5, B6, …), each note in the app layer's wording.
 */
function claimFlags(count: number): ClaimFlag[] {
  return Array.from({ length: count }, (_, i) => {
    const row = 5 + Math.floor(i / 2);
    const clause = `Chỉ tiêu dòng ${row}: 650/700 ha, đạt 98,5%, vượt chỉ tiêu Nghị quyết Đại hội`;
    return {
      sheet: SHEET,
      cell: `${i % 2 === 0 ? "F" : "B"}${row}`,
      severity: "error",
      note: t("vi", "reconcile/note", {
        report: "Báo cáo kết quả thực hiện Nghị quyết nhiệm kỳ 2020-2025.docx",
        paragraph: 100 + i,
        text: clause,
        rule: "claim-percent",
        message: `«${clause}»: ghi đạt 98,5% nhưng 650/700 = 92,86%`,
      }),
    };
  });
}

const describeOfficeJs = officeJsAvailable() ? describe : describe.skip;

describeOfficeJs("claim flags: requests built by Office.js", () => {
  it.each(OFFICE_PATHS)(
    `beside ${TABLE_CELLS} table flags, ${CLAIM_CELLS} claim flags go in requests under 5 MB and clear back (ExcelApi %s)`,
    async (path) => {
      const excel = bigWorkbook(ROWS, path);
      const features = detectFeatures(excel.env());
      const before = JSON.stringify(excel.host.state.snapshot(SHEET));
      await excel.run((c) => applyFlagsToSheet(c, features, SHEET, bigReport(TABLE_CELLS, ROWS), "vi"));
      excel.resetStats();
      const result = await excel.run((c) =>
        applyClaimFlagsToSheet(c, features, SHEET, claimFlags(CLAIM_CELLS)),
      );
      // the claims' B cells are new, their F cells the table's: one flag each
      expect(result.flagged).toBe(TABLE_CELLS + CLAIM_CELLS / 2);
      expect(excel.requests.length).toBeGreaterThan(1);
      expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      excel.resetStats();
      await excel.run((c) => clearFlagsByName(c, features, SHEET));
      expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(JSON.stringify(excel.host.state.snapshot(SHEET)) === before).toBe(true);
    },
  );
});

describe("claim flags: responses", () => {
  it("reads back a restore record of 20,000 cells, too big for one response, in responses under 5 MB", async () => {
    const state = new FakeWorkbookState();
    addTargetTable(state, SHEET, 20_000);
    const excel = new FakeExcel(state);
    const features = detectFeatures(excel.env());
    // Long messages (a few findings on each cell): the record outgrows one response.
    const long = Array.from({ length: 20_000 }, (_, i) =>
      finding(`F${5 + i}`, "error", `Tỷ lệ ở dòng ${5 + i} ghi 88,2% nhưng 650/700 = 92,86%; `.repeat(4)),
    );
    await excel.run((c) => applyFlagsToSheet(c, features, SHEET, reportWith(long, SHEET), "vi"));
    const recordBytes = state.customXmlParts.reduce((n, p) => n + Buffer.byteLength(p.xml, "utf8"), 0);
    expect(recordBytes).toBeGreaterThan(PAYLOAD_LIMIT); // more than one response could carry
    excel.resetStats();
    await excel.run((c) => applyClaimFlagsToSheet(c, features, SHEET, claimFlags(CLAIM_CELLS)));
    expect(excel.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT);
  });
});
