/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { TargetTableOutput } from "../../src/app/target-table";
import type { TargetTableRow } from "../../src/app/target-table-layout";
import { Page } from "../../src/standalone/Page";
import type { BrowserWorkbookService } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";
import { FakeWorkbookService } from "../support/fake-service";
import { resolutionText, resolutionTruth } from "../support/resolutions";
import { sampleReport } from "../support/sample-report";

/** A download that records what it was asked to write. */
function recordingDownload() {
  const written: Array<{ rows: readonly TargetTableRow[]; lang: string }> = [];
  const output: TargetTableOutput = {
    kind: "file",
    write: async (rows, lang) => {
      written.push({ rows, lang });
      return "Biểu chỉ tiêu.xlsx";
    },
  };
  return { output, written };
}

function openedWorkbook(): BrowserWorkbookService {
  const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
  return Object.assign(service, {
    sheetInfo: () => [{ name: "Biểu 01", rowCount: 12 }],
    close: () => undefined,
  }) as unknown as BrowserWorkbookService;
}

async function pasteAndRead(section: HTMLElement, text: string, label = "Dán văn bản nghị quyết") {
  const user = userEvent.setup();
  await user.click(within(section).getByLabelText(label));
  await user.paste(text);
  return user;
}

describe("browser page: Tạo biểu chỉ tiêu từ nghị quyết", () => {
  it("makes the table from a resolution alone, before any workbook is opened, and downloads it", async () => {
    const { output, written } = recordingDownload();
    render(
      <Page
        store={new SettingsStore(null)}
        openWorkbook={async () => Promise.reject(new Error("not opened"))}
        targetTables={output}
      />,
    );
    const section = screen.getByRole("region", { name: "Tạo biểu chỉ tiêu từ nghị quyết" });
    const user = await pasteAndRead(section, resolutionText("000"));
    await user.click(within(section).getByRole("button", { name: "Đọc chỉ tiêu" }));
    const truth = resolutionTruth("000");
    expect(within(section).getByTestId("targets-summary").textContent).toContain(
      `${truth.targets} chỉ tiêu (${truth.items} mục)`,
    );

    await user.click(within(section).getByRole("button", { name: "Tải biểu chỉ tiêu (.xlsx)" }));
    await waitFor(() =>
      expect(within(section).getByTestId("targets-outcome").textContent).toBe(
        "Đã tải xuống “Biểu chỉ tiêu.xlsx”.",
      ),
    );
    expect(written).toHaveLength(1);
    expect(written[0].lang).toBe("vi");
    expect(written[0].rows.filter((r) => r.kind !== "group")).toHaveLength(truth.targets);
  });

  it("keeps the workbook picker the page's first file input and speaks the page's language", async () => {
    const { output } = recordingDownload();
    const { container } = render(
      <Page
        store={new SettingsStore(null)}
        openWorkbook={async () => openedWorkbook()}
        targetTables={output}
      />,
    );
    const first = container.querySelector('input[type="file"]') as HTMLInputElement;
    expect(first.accept).toContain(".xlsx");
    await userEvent.setup().click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("region", { name: "Create target table from resolution" })).toBeTruthy();
  });

  it("offers the same download beside an opened workbook, inside the pane", async () => {
    const { output, written } = recordingDownload();
    const { container } = render(
      <Page
        store={new SettingsStore(null)}
        openWorkbook={async () => openedWorkbook()}
        targetTables={output}
      />,
    );
    const user = userEvent.setup();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array([80, 75])], "Bieu.xlsx"));
    await screen.findByTestId("file-bar");

    const section = await screen.findByRole("region", { name: "Tạo biểu chỉ tiêu từ nghị quyết" });
    await pasteAndRead(section, resolutionText("004"));
    await user.click(within(section).getByRole("button", { name: "Đọc chỉ tiêu" }));
    await user.click(within(section).getByRole("button", { name: "Tải biểu chỉ tiêu (.xlsx)" }));
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0].rows.filter((r) => r.kind !== "group")).toHaveLength(resolutionTruth("004").targets);
    expect(screen.getAllByRole("region", { name: "Tạo biểu chỉ tiêu từ nghị quyết" })).toHaveLength(1);
  });
});
