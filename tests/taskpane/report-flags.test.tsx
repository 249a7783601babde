/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reportReader } from "../../src/adapters/documents/report-paragraphs";
import { OfficeWorkbookService } from "../../src/adapters/office/service";
import type { ClaimFlag } from "../../src/app/claims-layout";
import type { WorkbookService } from "../../src/app/workbook-service";
import { checkSheet } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { FakeExcel, FakeWorkbookState } from "../support/fake-excel";
import { FakeWorkbookService } from "../support/fake-service";
import { makeGrid } from "../support/grid";

const ROWS = [
  ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"],
  [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
  [2, "Tổng đàn gia súc", "Con", 7500, 8200, 109.3, "Vượt"],
  [3, "Diện tích cây ăn quả các loại", "ha", 700, 650, 92.9, "Không đạt"],
];

/** Paragraph 3 gives 190,3% for 109,3% (F3); paragraph 5 "đạt" where the table says "Không đạt" (G4). */
const REPORT = [
  "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 105%, vượt chỉ tiêu Nghị quyết.",
  "",
  "(2) Tổng đàn gia súc: 8.200/7.500 con, đạt 190,3%, vượt chỉ tiêu Nghị quyết.",
  "",
  "(3) Diện tích cây ăn quả các loại: 650/700 ha, đạt 92,9%, đạt Nghị quyết Đại hội.",
].join("\n");

const AGREEING = "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 105%, vượt chỉ tiêu Nghị quyết.";

/** Checks the sheet, then pastes `text` in "Đối chiếu với báo cáo" and compares it. */
async function checkReport(service: WorkbookService, text: string) {
  const user = userEvent.setup();
  render(<App service={service} reportReader={reportReader} />);
  const section = await screen.findByRole("region", { name: "Đối chiếu với báo cáo" });
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByTestId("summary-sentence");
  const compare = async (report: string) => {
    const box = within(section).getByLabelText("Dán văn bản báo cáo");
    await user.clear(box);
    await user.click(box);
    await user.paste(report);
    await user.click(within(section).getByRole("button", { name: "Đối chiếu" }));
  };
  await compare(text);
  return { user, section, compare };
}

const fakeService = () =>
  new FakeWorkbookService({
    sheets: ["Biểu 01"],
    check: () => checkSheet(makeGrid(ROWS, { name: "Biểu 01" })),
    actions: true,
  });

function claimCalls(service: FakeWorkbookService) {
  return service.actionCalls
    .filter((c) => c.name === "applyClaimFlags")
    .map((c) => ({ sheets: c.args[0] as string[], flags: c.args[1] as ClaimFlag[] }));
}

describe("task pane: the cells a report contradicts are flagged in the sheet", () => {
  it("after a report check, asks the workbook to flag each cell an error-level claim contradicts", async () => {
    const service = fakeService();
    const { section } = await checkReport(service, REPORT);
    const status = await within(section).findByText(/^Đã đánh dấu trên trang tính 2 ô bảng/);
    expect(status.getAttribute("role")).toBe("status");

    const [call] = claimCalls(service);
    expect(call.sheets).toEqual(["Biểu 01"]);
    expect(call.flags.map((f) => [f.sheet, f.cell, f.severity])).toEqual([
      ["Biểu 01", "F3", "error"],
      ["Biểu 01", "G4", "error"],
    ]);
    // the note names the pasted report and the paragraph, and quotes the clause
    expect(call.flags[1].note).toMatch(/^\[văn bản dán, đoạn \d+ · claim-verdict\] «Diện tích cây ăn quả/);
  });

  it("a report that agrees clears the earlier report's flags and says nothing needs flagging", async () => {
    const service = fakeService();
    const { section, compare } = await checkReport(service, REPORT);
    await within(section).findByText(/^Đã đánh dấu/);
    await compare(AGREEING);
    await within(section).findByText(/^Không có ô nào của bảng bị báo cáo nói sai/);
    expect(claimCalls(service).map((c) => c.flags.length)).toEqual([2, 0]);
  });

  it("in the browser page, says the flags go into the annotated download", async () => {
    const service = fakeService();
    service.applyClaimFlags = async () => "download";
    const { section } = await checkReport(service, REPORT);
    await within(section).findByText(/^Tệp tải về sẽ đánh dấu 2 ô bảng mà báo cáo nói khác/);
  });

  it("says so when the sheet cannot be flagged", async () => {
    const service = fakeService();
    service.applyClaimFlags = async () => {
      throw new Error("Trang tính đang được bảo vệ");
    };
    const { section } = await checkReport(service, REPORT);
    await within(section).findByText("Không đánh dấu được trên trang tính: Trang tính đang được bảo vệ");
    // the comparison itself is still shown
    expect(within(section).getByTestId("report-summary").textContent).toContain("2 không khớp");
  });

  it("over Excel: the contradicted cells get a flag and a note, and 'Xóa đánh dấu' restores the sheet", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Biểu 01").setValues(ROWS);
    const before = state.snapshot("Biểu 01");
    const service = new OfficeWorkbookService(new FakeExcel(state).env(), checkSheet);
    const { user, section } = await checkReport(service, REPORT);
    await within(section).findByText(/^Đã đánh dấu trên trang tính 2 ô bảng/);

    const sheet = state.sheetByName("Biểu 01")!;
    expect(sheet.cell(3, 6)?.fill?.color).toBe("#FFC7CE");
    expect(sheet.notes.get("G4")?.content).toContain("«Diện tích cây ăn quả các loại: 650/700 ha");
    expect(sheet.notes.get("F3")?.content).toContain("190,3%");

    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText(/đã xóa đánh dấu/i);
    expect(state.snapshot("Biểu 01")).toEqual(before);
  });
});
