/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reportReader } from "../../src/adapters/documents/report-paragraphs";
import { checkSheet } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { makeGrid } from "../support/grid";

const HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"];
/** A checked Biểu 01, through the real engine. */
const check = (sheet: string) =>
  checkSheet(
    makeGrid(
      [
        HEADER,
        [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
        [2, "Tổng đàn gia súc", "Con", 7500, 8200, 109.3, "Vượt"],
        [3, "Diện tích cây ăn quả các loại", "ha", 700, 650, 92.9, "Không đạt"],
      ],
      { name: sheet },
    ),
  );

const REPORT = [
  "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 105%, vượt chỉ tiêu Nghị quyết.",
  "",
  "(2) Tổng đàn gia súc: 8.200/7.500 con, đạt 190,3%, vượt chỉ tiêu Nghị quyết.",
  "",
  "(3) Diện tích cây ăn quả các loại: 650/700 ha, đạt 92,9%, đạt Nghị quyết Đại hội.",
].join("\n");

async function checkedPane() {
  const service = new FakeWorkbookService({ sheets: ["Biểu 01"], check });
  const user = userEvent.setup();
  render(<App service={service} reportReader={reportReader} />);
  const section = await screen.findByRole("region", { name: "Đối chiếu với báo cáo" });
  return { service, user, section };
}

describe("task pane: Đối chiếu với báo cáo", () => {
  it("asks for a check first: the report is compared with the checked tables", async () => {
    const { section } = await checkedPane();
    expect(section.textContent).toContain("Kiểm tra bảng trước");
    expect(within(section).queryByRole("button", { name: "Đối chiếu" })).toBeNull();
  });

  it("lists each pasted claim with its verdict; a disagreement selects the cell it contradicts", async () => {
    const { service, user, section } = await checkedPane();
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary-sentence");
    await user.click(within(section).getByLabelText("Dán văn bản báo cáo"));
    await user.paste(REPORT);
    await user.click(within(section).getByRole("button", { name: "Đối chiếu" }));

    expect(within(section).getByTestId("report-summary").textContent).toBe(
      "3 nhận định: 1 khớp, 2 không khớp, 0 chưa đối chiếu được.",
    );
    const claims = within(section).getByRole("list", { name: "Các nhận định trong báo cáo" });
    expect(
      within(claims)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.split(" — ")[0]),
    ).toEqual(["Khớp", "Không khớp", "Không khớp"]);
    const findings = within(section).getByRole("list", { name: "Chỗ báo cáo không khớp với bảng" });
    const verdict = within(findings).getByRole("button", {
      name: /ghi «đạt» nhưng bảng đánh giá «Không đạt»/,
    });
    await user.click(verdict);
    expect(service.selectCalls.at(-1)).toEqual({ sheet: "Biểu 01", address: "G4" });
  });

  it("a resolution pasted beside its target table: its drift listed, each selecting the target cell", async () => {
    const target = (sheet: string) =>
      checkSheet(
        makeGrid(
          [
            ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả thực hiện"],
            [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000],
            [2, "Độ che phủ rừng", "%", 70],
            [3, "Tỷ lệ thôn văn hóa", "%", 100],
          ],
          { name: sheet },
        ),
      );
    const service = new FakeWorkbookService({ sheets: ["Chỉ tiêu 2025-2030"], check: target });
    const user = userEvent.setup();
    render(<App service={service} reportReader={reportReader} />);
    const section = await screen.findByRole("region", { name: "Đối chiếu với báo cáo" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("button", { name: "Kiểm tra" });
    await user.click(await within(section).findByLabelText("Dán văn bản báo cáo"));
    await user.paste(
      [
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ AN LẠC, NHIỆM KỲ 2025 - 2030",
        "Các chỉ tiêu chủ yếu",
        "(1) Tổng sản lượng lương thực có hạt đạt 3.000 tấn/năm.",
        "(2) Duy trì độ che phủ rừng đạt 76%.",
        "(3) Tỷ lệ thôn văn hóa đạt 100%.",
      ].join("\n\n"),
    );
    await user.click(within(section).getByRole("button", { name: "Đối chiếu" }));

    expect(within(section).getByTestId("report-targets").textContent).toBe(
      "Văn bản đặt ra 3 chỉ tiêu, 3 đã so với biểu «Chỉ tiêu 2025-2030».",
    );
    const findings = within(section).getByRole("list", { name: "Chỗ báo cáo không khớp với bảng" });
    const drift = within(findings).getByRole("button", { name: /nghị quyết ghi «đạt 76%», bảng ghi «70 %»/ });
    await user.click(drift);
    expect(service.selectCalls.at(-1)).toEqual({ sheet: "Chỉ tiêu 2025-2030", address: "D3" });
  });
});
