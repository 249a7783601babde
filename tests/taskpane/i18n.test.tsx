/** @jest-environment jsdom */
import { localize, pick, translator } from "../../src/taskpane/i18n";

describe("task pane language", () => {
  it("picks a message in the chosen language, falling back to Vietnamese", () => {
    expect(pick({ vi: "Đạt", en: "Achieved" }, "en")).toBe("Achieved");
    expect(pick({ vi: "Đạt", en: "Achieved" }, "vi")).toBe("Đạt");
    expect(pick({ vi: "Đạt", en: "" }, "en")).toBe("Đạt");
    expect(pick(undefined, "vi")).toBe("");
  });

  it("binds the catalog to a language, and keeps a message in both", () => {
    expect(translator("en")("pane/check")).toBe("Check");
    expect(localize((tr) => tr("pane/fill-empty-done", { count: 1234 }))).toEqual({
      vi: "Đã điền 1.234 ô trống.",
      en: "Filled 1,234 empty cells.",
    });
  });
});
