/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Paragraph } from "docx";
import { reportReader } from "../../src/adapters/documents/report-paragraphs";
import { OfficeWorkbookService } from "../../src/adapters/office/service";
import type { TargetTableOutput } from "../../src/app/target-table";
import { checkSheet } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { buildDocx } from "../adapters/documents/support/build-docx";
import { FakeExcel, FakeWorkbookState } from "../support/fake-excel";
import { FakeWorkbookService } from "../support/fake-service";
import { sampleReport } from "../support/sample-report";
import { resolutionText, resolutionTruth, uploadFile } from "../support/resolutions";

const HEADING = "Tạo biểu chỉ tiêu từ nghị quyết";

/** The pane over a workbook in the fake Excel, with a sheet of the user's named as ours would be. */
async function paneOverExcel() {
  const state = new FakeWorkbookState();
  state.addSheet("Biểu 01").setValues([["Số liệu của tôi"]]);
  state.addSheet("Biểu chỉ tiêu").setValues([["Biểu tôi tự lập", 12]]);
  const service = new OfficeWorkbookService(new FakeExcel(state).env(), checkSheet);
  const user = userEvent.setup();
  render(<App service={service} reportReader={reportReader} />);
  const section = await screen.findByRole("region", { name: HEADING });
  return { state, service, user, section };
}

async function pasteAndRead(user: ReturnType<typeof userEvent.setup>, section: HTMLElement, text: string) {
  await user.click(within(section).getByLabelText("Dán văn bản nghị quyết"));
  await user.paste(text);
  await user.click(within(section).getByRole("button", { name: "Đọc chỉ tiêu" }));
}

describe("task pane: Tạo biểu chỉ tiêu từ nghị quyết", () => {
  it("counts the pasted resolution's targets, writes them into a new sheet and puts the pane on it", async () => {
    const { state, service, user, section } = await paneOverExcel();
    const usersSheet = state.snapshot("Biểu chỉ tiêu");
    await pasteAndRead(user, section, resolutionText("004"));

    const truth = resolutionTruth("004");
    expect(within(section).getByTestId("targets-summary").textContent).toMatch(
      new RegExp(`^Tìm thấy ${truth.targets} chỉ tiêu \\(${truth.items} mục\\) trong \\d+ nhóm\\.$`),
    );
    await user.click(within(section).getByRole("button", { name: "Tạo biểu trong trang tính mới" }));

    const outcome = within(section).getByTestId("targets-outcome");
    await waitFor(() => expect(outcome.textContent).toContain("“Biểu chỉ tiêu (2)”"));
    expect(state.snapshot("Biểu chỉ tiêu")).toEqual(usersSheet);
    expect(state.activeSheet().name).toBe("Biểu chỉ tiêu (2)");
    // The sheet picker is on the new sheet, so "Kiểm tra" checks it straight away.
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: /Trang tính/ }) as HTMLSelectElement).value).toBe(
        "Biểu chỉ tiêu (2)",
      ),
    );
    const report = await service.check("Biểu chỉ tiêu (2)", {});
    expect(report.tables[0].indicators).toHaveLength(truth.targets);
    expect(report.tables[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says plainly when the text holds no numbered targets, and offers nothing to write", async () => {
    const { state, user, section } = await paneOverExcel();
    await pasteAndRead(user, section, "Đại hội đã thảo luận, biểu quyết và thông qua báo cáo chính trị.");
    expect(within(section).getByTestId("targets-summary").textContent).toContain(
      "Không tìm thấy danh mục chỉ tiêu đánh số",
    );
    expect(within(section).queryByRole("button", { name: "Tạo biểu trong trang tính mới" })).toBeNull();
    expect(state.sheets.map((s) => s.name)).toEqual(["Biểu 01", "Biểu chỉ tiêu"]);
  });

  it("reads an opened .txt, and refuses a file of another kind with a hint to paste its text", async () => {
    const { section } = await paneOverExcel();
    // The input offers .docx, .pdf and .txt; a user may still pick "All files".
    const user = userEvent.setup({ applyAccept: false });
    const input = within(section).getByLabelText(
      "Hoặc mở nghị quyết (.docx, .pdf, .txt)",
    ) as HTMLInputElement;
    await user.upload(input, uploadFile(resolutionText("000"), "nghi-quyet.txt"));
    const truth = resolutionTruth("000");
    await waitFor(() =>
      expect(within(section).getByTestId("targets-summary").textContent).toContain(
        `${truth.targets} chỉ tiêu (${truth.items} mục)`,
      ),
    );

    await user.upload(input, uploadFile("{\\rtf1 Nghị quyết}", "nghi-quyet.rtf", "application/rtf"));
    expect((await within(section).findByText(/Không đọc được nghị quyết/)).textContent).toContain(
      "Chỉ đọc được tệp .docx, .pdf và .txt",
    );
  });

  it("reads an opened .docx whose items Word numbers", async () => {
    const { user, section } = await paneOverExcel();
    const item = (text: string) => new Paragraph({ text, numbering: { reference: "items", level: 0 } });
    const docx = await buildDocx([
      new Paragraph("2.2. Các chỉ tiêu chủ yếu"),
      new Paragraph("Phát triển kinh tế"),
      item("Tổng sản lượng lương thực có hạt đạt 3.000 tấn/năm."),
      item("Tỷ lệ hộ nghèo đến năm 2030 dưới 5%; tỷ lệ lao động qua đào tạo đạt ít nhất 60%."),
      new Paragraph("2.3. Nhiệm vụ trọng tâm"),
      item("Tăng cường xây dựng Đảng."),
    ]);
    const input = within(section).getByLabelText(
      "Hoặc mở nghị quyết (.docx, .pdf, .txt)",
    ) as HTMLInputElement;
    await user.upload(input, uploadFile(docx, "nghi-quyet.docx", "application/octet-stream"));
    // Two numbered items, the second with two targets, under one group.
    await waitFor(() =>
      expect(within(section).getByTestId("targets-summary").textContent).toBe(
        "Tìm thấy 3 chỉ tiêu (2 mục) trong 1 nhóm.",
      ),
    );
  });

  it("holds the buttons while the table is written, and says so in English after a switch", async () => {
    let release = () => undefined as void;
    const written = new Promise<void>((resolve) => (release = resolve));
    const calls: number[] = [];
    const output: TargetTableOutput = {
      kind: "sheet",
      write: async (rows) => {
        calls.push(rows.length);
        await written;
        return "Biểu chỉ tiêu";
      },
    };
    const service = new FakeWorkbookService({ check: (sheet) => sampleReport(sheet) });
    const user = userEvent.setup();
    render(<App service={service} reportReader={reportReader} targetTableOutput={output} />);
    const section = await screen.findByRole("region", { name: HEADING });
    await pasteAndRead(user, section, resolutionText("004"));

    const write = within(section).getByRole("button", { name: "Tạo biểu trong trang tính mới" });
    await user.click(write);
    const outcome = within(section).getByTestId("targets-outcome");
    await waitFor(() => expect(outcome.textContent).toBe("Đang tạo biểu chỉ tiêu…"));
    expect(write.hasAttribute("disabled")).toBe(true);
    expect(within(section).getByRole("button", { name: "Đọc chỉ tiêu" }).hasAttribute("disabled")).toBe(true);
    expect(calls).toEqual([expect.any(Number)]);
    expect(calls[0]).toBeGreaterThan(resolutionTruth("004").targets);

    release();
    await waitFor(() => expect(outcome.textContent).toContain("“Biểu chỉ tiêu”"));
    expect(write.hasAttribute("disabled")).toBe(false);
    await user.click(screen.getByRole("button", { name: /English/ }));
    await waitFor(() =>
      expect(
        within(screen.getByRole("region", { name: "Create target table from resolution" })).getByTestId(
          "targets-outcome",
        ).textContent,
      ).toBe(
        "The target table is in the new sheet “Biểu chỉ tiêu”; press “Check” to check it straight away.",
      ),
    );
  });
});
