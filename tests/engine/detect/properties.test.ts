/** Detection never throws and keeps its invariants on arbitrary sheets (fast-check). */
import fc from "fast-check";
import type { Cell, Grid, MergedArea } from "../../../src/engine/grid";
import { detectTables, readTableRows } from "../../../src/engine/detect";

const WORDS = [
  "TT",
  "Chỉ tiêu",
  "Chỉ tiêu NQ",
  "Kết quả",
  "Thực hiện",
  "Tỷ lệ (%)",
  "Đánh giá",
  "ĐVT",
  "Ghi chú: x",
  "Tổng số: 3 chỉ tiêu; vượt: 1",
  "NGƯỜI LẬP BIỂU",
  "I",
  "a)",
  "-",
  "1",
  "2.1",
  "Nhóm chỉ tiêu (2 chỉ tiêu)",
  "Thu ngân sách",
  "Đạt",
  "3.000",
  "",
  " ",
];

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...WORDS).map((value) => ({ value })),
  fc.integer({ min: -5, max: 200 }).map((value) => ({ value })),
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
);

const grid: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }),
    fc.array(
      fc
        .tuple(fc.nat(40), fc.nat(8), fc.nat(3), fc.nat(3))
        .map(([top, left, h, w]): MergedArea => ({ top, left, bottom: top + h, right: left + w })),
      { maxLength: 6 },
    ),
    fc.array(fc.nat(40), { maxLength: 5 }),
  )
  .map(([cells, merges, hiddenRows]) => ({ name: "P", cells, merges, hiddenRows }));

const HEADER: Array<Cell | undefined> = [
  "TT",
  "Chỉ tiêu",
  "ĐVT",
  "Chỉ tiêu NQ",
  "Kết quả thực hiện",
  "Tỷ lệ (%)",
].map((value) => ({ value }));

/** Random sheets with one or two real headers somewhere in them, so tables are found. */
const gridWithHeaders: fc.Arbitrary<Grid> = fc.tuple(grid, fc.nat(40), fc.nat(40)).map(([g, a, b]) => {
  const cells = g.cells.map((row) => (row ? [...row] : row));
  cells.splice(Math.min(a, cells.length), 0, HEADER);
  cells.splice(Math.min(b, cells.length), 0, HEADER);
  return { ...g, cells };
});

test.each([
  ["arbitrary sheets", grid],
  ["sheets with real headers", gridWithHeaders],
])(
  "%s: tables are ordered, disjoint, below their headers; rows stay inside their table",
  (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (g) => {
        const { tables, reason } = detectTables(g);
        if (tables.length === 0) expect(reason?.id).toMatch(/^detect\//);
        let previousEnd = 0;
        for (const t of tables) {
          expect(Math.min(...t.headerRows)).toBeGreaterThan(previousEnd);
          expect(t.firstRow).toBeGreaterThan(Math.max(...t.headerRows));
          expect(t.lastRow).toBeGreaterThanOrEqual(t.firstRow);
          expect(t.columns.name).toBeDefined();
          expect(t.targetOnly).toBe(t.columns.actual === undefined);
          previousEnd = t.lastRow;
          for (const row of readTableRows(g, t)) {
            expect(row.row).toBeGreaterThanOrEqual(t.firstRow);
            expect(row.row).toBeLessThanOrEqual(t.lastRow);
          }
        }
      }),
      { numRuns: 300 },
    );
  },
);

test("sheets with real headers do yield tables", () => {
  const found = fc
    .sample(gridWithHeaders, { numRuns: 100, seed: 7 })
    .filter((g) => detectTables(g).tables.length > 0);
  // Random merges over the header and random rows below it spoil some of them.
  expect(found.length).toBeGreaterThan(25);
});
