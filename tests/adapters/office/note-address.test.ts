/** @jest-environment node */
import { FakeExcel, FakeWorkbookState } from "../../support/fake-excel";

/** Notes are asked for by a plain cell address ("F6"), as Microsoft documents; Excel refuses other forms. */
describe("note addresses", () => {
  async function lookUp(address: string): Promise<unknown> {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01").notes.set("F6", { content: "Ghi chú", authorName: "Lan" });
    const excel = new FakeExcel(state);
    return excel.run(async (context) => {
      const note = context.workbook.worksheets.getItem("Biểu 01").notes.getItemOrNullObject(address);
      note.load("content");
      await context.sync();
      return note.content;
    });
  }

  it("finds a note by its plain cell address", async () => {
    await expect(lookUp("F6")).resolves.toBe("Ghi chú");
  });

  it.each(["'Biểu 01'!F6", "$F$6", "F6:F7"])("refuses %s with InvalidCellAddress", async (address) => {
    await expect(lookUp(address)).rejects.toMatchObject({ code: "InvalidCellAddress" });
  });
});
