/**
 * @jest-environment node
 *
 * The fake Excel is as strict as Excel is documented to be, so that what passes against it does
 * not fail in Excel: grid shapes, texts read as formulas, merged areas, missing APIs, sheet
 * visibility and error codes.
 */
import {
  FakeExcel,
  FakeWorkbookState,
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT,
  type FakeSheet,
} from "./fake-excel";

function workbook(apiVersion = "1.18"): { excel: FakeExcel; sheet: FakeSheet; state: FakeWorkbookState } {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet("Biểu 01");
  return { excel: new FakeExcel(state, apiVersion), sheet, state };
}

/** Runs `work` in one Excel.run on the sheet "Biểu 01" and syncs. */
function onSheet(excel: FakeExcel, work: (sheet: Excel.Worksheet) => void): Promise<void> {
  return excel.run(async (context) => {
    work(context.workbook.worksheets.getItem("Biểu 01"));
    await context.sync();
  });
}

describe("grids written to a range", () => {
  it.each([
    ["values", [["a", "b"]]],
    ["values", [["a"], ["b"], ["c"]]],
    ["values", [["a", "b"], ["c"]]],
    ["numberFormat", [["@"]]],
    ["formulas", [["=1", "=2", "=3"]]],
  ])(
    "refuses %s of another shape than the range with InvalidArgument, when the batch runs",
    async (prop, grid) => {
      const { excel, sheet } = workbook();
      let assigned = false;
      const run = onSheet(excel, (ws) => {
        (ws.getRange("A1:B2") as unknown as Record<string, unknown>)[prop] = grid;
        assigned = true;
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(assigned).toBe(true);
      expect(sheet.cell(0, 0)).toBeUndefined();
    },
  );

  it("refuses cell properties of another shape than the range", async () => {
    const { excel } = workbook();
    const run = onSheet(excel, (ws) =>
      ws.getRange("A1:A2").setCellProperties([[{ format: { fill: { color: "#FF0000" } } }]]),
    );
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("writes a grid of the range's shape, and a single value that is not an array into every cell", async () => {
    const { excel, sheet } = workbook();
    await onSheet(excel, (ws) => {
      ws.getRange("A1:B2").values = [
        ["TT", "Chỉ tiêu"],
        [1, "Lúa"],
      ];
      (ws.getRange("C1:C2") as unknown as { numberFormat: unknown }).numberFormat = "0.0";
    });
    expect(sheet.cell(1, 1)?.value).toBe("Lúa");
    expect([sheet.cell(0, 2)?.numberFormat, sheet.cell(1, 2)?.numberFormat]).toEqual(["0.0", "0.0"]);
  });
});

describe("texts written through values", () => {
  async function write(text: string, numberFormat?: string): Promise<FakeSheet> {
    const { excel, sheet } = workbook();
    await onSheet(excel, (ws) => {
      const cell = ws.getRange("B5");
      if (numberFormat) cell.numberFormat = [[numberFormat]];
      cell.values = [[text]];
    });
    return sheet;
  }

  it.each(["- Trong đó:", "+ Cây lúa", "=Tổng"])("takes %s for a formula in a General cell", async (text) => {
    const cell = (await write(text)).cell(4, 1);
    expect(cell?.formula).toBe(text.startsWith("=") ? text : `=${text}`);
    expect(cell?.value).toEqual({ error: "#NAME?" });
  });

  it("reads a text that is a number as the number ('01' is 1)", async () => {
    expect((await write("01")).cell(4, 1)?.value).toBe(1);
    expect((await write("-5")).cell(4, 1)?.value).toBe(-5);
  });

  it.each(["- Trong đó:", "+ Cây lúa", "=Tổng", "01"])(
    "keeps %s as text in a cell formatted as text",
    async (text) => {
      const cell = (await write(text, "@")).cell(4, 1);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
    },
  );

  it("keeps what follows a leading apostrophe as text, without the apostrophe", async () => {
    const cell = (await write("'- Trong đó:")).cell(4, 1);
    expect(cell?.value).toBe("- Trong đó:");
    expect(cell?.formula).toBeUndefined();
  });

  it("reads formulas back through `formulas`, constants as they are", async () => {
    const { excel } = workbook();
    const formulas = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Biểu 01").getRange("A1:B1");
      range.values = [["=A2*2", "Lúa"]];
      range.load("formulas");
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([["=A2*2", "Lúa"]]);
  });
});

describe("merged areas", () => {
  async function mergedAreas(sheet: FakeSheet, excel: FakeExcel, address: string) {
    return excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem(sheet.name)
        .getRange(address)
        .getMergedAreasOrNullObject();
      areas.load("address");
      areas.areas.load("address");
      await context.sync();
      return areas.isNullObject
        ? null
        : { address: areas.address, areas: areas.areas.items.map((a) => a.address) };
    });
  }

  it("gives the areas whose top-left cell is in the range, whole, and names only those cells in its address", async () => {
    const { excel, sheet } = workbook();
    sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 6 }, { top: 3, left: 1, bottom: 4, right: 1 });
    expect(await mergedAreas(sheet, excel, "A1:B4")).toEqual({
      address: "'Biểu 01'!A1,'Biểu 01'!B4",
      areas: ["'Biểu 01'!A1:G1", "'Biểu 01'!B4:B5"],
    });
    // B5 is inside B4:B5, not its top-left cell: Excel does not give the area (office-js #3611).
    expect(await mergedAreas(sheet, excel, "B5:C9")).toBeNull();
  });

  it(`fails the batch over ${MERGED_AREAS_LIMIT} areas, as documented`, async () => {
    const { excel, sheet } = workbook();
    for (let r = 0; r <= MERGED_AREAS_LIMIT; r++) sheet.merges.push({ top: r, left: 1, bottom: r, right: 3 });
    await expect(mergedAreas(sheet, excel, "A1:XFD1048576")).rejects.toThrow(/more than 512/);
    expect(await mergedAreas(sheet, excel, `A1:D${MERGED_AREAS_LIMIT}`)).not.toBeNull();
  });
});

describe("an API this Excel lacks", () => {
  it("is queued like any other and fails when the batch runs, with ApiNotFound", async () => {
    const { excel } = workbook("1.7");
    const calls: string[] = [];
    const run = excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Biểu 01");
      ws.getRange().getMergedAreasOrNullObject().load("areaCount");
      calls.push("merged areas");
      ws.notes.load("items/content");
      calls.push("notes");
      ws.getRange("A1:B2").getCellProperties({ address: true });
      calls.push("cell properties");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(calls).toEqual(["merged areas", "notes", "cell properties"]);
  });

  it.each([
    ["1.9", "threaded comments (1.10)"],
    ["1.17", "notes (1.18)"],
  ])("on ExcelApi %s: %s", async (version, what) => {
    const { excel } = workbook(version);
    const run = onSheet(excel, (ws) => {
      if (what.startsWith("notes")) ws.notes.add("A1", "x");
      else ws.comments.add("A1", "x");
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("sheet visibility", () => {
  it("answers each sheet's visibility, and hiding the active sheet activates a visible one", async () => {
    const { excel, state } = workbook();
    state.addSheet("Ẩn").visibility = "Hidden";
    state.addSheet("Rất ẩn").visibility = "VeryHidden";
    const visibility = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.visibility]);
    });
    expect(visibility).toEqual([
      ["Biểu 01", "Visible"],
      ["Ẩn", "Hidden"],
      ["Rất ẩn", "VeryHidden"],
    ]);

    state.addSheet("Khác");
    await onSheet(excel, (ws) => {
      (ws as unknown as { visibility: string }).visibility = "Hidden";
    });
    expect(state.activeSheet().name).toBe("Khác");
  });
});

describe("error codes", () => {
  it.each<[string, string, (context: Excel.RequestContext) => void]>([
    ["a missing sheet", "ItemNotFound", (c) => c.workbook.worksheets.getItem("Không có").load("name")],
    [
      "row 0",
      "InvalidArgument",
      (c) => c.workbook.worksheets.getItem("Biểu 01").getRange("B0").load("values"),
    ],
    [
      "not an address",
      "InvalidArgument",
      (c) => c.workbook.worksheets.getItem("Biểu 01").getRange("Lúa!").load("values"),
    ],
    [
      "a range with no rows",
      "InvalidArgument",
      (c) => c.workbook.worksheets.getItem("Biểu 01").getRangeByIndexes(0, 0, 0, 3).load("values"),
    ],
    [
      "a range past the last column",
      "InvalidArgument",
      (c) => c.workbook.worksheets.getItem("Biểu 01").getRangeByIndexes(0, 16380, 1, 10).load("values"),
    ],
    ["a sheet name taken", "ItemAlreadyExists", (c) => c.workbook.worksheets.add("biểu 01")],
    ["a sheet name with a slash", "InvalidArgument", (c) => c.workbook.worksheets.add("Biểu 01/2025")],
    ["a sheet name over 31 characters", "InvalidArgument", (c) => c.workbook.worksheets.add("x".repeat(32))],
    [
      "a note on a qualified address",
      "InvalidCellAddress",
      (c) => c.workbook.worksheets.getItem("Biểu 01").notes.add("'Biểu 01'!A1", "x"),
    ],
    [
      "a request over 5 MB",
      "RequestPayloadSizeLimitExceeded",
      (c) => {
        c.workbook.worksheets.getItem("Biểu 01").getRange("A1").values = [["x".repeat(PAYLOAD_LIMIT)]];
      },
    ],
  ])("%s: %s", async (_what, code, work) => {
    const { excel } = workbook();
    const run = excel.run(async (context) => {
      work(context);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code });
  });
});
