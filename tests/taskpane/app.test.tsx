/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { noTableReport, sampleReport } from "../support/sample-report";

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

    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Đang kiểm tra… 50%")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Đang kiểm tra…" }).hasAttribute("disabled")).toBe(true);

    release();
    expect(await screen.findByTestId("summary-sentence")).toBeTruthy();
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
    expect(
      await screen.findByText("Không tìm thấy bảng chỉ tiêu trên trang này.", { selector: "strong" }),
    ).toBeTruthy();
    expect(screen.getByTestId("announcer").textContent).toBe("Không tìm thấy bảng chỉ tiêu trên trang này.");
    expect(screen.getByText(/Không thấy dòng tiêu đề có cột “Chỉ tiêu”/)).toBeTruthy();
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
    expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false);
  });
});
