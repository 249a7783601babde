/** @jest-environment node */
import {
  detectFeatures,
  ensureSupported,
  unsupportedMessage,
} from "../../../src/adapters/office/requirements";
import { FakeExcel } from "../../support/fake-excel";

describe("requirement sets", () => {
  it.each([
    ["1.7", { cellProperties: false, comments: false, mergedAreas: false, notes: false }],
    ["1.9", { cellProperties: true, comments: false, mergedAreas: false, notes: false }],
    ["1.14", { cellProperties: true, comments: true, mergedAreas: true, notes: false }],
    ["1.18", { cellProperties: true, comments: true, mergedAreas: true, notes: true }],
  ])("an Excel with ExcelApi %s gets the features it supports", (version, features) => {
    expect(detectFeatures(new FakeExcel(undefined, version).env())).toEqual(features);
  });

  it("asks with versions as strings, so 1.10 is not read as 1.1", () => {
    const asked: unknown[] = [];
    detectFeatures({
      isSetSupported: (_name, version) => {
        asked.push(version);
        return true;
      },
    });
    expect(asked).toContain("1.10");
    expect(asked.every((v) => typeof v === "string")).toBe(true);
  });

  it("explains plainly, in both languages, what an Excel below ExcelApi 1.7 lacks", () => {
    const old = new FakeExcel(undefined, "1.5").env();
    expect(unsupportedMessage(old)?.vi).toContain("cần ExcelApi 1.7");
    expect(unsupportedMessage(old)?.en).toContain("ExcelApi 1.7 is needed");
    expect(() => ensureSupported(old)).toThrow(/Excel 2019/);
    expect(unsupportedMessage(new FakeExcel(undefined, "1.7").env())).toBeNull();
  });
});
