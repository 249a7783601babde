/**
 * The fast paths of the number and name readers give what the general ones give: String() for
 * numberText, the general scanner for bareNumberValue, the exact word reading for readName.
 */
import fc from "fast-check";
import {
  conventionEvidence,
  fewDecimals,
  endsWithPercent,
  interpretBody,
  numberText,
  bareNumberIsAmbiguous,
  bareNumberValue,
  scaledDigits,
} from "../../../src/engine/parse/numbers";
import { digitsOf, inferPolarity, readName } from "../../../src/engine/parse/polarity";
import type { Target } from "../../../src/engine/types";

/** Numbers as tables hold them: whole, with a few decimals, or any double. */
const TABLE_NUMBER = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 8 }))
    .map(([n, d]) => n / 10 ** d),
  fc.double({ noNaN: false }),
);

describe("numberText", () => {
  it("writes what String() writes", () => {
    fc.assert(
      fc.property(TABLE_NUMBER, (n) => numberText(n) === String(n)),
      { numRuns: 20000 },
    );
  });

  it("handles the edges", () => {
    for (const n of [0, -0, 1e-6, 1e-7, 0.1 + 0.2, 999999999.5, 1e9, 110.1, -0.05, NaN, Infinity])
      expect(numberText(n)).toBe(String(n));
  });
});

describe("fewDecimals and scaledDigits", () => {
  it("count the decimals String() writes, and read them as one integer", () => {
    fc.assert(
      fc.property(TABLE_NUMBER, (n) => {
        const d = fewDecimals(n);
        if (d < 0) return true;
        const written = String(Math.abs(n));
        return (
          written.length - written.indexOf(".") - 1 === d && String(scaledDigits(n, d)) === digitsOf(written)
        );
      }),
      { numRuns: 20000 },
    );
  });
});

/** Texts shaped like numbers: digits with "." and "," marks, an optional "%". */
const NUMBER_TEXT = fc
  .tuple(
    fc.array(fc.constantFrom("0", "1", "2", "5", "9", ".", ","), { minLength: 1, maxLength: 18 }),
    fc.boolean(),
  )
  .map(([chars, percent]) => chars.join("") + (percent ? "%" : ""));

describe("bareNumberValue", () => {
  it("reads a plain number as the general scanner does, and nothing else", () => {
    fc.assert(
      fc.property(NUMBER_TEXT, fc.constantFrom("vi", "en" as const), (text, convention) => {
        const value = bareNumberValue(text, convention);
        if (Number.isNaN(value)) return true;
        const body = interpretBody(endsWithPercent(text) ? text.slice(0, -1) : text, convention);
        return (
          body !== null &&
          Object.is(body.value, value) &&
          body.ambiguous === bareNumberIsAmbiguous(text) &&
          body.evidence === conventionEvidence(text)
        );
      }),
      { numRuns: 20000 },
    );
  });

  it("leaves signs, spaces, units and long numbers to the general scanner", () => {
    for (const text of ["-5", " 5", "5 ha", "1.2.3", "12.", ".5", "1234567890123456", "5%%", "%"])
      expect(bareNumberValue(text, "vi")).toBeNaN();
  });
});

describe("readName", () => {
  const plain: Target = { text: "5", kind: "atLeast", value: 5, plain: true };

  it("gives the name's digits as digitsOf reads them", () => {
    for (const name of ["Tỷ lệ (12)", "mục 2.05", "x 0012 a0", "", "không số", "5 0"])
      expect(readName(name).digits).toBe(digitsOf(name));
  });

  it("finds every cue, so a name without one is higher-better by default", () => {
    const cued = [
      "Tỷ lệ hộ nghèo",
      "Số vụ tai nạn giao thông",
      "Giảm tỷ lệ sinh",
      "Số bản không có ma túy",
      "Tỷ lệ lao động trong lĩnh vực nông nghiệp",
      "Số đối tượng nghiện ma túy",
      "Tỷ lệ ho\u0302\u0323 nghèo",
    ];
    for (const name of cued) expect(readName(name).hasCue).toBe(true);
    for (const name of ["Tổng sản lượng lương thực (1)", "Tỷ lệ dân số tham gia bảo hiểm y tế"]) {
      expect(readName(name).hasCue).toBe(false);
      expect(inferPolarity(name, plain, "%").polarity).toBe("higher");
    }
  });
});
