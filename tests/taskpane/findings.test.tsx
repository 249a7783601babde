/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { sampleReport } from "../support/sample-report";

async function checkedPane() {
  const service = new FakeWorkbookService({
    sheets: ["Biểu 01", "Biểu 02"],
    check: (sheet) => sampleReport(sheet),
  });
  const user = userEvent.setup();
  render(<App service={service} />);
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByTestId("summary-sentence");
  const findings = screen.getByRole("region", { name: /Phát hiện \(5\)/ });
  return { service, user, findings };
}

function itemCells(container: HTMLElement): string[] {
  return within(container)
    .queryAllByRole("button", { name: /Dòng \d+/ })
    .map((b) => b.textContent?.match(/^[A-Z]+\d+/)?.[0] ?? "");
}

describe("task pane: findings", () => {
  it("groups findings by severity, then by rule, each showing cell, row and the message's numbers", async () => {
    const { findings } = await checkedPane();
    const errors = within(findings).getByRole("region", { name: "Lỗi (3)" });
    const warnings = within(findings).getByRole("region", { name: "Cảnh báo (1)" });
    const infos = within(findings).getByRole("region", { name: "Thông tin (1)" });
    expect(
      within(errors)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([
      "Tỷ lệ (%) ghi trong bảng không khớp với kết quả chia cho chỉ tiêu (percent-mismatch) (1)",
      "Đánh giá (Vượt/Đạt/Không đạt) không khớp với số liệu (status-mismatch) (2)",
    ]);
    expect(itemCells(errors)).toEqual(["F7", "G6", "G11"]);
    expect(itemCells(warnings)).toEqual(["B9"]);
    expect(itemCells(infos)).toEqual(["E8"]);
    const item = within(errors).getByRole("button", { name: /F7/ });
    expect(item.textContent).toContain("Dòng 7");
    expect(item.textContent).toContain("Tỷ lệ ghi 98% nhưng 650/700 = 92,86%");
  });

  it("filters by severity, by rule and by text (without diacritics)", async () => {
    const { user, findings } = await checkedPane();
    await user.selectOptions(within(findings).getByLabelText("Mức độ"), "error");
    expect(itemCells(findings)).toEqual(["F7", "G6", "G11"]);

    await user.selectOptions(within(findings).getByLabelText("Quy tắc"), "status-mismatch");
    expect(itemCells(findings)).toEqual(["G6", "G11"]);

    await user.type(within(findings).getByLabelText("Tìm trong phát hiện"), "khong dat");
    expect(itemCells(findings)).toEqual(["G11"]);
    expect(within(findings).getByRole("status").textContent).toBe(
      "1 trong 5 phát hiện khớp bộ lọc; đang hiện 1.",
    );

    await user.selectOptions(within(findings).getByLabelText("Mức độ"), "info");
    expect(itemCells(findings)).toEqual([]);
    within(findings).getByText("Không có phát hiện nào khớp bộ lọc.");

    await user.selectOptions(within(findings).getByLabelText("Mức độ"), "all");
    await user.selectOptions(within(findings).getByLabelText("Quy tắc"), "all");
    await user.clear(within(findings).getByLabelText("Tìm trong phát hiện"));
    expect(itemCells(findings)).toHaveLength(5);
  });

  it("finds a finding by the name of the indicator on its row, and says how many of all match", async () => {
    const { user, findings } = await checkedPane();
    const search = within(findings).getByLabelText("Tìm trong phát hiện");
    await user.type(search, "cay an qua");
    expect(itemCells(findings)).toEqual(["F7"]);
    await user.clear(search);
    await user.type(search, "truong dat chuan");
    expect(itemCells(findings)).toEqual(["G11"]);
    await user.clear(search);
    await user.type(search, "internet");
    expect(itemCells(findings)).toEqual([]);
    expect(within(findings).getByRole("status").textContent).toBe(
      "0 trong 5 phát hiện khớp bộ lọc; đang hiện 0.",
    );
  });

  it("selects a finding's cell on the checked sheet by click and by Enter", async () => {
    const { service, user, findings } = await checkedPane();
    await user.click(within(findings).getByRole("button", { name: /G11/ }));
    expect(service.selectCalls).toEqual([{ sheet: "Biểu 01", address: "G11" }]);

    const warning = within(findings).getByRole("button", { name: /B9/ });
    warning.focus();
    expect(document.activeElement).toBe(warning);
    await user.keyboard("{Enter}");
    expect(service.selectCalls[1]).toEqual({ sheet: "Biểu 01", address: "B9" });
  });

  it("marks the finding whose cell was selected, for sight and for screen readers", async () => {
    const { user, findings } = await checkedPane();
    const g11 = within(findings).getByRole("button", { name: /G11/ });
    const b9 = within(findings).getByRole("button", { name: /B9/ });
    const plainLook = g11.className;
    expect(within(findings).queryAllByRole("button", { current: true })).toEqual([]);

    await user.click(g11);
    expect(g11.getAttribute("aria-current")).toBe("true");
    expect(g11.className).not.toBe(plainLook);
    expect(within(findings).getAllByRole("button", { current: true })).toEqual([g11]);

    b9.focus();
    await user.keyboard("{Enter}");
    expect(within(findings).getAllByRole("button", { current: true })).toEqual([b9]);
    expect(g11.hasAttribute("aria-current")).toBe(false);
    expect(g11.className).toBe(plainLook);

    // The mark stays while filtering as long as the finding is listed.
    await user.selectOptions(within(findings).getByLabelText("Mức độ"), "warning");
    expect(within(findings).getByRole("button", { name: /B9/ }).getAttribute("aria-current")).toBe("true");
  });

  it("checks the sheet chosen in the picker and selects cells on it", async () => {
    const service = new FakeWorkbookService({
      sheets: ["Biểu 01", "Biểu 02"],
      check: (sheet) => sampleReport(sheet),
    });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.selectOptions(await screen.findByLabelText("Trang tính"), "Biểu 02");
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");
    expect(service.lastCheck().sheet).toBe("Biểu 02");
    await user.click(screen.getByRole("button", { name: /E8/ }));
    expect(service.selectCalls).toEqual([{ sheet: "Biểu 02", address: "E8" }]);
  });
});
