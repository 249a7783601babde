import { statusMismatch } from "../../../src/engine/checks/status-mismatch";
import { checkSheet } from "../../../src/engine";
import { render } from "../../../src/i18n";
import { makeGrid } from "../../support/grid";
import { context } from "../helpers";
import { evaluated } from "../indicator-rows";

describe("status-mismatch", () => {
  it("flags 70 → 85 labelled Đạt instead of Vượt, naming the numbers", () => {
    const ind = evaluated(6, { name: "Số lao động có việc làm mới", target: 70, actual: 85, status: "Đạt" });
    expect(statusMismatch.check(context([ind]))).toEqual([
      {
        rule: "status-mismatch",
        severity: "error",
        row: 6,
        cell: "G6",
        message: {
          id: "status-mismatch/against-numbers",
          data: {
            label: "Đạt",
            actual: "85",
            target: "70",
            percent: (85 / 70) * 100,
            expected: "exceeded",
            judgedAsHigher: false,
          },
        },
      },
    ]);
  });

  it("accepts labels that follow from the numbers, and rows without a label", () => {
    const rows = [
      evaluated(3, { target: 70, actual: 85, status: "Vượt" }),
      evaluated(4, { target: 70, actual: 70, status: "Đạt chỉ tiêu" }),
      evaluated(5, { target: 70, actual: 60, status: "K.đạt" }),
      evaluated(6, { target: 70, actual: 60, status: "Cơ bản đạt" }),
      evaluated(7, { target: 70, actual: 60 }),
      evaluated(8, { target: "Giảm ≥ 5% so với năm trước", actual: 6, status: "Đạt" }),
    ];
    expect(statusMismatch.check(context(rows))).toEqual([]);
  });

  it("says when a lower-better row was judged as if higher were better", () => {
    // Tỷ lệ hộ nghèo 4 % against 3 %: worse, yet labelled Vượt as if more were better.
    const ind = evaluated(9, {
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      target: "3%",
      actual: "4%",
      status: "Vượt",
    });
    const [f] = statusMismatch.check(context([ind]));
    expect(f.cell).toBe("G9");
    expect(f.message).toMatchObject({
      id: "status-mismatch/against-numbers",
      data: { label: "Vượt", expected: "missed", judgedAsHigher: true },
    });
  });

  it("accepts both readings of a boundary case", () => {
    const strict = evaluated(10, { target: ">30", actual: 30, status: "Không đạt" });
    const loose = evaluated(11, { target: ">30", actual: 30, status: "Đạt" });
    expect(statusMismatch.check(context([strict, loose]))).toEqual([]);
  });

  it("checks a TT row without numbers against the worst of its sub-rows", () => {
    const rows = [
      evaluated(12, { code: "2", name: "Chăn nuôi", status: "Đạt" }),
      evaluated(13, { code: "2", name: "Tổng đàn lợn", target: 5000, actual: 5200 }, { isSubRow: true }),
      evaluated(14, { code: "2", name: "Tổng đàn gia cầm", target: 9000, actual: 8000 }, { isSubRow: true }),
    ];
    const found = statusMismatch.check(context(rows));
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe("G12");
    expect(found[0].message).toEqual({
      id: "status-mismatch/against-sub-rows",
      data: { label: "Đạt", expected: "missed", judgedAsHigher: false },
    });
  });
});

describe("status-mismatch on number cells", () => {
  it("names a number cell by its value, written in the reader's style", () => {
    const grid = makeGrid([
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Đánh giá"],
      ["1", "Tỷ lệ hộ dùng nước sạch", "%", 95, 91.2, "Đạt"],
      ["2", "Dân số trung bình", "người", 13000, 12904, "Đạt"],
    ]);
    const findings = checkSheet(grid).tables[0].findings.filter((f) => f.rule === "status-mismatch");
    expect(findings.map((f) => render(f.message, "vi"))).toEqual([
      expect.stringContaining("kết quả 91,2 so với chỉ tiêu 95"),
      expect.stringContaining("kết quả 12.904 so với chỉ tiêu 13.000"),
    ]);
    expect(findings.map((f) => render(f.message, "en"))).toEqual([
      expect.stringContaining("actual 91.2 against target 95"),
      expect.stringContaining("actual 12,904 against target 13,000"),
    ]);
  });
});
