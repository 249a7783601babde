/** @jest-environment jsdom */
import "../support/dom-shims";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Page } from "../../src/standalone/Page";
import type { BrowserWorkbookService, ServiceEvent } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";
import { ENGINE_RULES } from "../../src/taskpane/App";
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
