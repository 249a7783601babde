/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { message } from "../../src/engine/messages";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { noTableReport, sampleReport, sampleTable } from "../support/sample-report";

function setup(service: FakeWorkbookService) {
  const user = userEvent.setup();
  render(<App service={service} />);
  return user;
}

describe("task pane: checking", () => {
  it("shows progress while the check runs, then the counts and the sentence", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = setup(service);
    const release = service.holdChecks();
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    const progress = await screen.findByRole("progressbar", { name: "Đang kiểm tra… 50%" });
    expect(progress.getAttribute("aria-valuetext")).toBe("50%");
    const busyButton = screen.getByRole("button", { name: "Đang kiểm tra…" });
    expect(busyButton.getAttribute("aria-disabled")).toBe("true");
    // Keyboard users keep their place while the check runs.
    expect(document.activeElement).toBe(busyButton);

    release();
    await screen.findByTestId("summary-sentence");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByTestId("summary-sentence").textContent).toContain("3/5 chỉ tiêu đạt và vượt (60%)");
    const counts = screen.getByRole("table", { name: /Số chỉ tiêu/ });
    const missedRow = within(counts).getByRole("row", { name: /Không đạt/ });
    expect(
      within(missedRow)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["2 (khác với bảng ghi)", "1"]);
    expect(screen.getByTestId("announcer").textContent).toBe("Đã kiểm tra xong: 1 bảng, 5 phát hiện.");
    expect(service.lastCheck().sheet).toBe("Biểu 01");
  });

  it("says plainly when the sheet has no table, with the engine's reason", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => noTableReport(sheet) });
    const user = setup(service);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Không tìm thấy bảng chỉ tiêu trên trang này.", { selector: "strong" });
    expect(screen.getByTestId("announcer").textContent).toBe("Không tìm thấy bảng chỉ tiêu trên trang này.");
    screen.getByText(/Không tìm thấy dòng tiêu đề có cột 'Chỉ tiêu'/);
    expect(screen.queryByTestId("summary-sentence")).toBeNull();
  });

  it("shows an error message when the check fails", async () => {
    const service = new FakeWorkbookService({
      check: () => {
        throw new Error("Trang tính đã bị xóa");
      },
    });
    const user = setup(service);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await waitFor(() =>
      expect(screen.getAllByText(/Kiểm tra không thành công: Trang tính đã bị xóa/).length).toBeGreaterThan(
        0,
      ),
    );
    expect((await screen.findByRole("button", { name: "Kiểm tra" })).hasAttribute("disabled")).toBe(false);
  });

  it("lets the user switch between several tables of one sheet", async () => {
    const second = sampleTable();
    second.table = { ...second.table, headerRows: [20], firstRow: 21, lastRow: 30 };
    second.summary = {
      ...second.summary,
      sentence: message("summary/sentence", { total: 2, exceeded: 1, achieved: 1, missed: 0, unassessed: 0 }),
    };
    second.findings = second.findings.slice(0, 1).map((f) => ({ ...f, cell: "F25", row: 25 }));
    const service = new FakeWorkbookService({
      check: (sheet) => ({ ...sampleReport(sheet), tables: [...sampleReport(sheet).tables, second] }),
    });
    const user = setup(service);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const picker = await screen.findByRole("combobox", { name: "Bảng" });
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Bảng 1 (dòng 5–11)", "Bảng 2 (dòng 21–30)"]);
    expect(screen.getByTestId("announcer").textContent).toBe("Đã kiểm tra xong: 2 bảng, 6 phát hiện.");
    await user.selectOptions(picker, "1");
    expect(screen.getByTestId("summary-sentence").textContent).toBe(
      "Tổng số 02 chỉ tiêu: 01 chỉ tiêu vượt, 01 chỉ tiêu đạt, 00 chỉ tiêu không đạt; 2/2 chỉ tiêu đạt và vượt (100%).",
    );
    screen.getByRole("heading", { name: "Phát hiện (1)" });
    screen.getByText("Dòng tiêu đề: 20");
    await user.click(screen.getByRole("button", { name: /F25/ }));
    expect(service.selectCalls).toEqual([{ sheet: "Biểu 01", address: "F25" }]);
  });

  it("announces progress and results in live regions, and shows the source", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = setup(service);
    await screen.findByText("Nguồn: Sổ tính thử");
    const announcer = screen.getByTestId("announcer");
    expect(announcer.getAttribute("aria-live")).toBe("polite");
    const release = service.holdChecks();
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(announcer.textContent).toBe("Đang kiểm tra…"));
    release();
    await waitFor(() => expect(announcer.textContent).toMatch(/^Đã kiểm tra xong/));
  });

  it("lists sheets added while the pane is open when the picker gets focus", async () => {
    const sheets = ["Biểu 01"];
    const service = new FakeWorkbookService({ sheets, check: (sheet) => sampleReport(sheet) });
    const user = setup(service);
    const picker = await screen.findByRole("combobox", { name: "Trang tính" });
    expect(within(picker).getAllByRole("option")).toHaveLength(1);
    sheets.push("Biểu 02");
    await user.click(picker);
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole("option")
          .map((o) => o.textContent),
      ).toEqual(["Biểu 01", "Biểu 02"]),
    );
    await user.selectOptions(picker, "Biểu 02");
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");
    expect(service.lastCheck().sheet).toBe("Biểu 02");
  });

  it("leaves out the reported column when the table has no Đánh giá column", async () => {
    const service = new FakeWorkbookService({
      check: (sheet) => {
        const report = sampleReport(sheet);
        delete report.tables[0].table.columns.status;
        return report;
      },
    });
    const user = setup(service);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const counts = await screen.findByRole("table", { name: /Số chỉ tiêu/ });
    expect(
      within(counts)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Mức", "Tính lại"]);
    expect(
      within(within(counts).getByRole("row", { name: /Không đạt/ })).getAllByRole("cell")[0].textContent,
    ).toBe("2");
  });
});
