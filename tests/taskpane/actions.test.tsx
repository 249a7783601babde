/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { sampleReport } from "../support/sample-report";

const ACTION_LABELS = [
  "Đánh dấu trên bảng",
  "Xóa đánh dấu",
  "Tạo bảng tổng hợp",
  "Điền các ô trống",
  "Tải bảng đã đánh dấu",
];

async function pane(service: FakeWorkbookService) {
  const user = userEvent.setup();
  render(<App service={service} />);
  await screen.findByRole("button", { name: "Kiểm tra" });
  return user;
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByTestId("summary-sentence");
}

/**
 * A pane button once the pane can be reached again. While a modal dialog is open the rest of the
 * pane is hidden from assistive technology (aria-hidden), and Fluent lifts that a moment after
 * the dialog has closed; a screen-reader user cannot reach the button before then either.
 */
function reachable(name: string): Promise<HTMLElement> {
  return screen.findByRole("button", { name });
}

/** What the action bar's live region announces: the outcome of the last action. */
function announced(bar: HTMLElement): string | null {
  return within(bar).getByRole("status").textContent;
}

describe("task pane: workbook actions", () => {
  it("shows no action when the service offers none", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    await check(await pane(service));
    for (const label of ACTION_LABELS) expect(screen.queryByRole("button", { name: label })).toBeNull();
    expect(screen.queryByRole("region", { name: "Thao tác trên sổ tính" })).toBeNull();
  });

  it("shows only the actions the service has", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    service.downloadAnnotated = async () => ({ fileName: "a.xlsx", sheets: 1, findings: 0 });
    await pane(service);
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });
    expect(
      within(bar)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Tải bảng đã đánh dấu"]);
  });

  it("enables report actions after a check and passes them the report and language", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet), actions: true });
    const user = await pane(service);
    expect(screen.getByRole("button", { name: "Đánh dấu trên bảng" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "Xóa đánh dấu" }).hasAttribute("disabled")).toBe(false);
    // The service checks unchecked sheets itself when building the download.
    expect(screen.getByRole("button", { name: "Tải bảng đã đánh dấu" }).hasAttribute("disabled")).toBe(false);
    await check(user);
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });

    await user.click(screen.getByRole("button", { name: "Đánh dấu trên bảng" }));
    await waitFor(() => expect(announced(bar)).toBe("Đã đánh dấu các phát hiện trên bảng."));
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    await waitFor(() => expect(announced(bar)).toBe("Đã tạo trang “Tổng hợp”."));
    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await waitFor(() => expect(announced(bar)).toBe("Đã xóa đánh dấu, định dạng cũ được giữ nguyên."));
    await user.click(screen.getByRole("button", { name: "Tải bảng đã đánh dấu" }));
    await waitFor(() =>
      expect(announced(bar)).toBe(
        "Đã tạo «bieu (đã kiểm tra).xlsx»: 1 trang tính đã kiểm tra, 5 phát hiện được đánh dấu (gồm cả các trang chưa mở ở đây).",
      ),
    );

    const [flags, summary, clear, download] = service.actionCalls;
    expect(flags.name).toBe("applyFlags");
    expect(flags.args[0]).toBe("Biểu 01");
    expect((flags.args[1] as { name: string }).name).toBe("Biểu 01");
    expect(flags.args[2]).toBe("vi");
    expect(summary.name).toBe("writeSummarySheet");
    expect(clear).toEqual({ name: "clearFlags", args: ["Biểu 01"] });
    expect(download.name).toBe("downloadAnnotated");
    expect((download.args[0] as Array<{ name: string }>).map((r) => r.name)).toEqual(["Biểu 01"]);
  });

  it("fills empty cells only after an explicit confirmation", async () => {
    const service = new FakeWorkbookService({
      check: (sheet) => sampleReport(sheet),
      actions: true,
      filled: 4,
    });
    const user = await pane(service);
    await check(user);
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });

    await user.click(screen.getByRole("button", { name: "Điền các ô trống" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Điền các ô trống?" });
    expect(dialog.textContent).toContain("Không ô nào đã có giá trị bị thay đổi");
    expect(service.actionCalls).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(service.actionCalls).toHaveLength(0);

    await user.click(await reachable("Điền các ô trống"));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Điền" }));
    await waitFor(() => expect(announced(bar)).toBe("Đã điền 4 ô trống."));
    expect(service.actionCalls.map((c) => c.name)).toEqual(["fillEmptyCells"]);
    expect(service.actionCalls[0].args[0]).toBe("Biểu 01");
  });

  it("opens the fill dialog on its first button and gives focus back to the action when it closes", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet), actions: true });
    const user = await pane(service);
    await check(user);
    const fill = screen.getByRole("button", { name: "Điền các ô trống" });

    for (let round = 0; round < 2; round++) {
      fill.focus();
      await user.keyboard("{Enter}");
      const dialog = await screen.findByRole("alertdialog", { name: "Điền các ô trống?" });
      expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Điền" }));
      await user.keyboard("{Escape}");
      await waitFor(() => expect(document.activeElement).toBe(fill));
      expect(screen.queryByRole("alertdialog")).toBeNull();
    }
    expect(service.actionCalls).toHaveLength(0);
  });

  it("names the cells whose gradient fill could not be restored: the first few and how many", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet), actions: true });
    const gradients = ["C7", "D7", "E9", "F12", "G12", "H15", "I20"];
    let notRestored = gradients;
    service.clearFlags = async () => ({ cleared: 12, notRestored });
    const user = await pane(service);
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });

    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await waitFor(() =>
      expect(announced(bar)).toBe(
        "Đã xóa đánh dấu. 7 ô có nền chuyển sắc (gradient), Excel không cho ghi lại nên chỉ được tô lại màu chính: " +
          "C7, D7, E9, F12, G12 và 2 ô khác. Hãy tô lại nền các ô này nếu cần.",
      ),
    );
    await user.click(screen.getByRole("button", { name: "Cài đặt" }));
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(announced(bar)).toBe(
      "Flags removed. 7 cells have a gradient fill, which Excel cannot write back, so only its main colour was restored: " +
        "C7, D7, E9, F12, G12 and 2 others. Re-apply the gradient there if you need it.",
    );

    // Few enough to name them all: no "others".
    notRestored = gradients.slice(0, 1);
    await user.click(screen.getByRole("button", { name: "Remove flags" }));
    await waitFor(() =>
      expect(announced(bar)).toBe(
        "Flags removed. 1 cell has a gradient fill, which Excel cannot write back, so only its main colour was restored: " +
          "C7. Re-apply the gradient there if you need it.",
      ),
    );

    // Every fill back exactly: the plain message.
    notRestored = [];
    await user.click(screen.getByRole("button", { name: "Remove flags" }));
    await waitFor(() => expect(announced(bar)).toBe("Flags removed; your formatting is restored."));
  });

  it("reports a failed action instead of failing silently", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet), actions: true });
    service.writeSummarySheet = async () => {
      throw new Error("Cần ExcelApi 1.9");
    };
    const user = await pane(service);
    await check(user);
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });
    await waitFor(() => expect(announced(bar)).toBe("Không thực hiện được: Cần ExcelApi 1.9"));
  });

  it("shows an action's result and failure messages in the language switched to afterwards", async () => {
    const service = new FakeWorkbookService({
      check: (sheet) => sampleReport(sheet),
      actions: true,
      filled: 2,
    });
    service.writeSummarySheet = async () => {
      throw new Error("ExcelApi 1.9");
    };
    const user = await pane(service);
    await check(user);
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });

    await user.click(screen.getByRole("button", { name: "Tải bảng đã đánh dấu" }));
    const vi =
      "Đã tạo «bieu (đã kiểm tra).xlsx»: 1 trang tính đã kiểm tra, 5 phát hiện được đánh dấu (gồm cả các trang chưa mở ở đây).";
    await waitFor(() => expect(announced(bar)).toBe(vi));
    await user.click(screen.getByRole("button", { name: "Cài đặt" }));
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(announced(bar)).toBe(
      "Created “bieu (đã kiểm tra).xlsx”: 1 sheet checked, 5 findings flagged (sheets not opened here included).",
    );
    expect(within(bar).queryByText(vi)).toBeNull();

    // A count in the message and a failure's detail survive the switch too.
    await user.click(screen.getByRole("button", { name: "Fill empty cells" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Fill" }));
    await waitFor(() => expect(announced(bar)).toBe("Filled 2 empty cells."));
    await user.click(screen.getByRole("radio", { name: "Tiếng Việt" }));
    expect(announced(bar)).toBe("Đã điền 2 ô trống.");

    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    await waitFor(() => expect(announced(bar)).toBe("Không thực hiện được: ExcelApi 1.9"));
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(announced(bar)).toBe("Could not complete: ExcelApi 1.9");
  });

  it("forgets an action's result when another sheet is chosen", async () => {
    const service = new FakeWorkbookService({
      sheets: ["Biểu 01", "Biểu 02"],
      check: (sheet) => sampleReport(sheet),
      actions: true,
    });
    const user = await pane(service);
    await check(user);
    const bar = screen.getByRole("region", { name: "Thao tác trên sổ tính" });
    await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    await waitFor(() => expect(announced(bar)).toBe("Đã tạo trang “Tổng hợp”."));
    await user.selectOptions(screen.getByRole("combobox", { name: "Trang tính" }), "Biểu 02");
    await waitFor(() => expect(announced(bar)).toBe(""));
  });
});
