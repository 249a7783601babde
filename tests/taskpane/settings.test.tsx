/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { message } from "../../src/engine/messages";
import { App } from "../../src/taskpane/App";
import { DEFAULT_SETTINGS, checkOptionsFor } from "../../src/app/settings";
import { FakeWorkbookService } from "../support/fake-service";
import { sampleReport } from "../support/sample-report";

const RULES = [
  { id: "percent-mismatch", description: message("rule/percent-mismatch", {}) },
  { id: "status-mismatch", description: message("rule/status-mismatch", {}) },
];

async function openSettings(service: FakeWorkbookService) {
  const user = userEvent.setup();
  render(<App service={service} rules={RULES} />);
  await user.click(await screen.findByRole("button", { name: "Cài đặt" }));
  return user;
}

describe("task pane: settings", () => {
  it("switches the language, changing the texts and saving the choice", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = await openSettings(service);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");

    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(service.settings.lang).toBe("en");
    screen.getByRole("button", { name: "Check" });
    screen.getByRole("heading", { name: "Summary" });
    expect(screen.getByTestId("summary-sentence").textContent).toBe(
      "Total 5 indicators: 1 exceeded, 2 achieved, 2 missed; 3/5 indicators achieved or exceeded (60%).",
    );
    expect(screen.getByRole("button", { name: /F7/ }).textContent).toContain(
      "Reported 98% but 650/700 = 92.86%",
    );
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");

    await user.click(screen.getByRole("radio", { name: "Tiếng Việt" }));
    expect(service.settings.lang).toBe("vi");
    screen.getByRole("button", { name: "Kiểm tra" });
  });

  it("switches the language from the toggle at the top, without opening the settings", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");

    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    expect(service.settings.lang).toBe("en");
    screen.getByRole("heading", { level: 1, name: "Target table checker" });
    expect(screen.getByTestId("summary-sentence").textContent).toMatch(/^Total 5 indicators/);

    await user.click(screen.getByRole("button", { name: "Chuyển sang Tiếng Việt" }));
    expect(service.settings.lang).toBe("vi");
    screen.getByRole("heading", { level: 1, name: "Soát chỉ tiêu" });
  });

  it("shows a check failure and the check announcement in the language switched to afterwards", async () => {
    const service = new FakeWorkbookService({
      check: () => {
        throw new Error("Sheet1");
      },
    });
    const user = await openSettings(service);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Kiểm tra không thành công: Sheet1", { selector: ":not([role=status])" });
    await user.click(screen.getByRole("radio", { name: "English" }));
    screen.getByText("The check failed: Sheet1", { selector: ":not([role=status])" });
    expect(screen.getByTestId("announcer").textContent).toBe("The check failed: Sheet1");
    expect(screen.queryByText(/Kiểm tra không thành công/)).toBeNull();
  });

  it("checks with the options the shared checkOptionsFor gives for the sheet's saved settings", async () => {
    const saved = {
      tolerance: 0.5,
      disabledRules: ["percent-mismatch"],
      mappings: { "Biểu 01": { headerRows: [4], columns: { name: "B", target: "D" } } },
      polarity: { "Biểu 01": { 10: "lower" as const }, "Biểu 02": { 6: "higher" as const } },
    };
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet), settings: saved });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");
    const { onProgress, ...options } = service.lastCheck().options;
    expect(typeof onProgress).toBe("function");
    expect(options).toEqual(checkOptionsFor({ ...DEFAULT_SETTINGS, ...saved }, "Biểu 01"));
    expect(options.polarityOverrides).toEqual({ 10: "lower" });
  });

  it("starts in the language saved in the workbook", async () => {
    const service = new FakeWorkbookService({
      check: (sheet) => sampleReport(sheet),
      settings: { lang: "en" },
    });
    render(<App service={service} />);
    await screen.findByRole("button", { name: "Check" });
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
  });

  it("saves the tolerance and the rules switched off, and the next check uses them", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = await openSettings(service);
    const tolerance = screen.getByLabelText(/Sai số cho phép thêm/);
    await user.clear(tolerance);
    await user.type(tolerance, "-1");
    expect(tolerance.getAttribute("aria-invalid")).toBe("true");
    screen.getByText("Sai số phải là một số không âm.");
    await user.clear(tolerance);
    await user.type(tolerance, "0,5");
    await user.tab();
    expect(service.settings.tolerance).toBe(0.5);

    const rule = screen.getByRole("checkbox", {
      name: "Đánh giá (Vượt/Đạt/Không đạt) không khớp với số liệu (status-mismatch)",
    });
    expect((rule as HTMLInputElement).checked).toBe(true);
    await user.click(rule);
    expect(service.settings.disabledRules).toEqual(["status-mismatch"]);

    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");
    expect(service.lastCheck().options).toMatchObject({ tolerance: 0.5, disabledRules: ["status-mismatch"] });

    await user.click(rule);
    expect(service.settings.disabledRules).toEqual([]);
  });

  it("names findings' rules by their description when known", async () => {
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = userEvent.setup();
    render(<App service={service} rules={RULES} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const findings = await screen.findByRole("region", { name: /Phát hiện/ });
    within(findings).getByRole("heading", {
      name: "Tỷ lệ (%) ghi trong bảng không khớp với kết quả chia cho chỉ tiêu (percent-mismatch) (1)",
    });
  });
});
