import { wordTableSheets } from "../../src/app/word-sheets";

describe("wordTableSheets", () => {
  it("names tables by their caption, 'Bảng N' without one, a repeated name numbered", () => {
    const grid = { name: "", cells: [], merges: [], hiddenRows: [] };
    const names = wordTableSheets([
      { index: 1, caption: "Biểu 01", grid },
      { index: 2, grid },
      { index: 3, caption: "Biểu 01", grid },
      { index: 4, caption: "Biểu 01", grid },
    ]).map((g) => g.name);
    expect(names).toEqual(["Biểu 01", "Bảng 2", "Biểu 01 (2)", "Biểu 01 (3)"]);
  });
});
