/** @jest-environment node */
import {
  applyFlagsToSheet,
  clearFlagsByName,
  clearFlagsByNameWithResult,
} from "../../../src/adapters/office/flags";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import { FILL_ANSWERS, FakeExcel, FakeWorkbookState } from "../../support/fake-excel";
import { finding, reportWith } from "./report-fixtures";

/** E5 No Fill, F5 solid white, G5 yellow, H5 a patterned fill: flagged, then cleared. */
function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet("Biểu 01");
  sheet.setValues([["TT", "Chỉ tiêu"]]);
  sheet.ensure(4, 4).value = 1;
  Object.assign(sheet.ensure(4, 5), { value: 2, fill: { color: "#FFFFFF", pattern: "Solid" } });
  Object.assign(sheet.ensure(4, 6), { value: 3, fill: { color: "#FFFF00", pattern: "Solid" } });
  Object.assign(sheet.ensure(4, 7), {
    value: 4,
    fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
  });
  return state;
}

const flagged = reportWith(["E5", "F5", "G5", "H5"].map((cell) => finding(cell, "error", "x")));

describe.each(["1.9", "1.18"])("No Fill and white on ExcelApi %s", (version) => {
  it.each(FILL_ANSWERS)("come back exactly when Excel answers fills as %s", async (answer) => {
    const state = workbook();
    const before = state.snapshot("Biểu 01");
    const excel = new FakeExcel(state, version);
    excel.fillAnswer = answer;
    const features = detectFeatures(excel.env());
    await excel.run((c) => applyFlagsToSheet(c, features, "Biểu 01", flagged, "vi"));
    expect(state.sheetByName("Biểu 01")?.cell(4, 4)?.fill?.color).toBe("#FFC7CE");
    await excel.run((c) => clearFlagsByName(c, features, "Biểu 01"));
    if (answer === "pattern-null") {
      // With no pattern in the answer a patterned fill can come back only as its colour, solid.
      expect(state.sheetByName("Biểu 01")?.cell(4, 7)?.fill).toMatchObject({
        color: "#FFFF00",
        pattern: "Solid",
      });
      Object.assign(state.sheetByName("Biểu 01")?.ensure(4, 7) ?? {}, {
        fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
      });
    }
    expect(state.snapshot("Biểu 01")).toEqual(before);
    // No Fill stays No Fill (gridlines show); white stays a solid white fill.
    expect(state.sheetByName("Biểu 01")?.cell(4, 4)?.fill).toBeUndefined();
    expect(state.sheetByName("Biểu 01")?.cell(4, 5)?.fill).toEqual({ color: "#FFFFFF", pattern: "Solid" });
  });
});

describe("a gradient fill on a flagged cell", () => {
  it("does not block clearing: the other cells come back exactly, the gradient cell is named", async () => {
    const state = workbook();
    const sheet = state.sheetByName("Biểu 01")!;
    sheet.ensure(4, 8).fill = { color: "#5B9BD5", pattern: "LinearGradient" };
    const report = reportWith(["E5", "F5", "G5", "H5", "I5"].map((cell) => finding(cell, "error", "x")));
    const excel = new FakeExcel(state, "1.18");
    const features = detectFeatures(excel.env());
    await excel.run((c) => applyFlagsToSheet(c, features, "Biểu 01", report, "vi"));
    const result = await excel.run((c) => clearFlagsByNameWithResult(c, features, "Biểu 01"));
    expect(result).toEqual({ cleared: 5, notRestored: ["I5"] });
    expect(sheet.cell(4, 4)?.fill).toBeUndefined();
    expect(sheet.cell(4, 5)?.fill).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(sheet.cell(4, 7)?.fill).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
    expect(sheet.cell(4, 8)?.fill).toMatchObject({ color: "#5B9BD5", pattern: "Solid" });
    expect(state.customXmlParts).toHaveLength(0);
  });
});
