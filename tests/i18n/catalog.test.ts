/** The catalogs: words for every message the rules use, the same ids in both, numbers per language. */
import { ALL_RULES, checkSheet } from "../../src/engine";
import { message } from "../../src/engine/messages";
import { catalogIds, render, t } from "../../src/i18n";
import { engineEn } from "../../src/i18n/en/engine";
import { formatFor } from "../../src/i18n/format";
import { engineVi } from "../../src/i18n/vi/engine";
import { resultsSheet } from "../engine/pipeline-fixture";

describe("the engine catalogs", () => {
  it("have words for every rule's description and messages, in both languages", () => {
    for (const rule of ALL_RULES) {
      expect(rule.description.id).toBe(`rule/${rule.id}`);
      expect(rule.messages.length).toBeGreaterThan(0);
      for (const id of [rule.description.id, ...rule.messages]) {
        expect(catalogIds("vi")).toContain(id);
        expect(catalogIds("en")).toContain(id);
      }
    }
  });

  it("hold the same ids in Vietnamese and English", () => {
    expect(Object.keys(engineEn).sort()).toEqual(Object.keys(engineVi).sort());
    expect(catalogIds("en").sort()).toEqual(catalogIds("vi").sort());
  });

  it("give a check's findings only the ids its rule declares", () => {
    const report = checkSheet(resultsSheet());
    const findings = report.tables.flatMap((t) => t.findings);
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      const rule = ALL_RULES.find((r) => r.id === f.rule)!;
      expect(rule.messages).toContain(f.message.id);
    }
  });

  it("cover every message of a report, which holds ids and data rather than words", () => {
    const report = checkSheet(resultsSheet());
    const messages: unknown[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === "object" && value !== null)
        for (const [key, v] of Object.entries(value)) {
          // A parsed number's `reason` is a code ("empty", "error", "unparsable"), not words.
          if (key === "reason" && ["empty", "error", "unparsable"].includes(v as string)) continue;
          if (["message", "reason", "statusReason", "sentence"].includes(key)) messages.push(v);
          else walk(v);
        }
    };
    walk(report);
    expect(messages.length).toBeGreaterThan(20);
    for (const m of messages) {
      expect(Object.keys(m as object)).toEqual(["id", "data"]);
      const { id } = m as { id: string };
      expect(catalogIds("vi")).toContain(id);
      expect(catalogIds("en")).toContain(id);
    }
  });

  it("say which id lacks words rather than failing", () => {
    expect(render({ id: "no/such-id", data: {} } as unknown as Parameters<typeof render>[0], "vi")).toBe(
      "[no/such-id]",
    );
  });
});

describe("number formatting per language", () => {
  it("writes decimals and thousands as each language does", () => {
    const vi = formatFor("vi");
    const en = formatFor("en");
    expect(vi.num(91.2)).toBe("91,2");
    expect(en.num(91.2)).toBe("91.2");
    expect(vi.num(12904)).toBe("12.904");
    expect(en.num(12904)).toBe("12,904");
    expect(vi.num(2 / 3, 2)).toBe("0,67");
    expect(en.num(1234567.891, 1)).toBe("1,234,567.9");
    expect(vi.pad2(9)).toBe("09");
    expect(vi.pad2(23)).toBe("23");
  });

  it("writes a count with its noun in the number of the language", () => {
    const vi = formatFor("vi");
    const en = formatFor("en");
    expect(en.count(1, "sheet", "sheets")).toBe("1 sheet");
    expect(en.count(0, "sheet", "sheets")).toBe("0 sheets");
    expect(en.count(12904, "finding", "findings")).toBe("12,904 findings");
    expect(vi.count(3, "trang tính")).toBe("3 trang tính");
    expect(t("en", "page/file-label", { file: "a.xlsx", sheets: 1 })).toBe("File: a.xlsx (1 sheet)");
  });

  it("formats the numbers a message holds only when it is rendered", () => {
    const m = message("suspect-magnitude/rate-above-100", { name: "Tỷ lệ che phủ rừng", actual: 12904.5 });
    expect(m.data).toEqual({ name: "Tỷ lệ che phủ rừng", actual: 12904.5 });
    expect(render(m, "vi")).toBe(
      "«Tỷ lệ che phủ rừng» là một tỷ lệ nhưng kết quả ghi 12.904,5%, lớn hơn 100%",
    );
    expect(render(m, "en")).toBe('"Tỷ lệ che phủ rừng" is a rate but the actual is 12,904.5%, above 100%');
  });

  it("shortens a long text from the sheet and joins lists", () => {
    const f = formatFor("vi");
    expect(f.clip("ngắn")).toBe("ngắn");
    expect(f.clip("x".repeat(100))).toBe(`${"x".repeat(77)}…`);
    expect(f.list(["a", "b", "c"], "; ")).toBe("a; b; c");
  });
});
