/** @jest-environment node */
import { unreadableFormat } from "../../src/standalone/unreadable-format";
import { t } from "../../src/i18n";

describe("the format of a file the page cannot read", () => {
  it.each([
    ["Bieu chi tieu.csv", "csv"],
    ["BIEU.TSV", "csv"],
    ["ghi-chu.txt", "text"],
    ["Bao cao 2025.doc", "doc"],
    ["bao-cao.rtf", "doc"],
    ["Bieu.ods", "ods"],
    ["Bieu.numbers", "numbers"],
    ["xuat-tu-phan-mem.html", "html"],
    ["Bieu 2003.xml", "xml"],
    ["xuat-tu-phan-mem.xls", "disguisedXls"],
  ])("%s is named as %s", (name, format) => {
    expect(unreadableFormat(name)).toEqual({ format });
  });

  it("names any other extension as it is", () => {
    expect(unreadableFormat("anh chup bang.JPG")).toEqual({ extension: "jpg" });
    expect(unreadableFormat("bang.zip")).toEqual({ extension: "zip" });
  });

  it("adds nothing for a file without an extension, an .xlsx, a Word .docx or a PDF", () => {
    for (const name of ["Bieu", "Bieu.xlsx", "Bao cao.docx", "Bao cao.pdf", "Bieu."]) {
      expect(unreadableFormat(name)).toBeNull();
    }
  });

  it("has advice in both languages for every format, each naming it and saying to save as .xlsx", () => {
    const formats = ["csv", "text", "doc", "ods", "numbers", "html", "xml", "disguisedXls"] as const;
    for (const format of formats) {
      for (const lang of ["vi", "en"] as const)
        expect(t(lang, `page/unreadable/${format}`)).toMatch(/\.xlsx/);
    }
    expect(t("vi", "page/unreadable/other", { extension: "jpg" })).toContain(".jpg");
    expect(t("en", "page/unreadable/other", { extension: "jpg" })).toContain(".jpg");
  });
});
