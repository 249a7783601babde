import fc from "fast-check";
import { foldedStartsWith, foldFast } from "../../../src/engine/text/fast-fold";
import { fold } from "../../../src/engine/text/fold";

describe("foldFast returns exactly what fold returns", () => {
  test.each([
    "Đánh giá",
    "  Tỷ lệ hộ nghèo\u00a0giảm\n bình quân 1,5%/năm ",
    "KĐ",
    "K\nđạt",
    "Ư Ơ ư ơ Ạ Ặ Ễ Ỷ",
    "Đ\u0301a",
    "\u0301 a",
    "a \u0301",
    "ΟΔΟΣ",
    "İstanbul",
    "\ufeffĐạt\u200b",
    "",
  ])("%j", (text) => {
    expect(foldFast(text)).toBe(fold(text));
  });

  test("on arbitrary strings", () => {
    const vietnamese = fc.constantFrom(
      "Đ",
      "đ",
      "ạ",
      "Ấ",
      "ư",
      "Ơ",
      "ỷ",
      "\u0301",
      "\u0323",
      " ",
      "\u00a0",
      "\u202f",
      "\u200b",
      "\n",
      "\t",
      "a",
      "Z",
      "1",
      ".",
      "%",
      "Σ",
      "ß",
      "İ",
    );
    fc.assert(
      fc.property(fc.string({ unit: vietnamese, maxLength: 30 }), (s) => {
        expect(foldFast(s)).toBe(fold(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (s) => {
        expect(foldFast(s)).toBe(fold(s));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        expect(foldFast(s)).toBe(fold(s));
      }),
      { numRuns: 1000 },
    );
  });

  test("every Latin and Vietnamese letter folds as fold does", () => {
    const ranges: Array<[number, number]> = [
      [0x20, 0x24f],
      [0x300, 0x36f],
      [0x1e00, 0x1eff],
    ];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const text = `a${String.fromCharCode(code)}b`;
        expect(foldFast(text)).toBe(fold(text));
      }
    }
  });
});

const PREFIXES = ["ty le", "ty", "t", "", "nghin con", " a", "a "];

describe("foldedStartsWith answers as foldFast(text).startsWith(prefix)", () => {
  test.each([
    "Tỷ lệ hộ nghèo",
    "  Tỷ  lệ",
    "TỶ\u00a0LỆ",
    "Tổng sản lượng",
    "Ty",
    "Ty le",
    "T\u0301y le",
    "\u0301 a",
    "a \u0301",
    "ΟΔΟΣ ty le",
    "ty le ΟΔΟΣ",
    "\ufeffTỷ lệ\u200b",
    "Nghìn con",
    "",
    " ",
  ])("%j", (text) => {
    for (const prefix of PREFIXES) {
      expect(foldedStartsWith(text, prefix)).toBe(foldFast(text).startsWith(prefix));
      for (const length of [0, 1, 3, 8])
        expect(foldedStartsWith(text, prefix, length)).toBe(
          foldFast(text.slice(0, length)).startsWith(prefix),
        );
    }
  });

  test("on arbitrary strings", () => {
    const piece = fc.constantFrom(
      "T",
      "t",
      "ỷ",
      "Y",
      " ",
      "\u00a0",
      "l",
      "ệ",
      "E",
      "\u0301",
      "Σ",
      "đ",
      "x",
      "\n",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }),
        fc.constantFrom(...PREFIXES),
        fc.nat(12),
        (pieces, prefix, length) => {
          const text = pieces.join("");
          expect(foldedStartsWith(text, prefix)).toBe(foldFast(text).startsWith(prefix));
          expect(foldedStartsWith(text, prefix, length)).toBe(
            foldFast(text.slice(0, length)).startsWith(prefix),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
