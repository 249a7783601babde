/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService, engineCheck } from "../support/fake-service";
import { proseGrid, sampleGrid } from "../support/sample-grid";

function engineService() {
  return new FakeWorkbookService({
    sheets: ["Biểu 01", "Ghi chú"],
    check: engineCheck({ "Biểu 01": sampleGrid("Biểu 01"), "Ghi chú": proseGrid("Ghi chú") }),
  });
}

function countRow(name: RegExp): string[] {
  const table = screen.getByRole("table", { name: /Số chỉ tiêu/ });
  return within(within(table).getByRole("row", { name }))
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

describe("task pane on the real engine", () => {
  it("shows the engine's sentence, counts, findings and detected columns for a typed table", async () => {
    const service = engineService();
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    const sentence = await screen.findByTestId("summary-sentence");
    expect(sentence.textContent).toMatch(/^Tổng số 0?5 chỉ tiêu/);
    expect(sentence.textContent).toContain("3/5 chỉ tiêu đạt và vượt (60%)");
    // Computed from the numbers vs. the labels typed in the table.
    expect(countRow(/Vượt/)).toEqual(["2 (khác với bảng ghi)", "1"]);
    expect(countRow(/Không đạt/)).toEqual(["2 (khác với bảng ghi)", "1"]);

    const findings = screen.getByRole("region", { name: /Phát hiện/ });
    const percent = within(findings).getByRole("button", { name: /^F7 Dòng 7 Lỗi/ });
    expect(percent.textContent).toContain("650/700");
    await user.click(percent);
    expect(service.selectCalls).toEqual([{ sheet: "Biểu 01", address: "F7" }]);
    expect(within(findings).getByRole("button", { name: /G11/ }).textContent).toContain("Dòng 11");

    const view = screen.getByRole("region", { name: "Bảng đã nhận diện" });
    within(view).getByText("Dòng tiêu đề: 4");
    expect(within(view).getByTestId("role-percent").textContent).toBe("F");
    expect(within(view).getByTestId("role-status").textContent).toBe("G");
  });

  it("re-checks with a polarity override, which changes the engine's verdict", async () => {
    const service = engineService();
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");
    expect(countRow(/Không đạt/)[0]).toMatch(/^2/);

    await user.click(screen.getByRole("button", { name: "Chiều đánh giá" }));
    const orchards = screen.getByRole("combobox", { name: /Diện tích cây ăn quả/ });
    await user.selectOptions(orchards, "lower");
    await waitFor(() => expect(service.checkCalls).toHaveLength(2));
    await waitFor(() => expect(countRow(/Không đạt/)[0]).toMatch(/^1/));
    expect(service.settings.polarity["Biểu 01"]).toEqual({ 7: "lower" });
  });

  it("tells the user that a prose sheet holds no table, with the engine's reason", async () => {
    const service = engineService();
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.selectOptions(await screen.findByLabelText("Trang tính"), "Ghi chú");
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const title = await screen.findByText("Không tìm thấy bảng chỉ tiêu trên trang này.", {
      selector: "strong",
    });
    const reason = title.parentElement?.textContent ?? "";
    expect(reason.length).toBeGreaterThan(title.textContent!.length + 10);
    expect(screen.queryByTestId("summary-sentence")).toBeNull();
  });

  it("lists the engine's rules in the settings", async () => {
    const service = engineService();
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Cài đặt" }));
    // Every rule is on until the user switches it off.
    for (const id of ["percent-mismatch", "status-mismatch"]) {
      const box = screen.getByRole("checkbox", { name: new RegExp(`\\(${id}\\)$`) }) as HTMLInputElement;
      expect(box.checked).toBe(true);
    }
  });
});
