/** @jest-environment jsdom */
import "../support/dom-shims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Page } from "../../src/standalone/Page";
import type { BrowserWorkbookService, ServiceEvent } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";
import { ENGINE_RULES } from "../../src/taskpane/App";
import { WorkbookFailure } from "../../src/standalone/protocol";
import { render as renderMessage } from "../../src/i18n";
import { FakeWorkbookService } from "../support/fake-service";
import { sampleReport } from "../support/sample-report";

/** The task pane's fake service with the two calls the page makes on an opened workbook. */
function openedWorkbook(): BrowserWorkbookService {
  const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
  return Object.assign(service, {
    sheetInfo: () => [{ name: "Biểu 01", rowCount: 12 }],
    close: () => undefined,
  }) as unknown as BrowserWorkbookService;
}

describe("browser page", () => {
  it("offers the engine's checks in the settings, the same list as the add-in's task pane", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Page store={new SettingsStore(null)} openWorkbook={async () => openedWorkbook()} />,
    );
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array([80, 75])], "Bieu.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Cài đặt" }));

    const rules = screen.getByRole("group", { name: "Các quy tắc kiểm tra" });
    const labels = within(rules)
      .getAllByRole("checkbox")
      .map((box) => (box.closest(".fui-Checkbox") as HTMLElement).textContent);
    expect(ENGINE_RULES.length).toBeGreaterThan(5);
    expect(labels).toEqual(
      ENGINE_RULES.map((rule) => `${renderMessage(rule.description!, "vi")} (${rule.id})`),
    );
  });

  it("names the format of a file it cannot read and says what to do, in the language chosen", async () => {
    const user = userEvent.setup();
    render(
      <Page
        store={new SettingsStore(null)}
        openWorkbook={async () => {
          throw new WorkbookFailure("notExcel");
        }}
      />,
    );
    const drop = async (name: string) => {
      const file = new File([new Uint8Array([1, 2, 3])], name);
      fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [file], types: ["Files"] } });
      // The title names the file: the message below it is this file's.
      await screen.findByText(`“${name}”`, { exact: false });
      return screen.getByTestId("open-error");
    };

    let error = await drop("Bieu chi tieu.csv");
    expect(error.textContent).toContain("Không mở được tệp “Bieu chi tieu.csv”");
    expect(error.textContent).toContain("Đây là tệp CSV");
    expect(error.textContent).toContain("Lưu thành “Excel Workbook (*.xlsx)”");

    error = await drop("Bao cao.doc");
    await within(error).findByText(/Word \.doc/);
    expect(error.textContent).not.toContain("CSV");

    await user.click(screen.getByRole("radio", { name: "English" }));
    error = await drop("anh.png");
    expect(error.textContent).toContain("A .png file is not an Excel .xlsx workbook");

    // A renamed file with an .xlsx name keeps the plain message.
    error = await drop("Bieu.xlsx");
    await within(error).findByText(/This is not an Excel \.xlsx file/);
  });

  it("shows how far the file has been read, as the worker says it", async () => {
    const user = userEvent.setup();
    let tell: (event: ServiceEvent) => void = () => undefined;
    let finish: (service: BrowserWorkbookService) => void = () => undefined;
    const { container } = render(
      <Page
        store={new SettingsStore(null)}
        openWorkbook={(_file, listener) => {
          tell = listener;
          return new Promise((resolve) => (finish = resolve));
        }}
      />,
    );
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array([80, 75])], "Bieu.xlsx"));
    const bar = await screen.findByTestId("page-progress");

    for (const fraction of [0, 0.1, 0.37, 0.8]) {
      act(() => tell({ type: "progress", stage: "reading", fraction }));
      const percent = Math.round(fraction * 100);
      expect(bar.textContent).toContain(`Đang đọc tệp: ${percent}%`);
      const progressbar = within(bar).getByRole("progressbar");
      expect(progressbar.getAttribute("aria-valuenow")).toBe(String(fraction));
      expect(progressbar.getAttribute("aria-valuetext")).toBe(`${percent}%`);
    }

    act(() => tell({ type: "idle" }));
    await act(async () => finish(openedWorkbook()));
    await screen.findByTestId("file-bar");
    expect(screen.queryByTestId("page-progress")).toBeNull();
  });
});
