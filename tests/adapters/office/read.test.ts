/** @jest-environment node */
import { readSheetGrid } from "../../../src/adapters/office/read";
import { isDateCell } from "../../../src/engine/parse/numbers";
import { detectFeatures } from "../../../src/adapters/office/requirements";
import {
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT,
  FakeExcel,
  FakeWorkbookState,
  addTargetTable,
} from "../../support/fake-excel";

async function readWith(excel: FakeExcel, sheet?: string, budgetBytes?: number) {
  const features = detectFeatures(excel.env());
  excel.resetStats();
  const grid = await excel.run((context) => readSheetGrid(context, features, sheet, { budgetBytes }));
  return { grid, syncs: excel.syncs.length, maxPayload: excel.maxPayloadBytes };
}

describe("reading a sheet through Office.js", () => {
  it("reads values, text, formats, errors, merges and hidden rows, anchored at A1", async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet("Biểu 01");
    sheet.setValues(
      [
        ["TT", "Chỉ tiêu", "NQ", "TH", "%"],
        [
          1,
          "Lúa",
          { value: 3000, text: "3.000", numberFormat: "#,##0" },
          3150,
          { value: 1.05, numberFormat: "0%" },
        ],
        [null, "Ngô", 10, { error: "#DIV/0!" }, "92,9"],
      ],
      2,
      1,
    );
    sheet.merges.push({ top: 3, left: 1, bottom: 4, right: 1 });
    sheet.hiddenRows.add(4);
    const excel = new FakeExcel(state);
    const { grid } = await readWith(excel);

    expect(grid.name).toBe("Biểu 01");
    expect(grid.cells[0]).toBeUndefined();
    expect(grid.cells[2]?.[0]).toBeUndefined();
    expect(grid.cells[2]?.[1]).toEqual({ value: "TT" });
    expect(grid.cells[3]?.[3]).toEqual({ value: 3000, text: "3.000", numberFormat: "#,##0" });
    expect(grid.cells[3]?.[5]).toEqual({ value: 1.05, text: "105%", numberFormat: "0%" });
    expect(grid.cells[4]?.[4]).toEqual({ value: { error: "#DIV/0!" }, text: "#DIV/0!" });
    expect(grid.cells[4]?.[1]).toBeUndefined();
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(grid.hiddenRows).toEqual([4]);
  });

  it("keeps a date's number format, so a value Excel turned into a date is seen as one", async () => {
    const state = new FakeWorkbookState();
    state
      .addSheet("Biểu 01")
      .setValues([["Lúa", { value: 46054, text: "01/02", numberFormat: "dd/mm" }, 3150]], 0, 0);
    const { grid } = await readWith(new FakeExcel(state));
    expect(grid.cells[0]?.[1]).toEqual({ value: 46054, text: "01/02", numberFormat: "dd/mm" });
    expect(isDateCell(grid.cells[0]?.[1] ?? undefined)).toBe(true);
    expect(isDateCell(grid.cells[0]?.[2] ?? undefined)).toBe(false);
  });

  it("reads hidden rows and skips merges on an Excel without the newer sets (ExcelApi 1.7)", async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet("Biểu 01");
    sheet.setValues([["TT"], [1], [2], [3]]);
    sheet.hiddenRows.add(2);
    sheet.merges.push({ top: 1, left: 0, bottom: 2, right: 0 });
    const { grid } = await readWith(new FakeExcel(state, "1.7"));
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.merges).toEqual([]);
    expect(grid.cells[3]?.[0]).toEqual({ value: 3 });
  });

  it("gives an empty grid for an empty sheet", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Trống");
    const { grid } = await readWith(new FakeExcel(state));
    expect(grid).toEqual({ name: "Trống", cells: [], merges: [], hiddenRows: [] });
  });

  it("reads a chosen sheet rather than the active one", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("A").setValues([["a"]]);
    state.addSheet("B").setValues([["b"]]);
    const { grid } = await readWith(new FakeExcel(state), "B");
    expect(grid.cells[0]?.[0]).toEqual({ value: "b" });
  });

  // 5,000 indicators have 501 merged group rows and the title: as many as Excel answers at once.
  it("uses the same number of syncs for 100, 1,000 and 5,000 rows", async () => {
    const counts: number[] = [];
    for (const rows of [100, 1000, 5000]) {
      const state = new FakeWorkbookState();
      addTargetTable(state, "Biểu 01", rows);
      const { grid, syncs } = await readWith(new FakeExcel(state));
      expect(grid.cells.length).toBeGreaterThan(rows);
      counts.push(syncs);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it("reads every merged area of a sheet with more than Excel answers at once (512)", async () => {
    const state = new FakeWorkbookState();
    const sheet = addTargetTable(state, "Biểu 01", 20000);
    expect(sheet.merges.length).toBeGreaterThan(3 * MERGED_AREAS_LIMIT);
    const { grid, syncs } = await readWith(new FakeExcel(state));
    const key = (m: { top: number; left: number }) => m.top * 100 + m.left;
    expect(grid.merges.slice().sort((a, b) => key(a) - key(b))).toEqual(
      sheet.merges.slice().sort((a, b) => key(a) - key(b)),
    );
    // the refused whole-sheet ask, the shape again, a few bands: far from one sync per band
    expect(syncs).toBeLessThanOrEqual(12);
  });

  it("still fails with ItemNotFound for a sheet that is not there (the ask without merges fails too)", async () => {
    const state = new FakeWorkbookState();
    addTargetTable(state, "Biểu 01", 10);
    await expect(readWith(new FakeExcel(state), "Biểu 02")).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps every response under 5 MB at 50,000 rows and still reads every row", async () => {
    const state = new FakeWorkbookState();
    addTargetTable(state, "Biểu 01", 50000);
    const { grid, syncs, maxPayload } = await readWith(new FakeExcel(state));
    expect(maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(syncs).toBeGreaterThan(1);
    const last = grid.cells[grid.cells.length - 1];
    expect(last?.[1]).toBeDefined();
  });

  it("splits a batch again when Excel refuses a response as too large", async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet("Dài");
    const long = "x".repeat(2000);
    sheet.setValues(Array.from({ length: 3000 }, () => [long, long]));
    const excel = new FakeExcel(state);
    const { grid, maxPayload } = await readWith(excel);
    expect(grid.cells[2999]?.[1]).toEqual({ value: long });
    // the refused attempt is recorded; the successful ones stay under the limit
    expect(excel.syncs.filter((s) => s.responseBytes <= PAYLOAD_LIMIT).length).toBeGreaterThan(1);
    expect(maxPayload).toBeGreaterThan(0);
  });
});
