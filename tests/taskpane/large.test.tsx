/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { SheetReport } from "../../src/engine/types";
import { FakeWorkbookService } from "../support/fake-service";
import { carrying } from "../support/messages";
import { finding, indicator, sampleReport } from "../support/sample-report";

/** A report as a long table gives: many findings and many indicator rows. */
function largeReport(sheet: string, findings: number, indicators: number): SheetReport {
  const report = sampleReport(sheet);
  const table = report.tables[0];
  table.findings = Array.from({ length: findings }, (_, i) =>
    finding("percent-mismatch", "error", `F${i + 5}`, carrying(`Tỷ lệ ghi sai ở dòng ${i + 5}`)),
  );
  table.indicators = Array.from({ length: indicators }, (_, i) =>
    indicator(i + 5, String(i + 1), `Chỉ tiêu số ${i + 1}`, "achieved"),
  );
  return report;
}

describe("task pane on a long table", () => {
  it("shows findings a page at a time, with a button for more", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => largeReport(sheet, 250, 3) });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    // Counted with selectors: role queries over hundreds of items are slow in jsdom.
    const heading = await screen.findByText("Phát hiện (250)");
    const findings = heading.closest("section") as HTMLElement;
    const items = () => findings.querySelectorAll("li > button").length;
    expect(items()).toBe(200);
    expect(within(findings).getByText("Đang hiện 200/250 phát hiện.").getAttribute("role")).toBe("status");
    await user.click(within(findings).getByText("Hiện thêm (còn 50)"));
    expect(items()).toBe(250);
    expect(within(findings).queryByText(/Hiện thêm/)).toBeNull();
  });

  it("lists a few rows for the direction and finds the others by search", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => largeReport(sheet, 1, 80) });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Chiều đánh giá" }));
    expect(screen.getAllByRole("combobox", { name: /^Chiều đánh giá của chỉ tiêu/ })).toHaveLength(30);
    expect(screen.getByText("Đang hiện 30/80 chỉ tiêu; gõ để tìm.").getAttribute("role")).toBe("status");
    await user.type(screen.getByLabelText("Tìm chỉ tiêu"), "chi tieu so 77");
    const found = screen.getAllByRole("combobox", { name: /^Chiều đánh giá của chỉ tiêu/ });
    expect(found).toHaveLength(1);
    await user.selectOptions(found[0], "lower");
    expect(service.settings.polarity["Biểu 01"]).toEqual({ 81: "lower" });
  });

  it("lists missed indicators 50 at a time, back to the first page after a new check", async () => {
    const missedReport = (sheet: string) => {
      const report = sampleReport(sheet);
      report.tables[0].summary.missed = Array.from({ length: 120 }, (_, i) => ({
        code: String(i + 1),
        name: `Chỉ tiêu số ${i + 1}`,
        row: i + 5,
      }));
      return report;
    };
    const service = new FakeWorkbookService({ check: missedReport });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const summary = await screen.findByRole("region", { name: "Tổng hợp" });
    const items = () => within(summary).getByRole("list", { name: "Chỉ tiêu không đạt" }).children;
    expect(items()).toHaveLength(50);
    expect(items()[49].textContent).toBe("50. Chỉ tiêu số 50 (dòng 54)");
    expect(within(summary).getByText("Đang hiện 50/120 chỉ tiêu không đạt.").getAttribute("role")).toBe(
      "status",
    );
    await user.click(within(summary).getByRole("button", { name: "Hiện thêm (còn 70)" }));
    expect(items()).toHaveLength(100);
    await user.click(within(summary).getByRole("button", { name: "Hiện thêm (còn 20)" }));
    expect(items()).toHaveLength(120);
    expect(items()[119].textContent).toBe("120. Chỉ tiêu số 120 (dòng 124)");
    expect(within(summary).queryByRole("button", { name: /Hiện thêm/ })).toBeNull();

    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(service.checkCalls).toHaveLength(2));
    await waitFor(() => expect(items()).toHaveLength(50));
  });

  it("starts the findings at the first page again after a new check", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => largeReport(sheet, 450, 3) });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const findings = (await screen.findByText("Phát hiện (450)")).closest("section") as HTMLElement;
    const items = () => findings.querySelectorAll("li > button").length;
    await user.click(within(findings).getByText("Hiện thêm (còn 250)"));
    expect(items()).toBe(400);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(service.checkCalls).toHaveLength(2));
    await waitFor(() => expect(items()).toBe(200));
  });
});
