/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { noTableReport, sampleReport } from "../support/sample-report";

async function checked(service: FakeWorkbookService, heading = "Bảng đã nhận diện") {
  const user = userEvent.setup();
  render(<App service={service} />);
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("region", { name: heading });
  return user;
}

describe("task pane: detected table and mapping correction", () => {
  it("shows where the table is and which column is what", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    await checked(service);
    const view = screen.getByRole("region", { name: "Bảng đã nhận diện" });
    within(view).getByText("Dữ liệu từ dòng 5 đến dòng 11");
    within(view).getByText("Dòng tiêu đề: 4");
    within(view).getByText("Cách viết số: kiểu Việt Nam (1.234,5)");
    expect(within(view).getByTestId("role-target").textContent).toBe("D");
    expect(within(view).getByTestId("role-status").textContent).toBe("G");
    expect(within(view).getByTestId("role-note").textContent).toBe("không có");
  });

  it("says which column was chosen when two could take a role, and why", async () => {
    const check = (sheet: string) => {
      const report = sampleReport(sheet);
      report.tables[0].table.columnChoices = [
        {
          role: "target",
          column: 4,
          rejected: [3],
          by: "header",
          reason: {
            id: "detect/choice-percent-header",
            data: {
              chosen: { column: "E", header: "KH năm 2026" },
              rejected: [{ column: "D", header: "Chỉ tiêu NQ nhiệm kỳ" }],
              percent: { column: "G", header: "% so với KH" },
              compares: "year-plan",
            },
          },
        },
      ];
      return report;
    };
    await checked(new FakeWorkbookService({ check }));
    const view = screen.getByRole("region", { name: "Bảng đã nhận diện" });
    const list = within(view).getByRole("list", { name: "Cột được chọn giữa nhiều cột" });
    expect(within(list).getByRole("listitem").textContent).toBe(
      "Cột G «% so với KH» so với kế hoạch năm: chỉ tiêu để tính là cột E «KH năm 2026», không phải D «Chỉ tiêu NQ nhiệm kỳ».",
    );
  });

  it("saves a corrected mapping for the sheet and re-checks with it", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = await checked(service);
    await user.click(screen.getByRole("button", { name: "Chỉnh cách đọc bảng" }));
    const header = screen.getByLabelText(/Dòng tiêu đề/, { selector: "input" });
    expect((header as HTMLInputElement).value).toBe("4");
    expect((screen.getByLabelText("Cột “Chỉ tiêu NQ”") as HTMLInputElement).value).toBe("D");

    await user.clear(header);
    await user.type(header, "4, 3");
    await user.clear(screen.getByLabelText("Cột “Tỷ lệ (%)”"));
    await user.type(screen.getByLabelText("Cột “Tỷ lệ (%)”"), "h");
    await user.type(screen.getByLabelText("Cột “Ghi chú”"), "I");
    await user.click(screen.getByRole("button", { name: "Lưu và kiểm tra lại" }));

    const expected = {
      headerRows: [3, 4],
      columns: {
        code: "A",
        name: "B",
        unit: "C",
        target: "D",
        actual: "E",
        percent: "H",
        status: "G",
        note: "I",
      },
    };
    await waitFor(() => expect(service.checkCalls).toHaveLength(2));
    expect(service.settings.mappings["Biểu 01"]).toEqual(expected);
    expect(service.lastCheck().options.mapping).toEqual(expected);
    await screen.findByText("Đang dùng cách đọc bảng do người dùng chỉ định.");
    // The editor stays open with the saved values, and focus stays on the button the user pressed.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Lưu và kiểm tra lại" }));
    expect((screen.getByLabelText("Cột “Tỷ lệ (%)”") as HTMLInputElement).value).toBe("H");

    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(service.checkCalls).toHaveLength(3));
    expect(service.lastCheck().options.mapping).toEqual(expected);
    // The editor's buttons wait while a check runs: go on once it has finished.
    await screen.findByRole("button", { name: "Kiểm tra" });

    await user.click(screen.getByRole("button", { name: "Bỏ, dùng nhận diện tự động" }));
    await waitFor(() => expect(service.checkCalls).toHaveLength(4));
    expect(service.settings.mappings["Biểu 01"]).toBeUndefined();
    expect(service.lastCheck().options.mapping).toBeUndefined();
  });

  it("refuses a mapping with bad letters, a repeated column or no name column", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = await checked(service);
    await user.click(screen.getByRole("button", { name: "Chỉnh cách đọc bảng" }));
    await user.clear(screen.getByLabelText(/Cột “Tên chỉ tiêu”/));
    await user.clear(screen.getByLabelText("Cột “Đơn vị tính”"));
    await user.type(screen.getByLabelText("Cột “Đơn vị tính”"), "1C");
    await user.clear(screen.getByLabelText("Cột “Tỷ lệ (%)”"));
    await user.type(screen.getByLabelText("Cột “Tỷ lệ (%)”"), "E");
    await user.click(screen.getByRole("button", { name: "Lưu và kiểm tra lại" }));

    const errors = screen.getByText("Cần có cột “Tên chỉ tiêu”.").closest("ul") as HTMLElement;
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Cột “Đơn vị tính”: “1C” không phải chữ cái cột (A, B, …, AA).",
      "Cột E được gán cho hai vai trò.",
      "Cần có cột “Tên chỉ tiêu”.",
    ]);
    expect(service.savedSettings).toHaveLength(0);
    expect(service.checkCalls).toHaveLength(1);
  });

  it("offers the mapping at once when no table was found, and the mapped check finds it", async () => {
    const service = new FakeWorkbookService({
      check: (sheet, options) => (options.mapping ? sampleReport(sheet) : noTableReport(sheet)),
    });
    const user = await checked(service, "Chưa nhận diện được bảng");
    expect(screen.queryByRole("region", { name: "Bảng đã nhận diện" })).toBeNull();
    screen.getByText("Không tìm thấy bảng chỉ tiêu trên trang này.", { selector: "strong" });
    await user.type(screen.getByLabelText(/Dòng tiêu đề/, { selector: "input" }), "4");
    await user.type(screen.getByLabelText(/Cột “Tên chỉ tiêu”/), "B");
    await user.type(screen.getByLabelText("Cột “Chỉ tiêu NQ”"), "C");
    await user.click(screen.getByRole("button", { name: "Lưu và kiểm tra lại" }));
    await screen.findByTestId("summary-sentence");
    expect(service.lastCheck().options.mapping).toEqual({
      headerRows: [4],
      columns: { name: "B", target: "C" },
    });
  });
});

describe("task pane: polarity override", () => {
  it("shows the inferred direction per row and saves the user's override, used by the re-check", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = await checked(service);
    await user.click(screen.getByRole("button", { name: "Chiều đánh giá" }));
    const poverty = screen.getByRole("combobox", { name: "Chiều đánh giá của chỉ tiêu 4 Tỷ lệ hộ nghèo" });
    expect((poverty as HTMLSelectElement).value).toBe("lower");
    const orchards = screen.getByRole("combobox", {
      name: "Chiều đánh giá của chỉ tiêu 2 Diện tích cây ăn quả",
    });
    expect((orchards as HTMLSelectElement).value).toBe("higher");

    await user.selectOptions(orchards, "lower");
    await waitFor(() => expect(service.checkCalls).toHaveLength(2));
    expect(service.settings.polarity["Biểu 01"]).toEqual({ 7: "lower" });
    expect(service.lastCheck().options.polarityOverrides).toEqual({ 7: "lower" });
    const after = screen.getByRole("combobox", {
      name: "Chiều đánh giá của chỉ tiêu 2 Diện tích cây ăn quả",
    });
    expect((after as HTMLSelectElement).value).toBe("lower");
    screen.getByText("do người dùng chọn");
  });
});
