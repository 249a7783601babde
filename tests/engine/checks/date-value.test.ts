import { checkSheet } from "../../../src/engine";
import { dateValue } from "../../../src/engine/checks";
import type { Cell } from "../../../src/engine/grid";
import { isDateFormat } from "../../../src/engine/parse/numbers";
import { render } from "../../../src/i18n";
import { makeGrid } from "../../support/grid";

/** The cell Excel makes of a day-month typed into a General cell: the day's serial, shown as a date. */
function excelDate(month: number, day: number, numberFormat = "dd/mm/yyyy"): Cell {
  const serial = (Date.UTC(2026, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return { value: serial, numberFormat };
}

const HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"];

describe("date-value", () => {
  const grid = makeGrid([
    HEADER,
    ["1", "Số trường đạt chuẩn quốc gia", "trường", 5, excelDate(2, 1, "d-mmm"), 20, "Không đạt"],
    ["2", "Số thôn có nhà văn hóa", "thôn", excelDate(4, 3), 4, 133.33, "Vượt"],
    ["3", "Tỷ lệ hộ dùng nước sạch", "%", 95, 96, excelDate(7, 5), "Vượt"],
    ["4", "Số lao động có việc làm mới", "người", 70, 85, 121.43, "Vượt"],
  ]);
  const [table] = checkSheet(grid).tables;

  it("reports each value cell Excel turned into a date once, as a warning on that cell", () => {
    const dates = table.findings.filter((f) => f.rule === "date-value");
    expect(dates.map((f) => [f.cell, f.severity])).toEqual([
      ["E2", "warning"],
      ["D3", "warning"],
      ["F4", "warning"],
    ]);
    expect(dates.map((f) => f.message.data)).toEqual([
      { role: "actual", typed: "1-2", day: 1, month: 2, year: 2026 },
      { role: "target", typed: "3-4", day: 3, month: 4, year: 2026 },
      { role: "percent", typed: "5-7", day: 5, month: 7, year: 2026 },
    ]);
  });

  it("names the likely text typed and the date Excel made of it, in both languages", () => {
    const [first] = table.findings.filter((f) => f.rule === "date-value");
    expect(render(first.message, "vi")).toMatch(/^Excel đã đổi «1-2» thành ngày 01\/02 ở ô kết quả: /);
    expect(render(first.message, "en")).toMatch(
      /^Excel turned "1-2" into the date 1 February in the actual cell: /,
    );
  });

  it("never computes with the date's serial number nor builds another finding on it", () => {
    const others = table.findings.filter((f) => f.rule !== "date-value" && f.row <= 4);
    expect(others).toEqual([]);
    const [first, second, third, fourth] = table.indicators;
    expect([first.status, first.percent]).toEqual(["unassessed", null]);
    expect(render(first.statusReason!, "vi")).toBe("Ô kết quả là ngày do Excel tự đổi, không phải số");
    expect([second.status, second.percent]).toEqual(["unassessed", null]);
    expect(render(second.statusReason!, "vi")).toBe(
      "Ô chỉ tiêu là ngày do Excel tự đổi, không phải số: không đánh giá",
    );
    // The percent is unreadable, not wrong: the row is still assessed from its own numbers.
    expect(third.status).toBe("exceeded");
    expect(fourth.status).toBe("exceeded");
  });

  it("finds nothing in a table without dates", () => {
    const plain = makeGrid([HEADER, ["1", "Số lao động có việc làm mới", "người", 70, 85, 121.43, "Vượt"]]);
    const found = checkSheet(plain).tables[0].findings;
    expect(found.filter((f) => f.rule === dateValue.id)).toEqual([]);
  });
});

describe("isDateFormat", () => {
  it.each(["dd/mm/yyyy", "d-mmm", "mm-dd-yy", "[$-42A]d/m/yyyy", "yyyy"])("%s shows a date", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    "0%",
    "#,##0",
    "0.0",
    "h:mm",
    "mm:ss",
    '"ngày "0',
    "[Red]0.0",
    "#,##0 \\d",
    "#,##0_d",
    "General",
    undefined,
  ])("%s does not", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
