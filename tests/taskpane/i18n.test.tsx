/** @jest-environment jsdom */
import { STRINGS, pick } from "../../src/taskpane/i18n";

/** Templates whose arguments are not plain numbers or names. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  headerRowsText: [[4, 5]],
  tableOption: [0, { firstRow: 5, lastRow: 11 }],
};

/** Every leaf text of a strings table, calling templates with sample arguments. */
function leaves(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const out = (value as (...args: unknown[]) => unknown)(...(SAMPLE_ARGS[path] ?? ["3", "7", "11"]));
    return typeof out === "string" ? [[path, out]] : [];
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("task pane texts", () => {
  it("has every text in Vietnamese and English, none empty", () => {
    const vi = new Map(leaves(STRINGS.vi));
    const en = new Map(leaves(STRINGS.en));
    expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...vi, ...en]) expect(`${key}: ${text.trim()}`).not.toMatch(/: $/);
    // Only language names and the "name (count)" headings (translated parts passed in) may read the same.
    const same = [...vi].filter(([key, text]) => en.get(key) === text).map(([key]) => key);
    expect(same.sort()).toEqual(["languages.en", "languages.vi", "ruleGroup", "severityGroup"]);
  });

  it("picks a message in the chosen language, falling back to Vietnamese", () => {
    expect(pick({ vi: "Đạt", en: "Achieved" }, "en")).toBe("Achieved");
    expect(pick({ vi: "Đạt", en: "Achieved" }, "vi")).toBe("Đạt");
    expect(pick({ vi: "Đạt", en: "" }, "en")).toBe("Đạt");
    expect(pick(undefined, "vi")).toBe("");
  });
});
