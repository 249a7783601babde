/** @jest-environment jsdom */
import "../support/dom-shims";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { CellPreviewPanel } from "../../src/standalone/CellPreviewPanel";
import type { CellPreview } from "../../src/standalone/protocol";
import { translator } from "../../src/taskpane/i18n";

const preview: CellPreview = {
  sheet: "Biểu 01",
  address: "F7",
  row: 7,
  column: 5,
  header: ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả", "Tỷ lệ (%)", "Đánh giá"],
  cells: ["2", "Diện tích cây ăn quả", "ha", "700", "650", "98", "Đạt"],
};

/** A finding button opens the preview, as the page does when a finding is selected. */
function Harness() {
  const [shown, setShown] = useState<CellPreview | null>(null);
  return (
    <>
      <button type="button" onClick={() => setShown(preview)}>
        F7 Dòng 7
      </button>
      <button type="button">G11 Dòng 11</button>
      {shown && <CellPreviewPanel preview={shown} t={translator("vi")} onClose={() => setShown(null)} />}
    </>
  );
}

describe("cell preview", () => {
  it("shows the row with the cell marked, without taking the focus from the finding", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const finding = screen.getByRole("button", { name: "F7 Dòng 7" });
    await user.click(finding);
    const panel = screen.getByRole("region", { name: /F7/ });
    expect(panel.querySelector('[aria-current="true"]')?.textContent).toBe("98");
    expect(document.activeElement).toBe(finding);
  });

  it("closes with Escape, the focus staying on the finding", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const finding = screen.getByRole("button", { name: "F7 Dòng 7" });
    await user.click(finding);
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("cell-preview")).toBeNull();
    expect(document.activeElement).toBe(finding);
  });

  it("gives the focus back to the finding when closed from inside, by Escape or its button", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const finding = screen.getByRole("button", { name: "F7 Dòng 7" });
    await user.click(finding);
    screen.getByRole("button", { name: "Đóng xem ô" }).focus();
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("cell-preview")).toBeNull();
    expect(document.activeElement).toBe(finding);

    await user.click(finding);
    await user.click(screen.getByRole("button", { name: "Đóng xem ô" }));
    expect(screen.queryByTestId("cell-preview")).toBeNull();
    expect(document.activeElement).toBe(finding);
  });
});
