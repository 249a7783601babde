import fc from "fast-check";
import { foldedStartsWith } from "../../../src/engine/checks/folded-prefix";
import { foldFast } from "../../../src/engine/fastfold";

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
