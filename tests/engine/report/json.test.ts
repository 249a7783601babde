import { checkSheet, toContractJson, type EngineMessage, type Lang } from "../../../src/engine";
import { render } from "../../../src/i18n";
import { makeGrid } from "../../support/grid";
import { resultsSheet } from "../pipeline-fixture";

const HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"];
const COUNT_KEYS = ["total", "exceeded", "achieved", "missed", "unassessed"];
const inLang = (lang: Lang) => (m: EngineMessage) => render(m, lang);

describe("toContractJson", () => {
  const report = checkSheet(resultsSheet());
  const json = toContractJson([{ file: "xa-an-binh.xlsx", sheets: [report] }], inLang("vi"));
  const sheet = json.files[0].sheets[0];

  it("has the contract's top-level shape, survives JSON round trip", () => {
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files[0].file).toBe("xa-an-binh.xlsx");
    expect(Object.keys(sheet)).toEqual(["name", "table", "indicators", "findings", "summary"]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("gives the table with 1-based rows and column letters", () => {
    expect(sheet.name).toBe("Biểu 01");
    expect(sheet.table).toEqual({
      headerRows: [4],
      firstRow: 5,
      lastRow: 18,
      columns: { code: "A", name: "B", unit: "C", target: "D", actual: "E", percent: "F", status: "G" },
    });
  });

  it("gives each indicator row as the contract says", () => {
    const row7 = sheet.indicators.find((i) => i.row === 7)!;
    expect(row7).toEqual({
      row: 7,
      code: "2",
      group: "I",
      name: "Diện tích cây ăn quả",
      unit: "ha",
      target: { text: "700", kind: "atLeast", value: 700 },
      actual: { text: "650", value: 650 },
      polarity: "higher",
      percent: Math.round((650 / 700) * 100 * 100) / 100,
      status: "missed",
      reported: { percent: 95, status: "missed" },
    });
    // A sub-row carries the code of its TT.
    expect(sheet.indicators.find((i) => i.row === 8)!.code).toBe("2");
    // Fraction: value is the total, numerator as written; a zero target has a null percent.
    expect(sheet.indicators.find((i) => i.row === 15)!.target).toEqual({
      text: "05/07",
      kind: "fraction",
      value: 7,
      numerator: 5,
    });
    const row13 = sheet.indicators.find((i) => i.row === 13)!;
    expect(row13.percent).toBeNull();
    expect(row13.polarity).toBe("lower");
    // No label: reported status null.
    expect(sheet.indicators.find((i) => i.row === 18)!.reported).toEqual({ percent: null, status: null });
  });

  it("gives findings with messages in the requested language", () => {
    const first = sheet.findings[0];
    expect(Object.keys(first)).toEqual(["rule", "severity", "row", "cell", "message"]);
    expect(first).toMatchObject({ rule: "percent-mismatch", severity: "error", row: 7, cell: "F7" });
    expect(first.message).toBe(render(report.tables[0].findings[0].message, "vi"));
    expect(first.message).toMatch(/^Tỷ lệ ghi 95% nhưng 650\/700 = /);
    const en = toContractJson([{ file: "x.xlsx", sheets: [report] }], inLang("en"));
    expect(en.files[0].sheets[0].findings[0].message).toBe(
      render(report.tables[0].findings[0].message, "en"),
    );
    expect(en.files[0].sheets[0].findings[0].message).toMatch(/^Reported 95% but 650\/700 = /);
  });

  it("gives the summary counts, computed and reported, per row and per indicator", () => {
    for (const side of ["computed", "reported"] as const) {
      for (const level of ["rows", "indicators"] as const) {
        expect(Object.keys(sheet.summary[side][level])).toEqual(COUNT_KEYS);
      }
    }
    expect(sheet.summary.computed.indicators).toEqual(report.tables[0].summary.computed.indicators);
    expect(sheet.summary.reported.rows).toEqual(report.tables[0].summary.reported.rows);
  });

  it("gives a sheet without a table with table null, a reason and zero counts", () => {
    const empty = checkSheet(makeGrid([["Danh sách cán bộ"], ["Nguyễn Văn A"]], { name: "Ghi chú" }));
    const out = toContractJson([{ file: "a.xlsx", sheets: [empty] }], inLang("en")).files[0].sheets[0];
    const zero = { total: 0, exceeded: 0, achieved: 0, missed: 0, unassessed: 0 };
    expect(out).toEqual({
      name: "Ghi chú",
      table: null,
      reason: render(empty.reason!, "en"),
      indicators: [],
      findings: [],
      summary: { computed: { rows: zero, indicators: zero }, reported: { rows: zero, indicators: zero } },
    });
  });

  it("lists a sheet with two tables once per table, with a tableIndex", () => {
    const grid = makeGrid([
      ["BIỂU 01 - XÃ AN BÌNH"],
      HEADER,
      [1, "Sản lượng lúa", "tấn", 100, 110, 110, "Vượt"],
      [2, "Diện tích rừng", "ha", 50, 50, 100, "Đạt"],
      [],
      [],
      [],
      ["BIỂU 02 - XÃ AN PHÚ"],
      HEADER,
      [1, "Sản lượng lúa", "tấn", 200, 150, 75, "Không đạt"],
    ]);
    const report2 = checkSheet(grid);
    expect(report2.tables).toHaveLength(2);
    const sheets = toContractJson([{ file: "b.xlsx", sheets: [report2] }], inLang("vi")).files[0].sheets;
    expect(sheets.map((s) => [s.name, s.tableIndex, s.table?.firstRow, s.indicators.length])).toEqual([
      ["Biểu 01", 0, 3, 2],
      ["Biểu 01", 1, 10, 1],
    ]);
    expect(sheets[1].indicators[0]).toMatchObject({ row: 10, percent: 75, status: "missed" });
  });
});
