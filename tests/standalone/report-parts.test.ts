import fc from "fast-check";
import { joinReport, splitReport } from "../../src/standalone/report-parts";
import { sampleReport } from "../support/sample-report";
import type { SheetReport } from "../../src/engine/types";

/** The sample report with its table repeated `tables` times and its lists grown to `rows` items. */
function grown(rows: number, tables: number): SheetReport {
  const base = sampleReport("Biểu 01");
  const one = base.tables[0];
  const many = Array.from({ length: tables }, (_, t) => ({
    ...one,
    indicators: Array.from({ length: rows }, (_, k) => ({
      ...one.indicators[k % one.indicators.length],
      row: k + t,
    })),
    findings: Array.from({ length: Math.ceil(rows / 3) }, (_, k) => ({
      ...one.findings[k % one.findings.length],
      row: k + t,
    })),
  }));
  return { ...base, tables: many };
}

describe("a report sent in parts", () => {
  it("cuts the long lists into parts no longer than asked and joins them back to the same report", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 50 }),
        (rows, tables, size) => {
          const report = grown(rows, tables);
          const { head, parts } = splitReport(report, size);
          expect(head.tables.every((t) => t.indicators.length === 0 && t.findings.length === 0)).toBe(true);
          expect(parts.every((p) => p.items.length > 0 && p.items.length <= size)).toBe(true);
          expect(joinReport(head, parts)).toEqual(report);
        },
      ),
    );
  });

  it("leaves the report it cut untouched", () => {
    const report = grown(30, 2);
    const before = JSON.stringify(report);
    splitReport(report, 7);
    expect(JSON.stringify(report)).toBe(before);
  });
});
