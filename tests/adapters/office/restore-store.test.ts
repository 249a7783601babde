/** @jest-environment node */
import {
  MAX_PART_BYTES,
  parseRecord,
  serializeRecordParts,
  type FlagRecord,
} from "../../../src/adapters/office/restore-store";
import { applyFlagsToSheet } from "../../../src/adapters/office/flags";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import { FakeExcel, FakeWorkbookState, addTargetTable } from "../../support/fake-excel";
import { bigReport, SHEET } from "../../support/office-js-scenarios";

/** Excel on the web reports custom XML parts over 1 MB as failing. */
const ONE_MB = 1_000_000;

function record(cells: number): FlagRecord {
  return {
    sheetId: "{sheet-1}",
    sheetName: 'Biểu 01 "KH" & <TH>',
    cells: Array.from({ length: cells }, (_, i) => ({
      address: `F${i + 5}`,
      fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
      note: i % 2 === 0 || undefined,
      comment: i % 2 === 1 || undefined,
    })),
  };
}

describe("the restore record in custom XML parts", () => {
  it("keeps each part under 1 MB at 20,000 cells, and the parts together hold every cell once", () => {
    const whole = record(20_000);
    const parts = serializeRecordParts(whole);
    expect(parts.length).toBeGreaterThan(1);
    for (const xml of parts) expect(Buffer.byteLength(xml, "utf8")).toBeLessThanOrEqual(MAX_PART_BYTES);
    const read = parts.map((xml) => parseRecord(xml));
    expect(read.every((r) => r?.sheetId === whole.sheetId && r.sheetName === whole.sheetName)).toBe(true);
    expect(read.flatMap((r) => r?.cells ?? [])).toEqual(whole.cells);
  });

  it("keeps each kind's message on a cell, line breaks, quotes and all", () => {
    const cell = {
      address: "G6",
      fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
      note: true,
      sections: {
        table: { severity: "error" as const, text: '• Lỗi: Đánh giá ghi «Đạt»\n• Cảnh báo: <ô> & "x"' },
        claims: { severity: "error" as const, text: "[Báo cáo a.docx, đoạn 2 · claim-verdict] “không đạt”" },
      },
    };
    const whole: FlagRecord = { sheetId: "{sheet-1}", sheetName: "Biểu 01", cells: [cell] };
    const [xml] = serializeRecordParts(whole);
    expect(xml).not.toMatch(/\n/); // a literal line break in an attribute would be read as a space
    expect(parseRecord(xml)?.cells).toEqual([cell]);
  });

  it("writes one part for a small record", () => {
    expect(serializeRecordParts(record(3))).toHaveLength(1);
  });

  it("flagging 20,000 cells leaves no part of 1 MB or more in the workbook", async () => {
    const state = new FakeWorkbookState();
    addTargetTable(state, SHEET, 20_000);
    const excel = new FakeExcel(state);
    const features = detectFeatures(excel.env());
    await excel.run((c) => applyFlagsToSheet(c, features, SHEET, bigReport(20_000, 20_000), "vi"));
    expect(state.customXmlParts.length).toBeGreaterThan(1);
    for (const part of state.customXmlParts) expect(Buffer.byteLength(part.xml, "utf8")).toBeLessThan(ONE_MB);
  });
});
