import fc from "fast-check";
import { normalizeSpaces } from "../../../src/engine/parse/numbers";
import { cleanText, fold, isOddSpace, isTrimmedSpace } from "../../../src/engine/text/fold";

/** What cleanText means, written the slow way: every odd space a space, runs collapsed, ends trimmed. */
function cleanSlowly(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, " ").trim();
}

describe("cleanText", () => {
  test.each([
    "Kết quả",
    "  Kết  quả ",
    "Kết\nquả",
    "Kết\u00a0quả",
    "A\u200bB",
    "x\ty",
    "",
    "a",
    "Đánh\r\ngiá",
  ])("%j is cleaned like the plain definition", (text) => {
    expect(cleanText(text)).toBe(cleanSlowly(text));
  });

  test("its fast path for already clean text agrees with the definition on any string", () => {
    const pieces = fc.constantFrom("a", "Đ", "ế", " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u3000", "1,5");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(cleanText(text)).toBe(cleanSlowly(text));
      }),
    );
  });
});

describe("isOddSpace", () => {
  test("knows the whitespace that is not the plain space, and no letter", () => {
    for (const ch of ["\t", "\n", "\r", "\u00a0", "\u2007", "\u202f", "\u200b", "\u3000", "\ufeff"]) {
      expect(isOddSpace(ch.charCodeAt(0))).toBe(true);
    }
    for (const ch of [" ", "a", "Đ", "ế", "ữ", "1", "%"]) expect(isOddSpace(ch.charCodeAt(0))).toBe(false);
  });
});

describe("isTrimmedSpace", () => {
  it("is exactly the whitespace String.prototype.trim removes, for every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isTrimmedSpace(code) !== (String.fromCharCode(code).trim() === "")) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});

describe("fold", () => {
  test("drops diacritics and case, and collapses whitespace", () => {
    expect(fold("  Đánh\ngiá ")).toBe("danh gia");
    expect(fold("KẾT QUẢ THỰC HIỆN")).toBe("ket qua thuc hien");
  });
});

describe("normalizeSpaces", () => {
  /** The definition: zero-width characters dropped, other spaces collapsed to one, ends trimmed. */
  function normalizeSlowly(text: string): string {
    return text
      .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, "")
      .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
      .trim();
  }

  test("its fast path for clean text agrees with the definition on any string", () => {
    const pieces = fc.constantFrom(
      "a",
      "Đ",
      "5",
      " ",
      "  ",
      "\n",
      "\u00a0",
      "\u200b",
      "\u200d",
      "\u2060",
      "x",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normalizeSpaces(text)).toBe(normalizeSlowly(text));
      }),
    );
  });
});
