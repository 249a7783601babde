/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { SheetReport } from "../../src/engine/types";
import { FakeWorkbookService } from "../support/fake-service";
import { counts, sampleReport } from "../support/sample-report";

/**
 * The sample table with sub-rows: TT 2 has two sub-rows (one missed, one achieved), TT 5 has
 * two (both missed), so rows and indicators count differently.
 */
function reportWithSubRows(sheet: string): SheetReport {
  const report = sampleReport(sheet);
  const summary = report.tables[0].summary;
  summary.computed.rows = counts(1, 3, 3);
  summary.reported.rows = counts(1, 5, 1);
  summary.groups[0].computed.rows = counts(1, 2, 1);
  summary.groups[0].reported.rows = counts(1, 3, 0);
  summary.groups[1].computed.rows = counts(0, 1, 2);
  summary.groups[1].reported.rows = counts(0, 2, 1);
  return report;
}

function cells(table: HTMLElement, rowName: RegExp): string[] {
  return within(within(table).getByRole("row", { name: rowName }))
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

describe("task pane: summary per indicator and per row", () => {
  it("counts per indicator by default and per row, computed and reported, on request", async () => {
    const service = new FakeWorkbookService({ check: reportWithSubRows });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const summary = await screen.findByRole("region", { name: "Tổng hợp" });
    const byIndicator = within(summary).getByRole("radio", { name: "Theo chỉ tiêu" }) as HTMLInputElement;
    expect(byIndicator.checked).toBe(true);
    let counted = within(summary).getByRole("table", { name: "Số chỉ tiêu (theo số TT)" });
    expect(cells(counted, /Tổng số/)).toEqual(["5", "5"]);
    expect(cells(counted, /Không đạt/)).toEqual(["2 (khác với bảng ghi)", "1"]);

    await user.click(within(summary).getByRole("radio", { name: "Theo dòng" }));
    counted = within(summary).getByRole("table", { name: "Số dòng chỉ tiêu (kể cả dòng con)" });
    expect(cells(counted, /Tổng số/)).toEqual(["7", "7"]);
    expect(cells(counted, /Đạt/)).toEqual(["3 (khác với bảng ghi)", "5"]);
    expect(cells(counted, /Không đạt/)).toEqual(["3 (khác với bảng ghi)", "1"]);
    const groups = within(summary).getByRole("table", { name: "Theo nhóm" });
    expect(cells(groups, /Nhóm chỉ tiêu về xã hội/)).toEqual(["0", "1 (bảng ghi 2)", "2 (bảng ghi 1)"]);
    within(summary).getByText("II. Nhóm chỉ tiêu về xã hội: 2 dòng không đạt");
    expect(within(summary).queryByRole("table", { name: "Số chỉ tiêu (theo số TT)" })).toBeNull();

    // The choice is kept across a language switch.
    await user.click(screen.getByRole("button", { name: "Cài đặt" }));
    await user.click(screen.getByRole("radio", { name: "English" }));
    const english = screen.getByRole("region", { name: "Summary" });
    expect((within(english).getByRole("radio", { name: "Per row" }) as HTMLInputElement).checked).toBe(true);
    counted = within(english).getByRole("table", { name: "Indicator rows (sub-rows included)" });
    expect(cells(counted, /Missed/)).toEqual(["3 (differs from the table)", "1"]);
  });
});

describe("task pane: a new term's target table", () => {
  function targetOnlyReport(sheet: string): SheetReport {
    const report = sampleReport(sheet);
    report.tables[0].table.targetOnly = true;
    return report;
  }

  it("says what the table holds, targets by group, instead of an all-zero assessment", async () => {
    const report = targetOnlyReport("Biểu 01");
    const service = new FakeWorkbookService({ check: targetOnlyReport });
    const user = userEvent.setup();
    render(<App service={service} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const summary = await screen.findByRole("region", { name: "Tổng hợp" });
    const total = report.tables[0].summary.computed.indicators.total;
    expect(summary.textContent).toContain(
      `Bảng chỉ tiêu nhiệm kỳ mới: ${total} chỉ tiêu, chưa có cột kết quả`,
    );
    const byGroup = within(summary).getByRole("table", { name: "Số chỉ tiêu theo nhóm" });
    const rows = within(byGroup).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("cell").textContent)).toEqual(
      report.tables[0].summary.groups.map((g) => String(g.computed.indicators.total)),
    );
    expect(within(summary).queryByRole("radio")).toBeNull();
    expect(within(summary).queryByRole("figure")).toBeNull();
    expect(within(summary).queryByText("Vượt")).toBeNull();
  });
});

describe("task pane: the red numbers' legend", () => {
  it("explains red numbers when a computed count differs from the table's labels, and only then", async () => {
    const user = userEvent.setup();
    const differing = new FakeWorkbookService({ check: reportWithSubRows });
    const { unmount } = render(<App service={differing} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const summary = await screen.findByRole("region", { name: "Tổng hợp" });
    expect(within(summary).getByTestId("mismatch-legend").textContent).toBe(
      "Số đỏ: số tính lại khác với số bảng ghi (Đánh giá trong bảng).",
    );
    unmount();

    const agreeing = new FakeWorkbookService({
      check: (sheet) => {
        const report = sampleReport(sheet);
        const s = report.tables[0].summary;
        s.reported = JSON.parse(JSON.stringify(s.computed)) as typeof s.computed;
        for (const g of s.groups) g.reported = JSON.parse(JSON.stringify(g.computed)) as typeof g.computed;
        return report;
      },
    });
    render(<App service={agreeing} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const clean = await screen.findByRole("region", { name: "Tổng hợp" });
    expect(within(clean).queryByTestId("mismatch-legend")).toBeNull();
  });
});

describe("task pane: the missed list", () => {
  it("names a missed sub-row by its own name and row, under its TT", async () => {
    const check = (sheet: string): SheetReport => {
      const report = sampleReport(sheet);
      report.tables[0].summary.missed = [
        { code: "2", name: "Đàn bò", row: 8, indicator: "Tổng đàn gia súc" },
        { code: "5", name: "Tỷ lệ trường đạt chuẩn quốc gia", row: 11 },
      ];
      return report;
    };
    const user = userEvent.setup();
    render(<App service={new FakeWorkbookService({ check })} />);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const list = within(await screen.findByRole("region", { name: "Tổng hợp" })).getByRole("list", {
      name: "Chỉ tiêu không đạt",
    });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["2. Tổng đàn gia súc › Đàn bò (dòng 8)", "5. Tỷ lệ trường đạt chuẩn quốc gia (dòng 11)"]);
  });
});
