/** @jest-environment jsdom */
import "../support/dom-shims";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DocumentReadError } from "../../src/adapters/documents/types";
import { paragraphsOfText } from "../../src/adapters/documents/report-paragraphs";
import type { ReportReader } from "../../src/app/workbook-service";
import type { NarrativeParagraph } from "../../src/engine/claims/types";
import { checkSheet } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService } from "../support/fake-service";
import { makeGrid } from "../support/grid";

const HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"];
const check = (sheet: string) =>
  checkSheet(
    makeGrid(
      [
        HEADER,
        [1, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, 105, "Vượt"],
        [2, "Tổng đàn gia súc", "Con", 7500, 8200, 109.3, "Vượt"],
      ],
      { name: sheet },
    ),
  );

const AGREEING = "(1) Tổng sản lượng lương thực có hạt: 3.150/3.000 tấn, đạt 105%, vượt chỉ tiêu Nghị quyết.";
const DISAGREEING = "(2) Tổng đàn gia súc: 8.200/7.500 con, đạt 190,3%, vượt chỉ tiêu Nghị quyết.";

/** A reader whose file reads the test settles by hand, one per file chosen. */
function handReader() {
  const reads: Array<{
    name: string;
    bytes: Uint8Array;
    resolve(p: NarrativeParagraph[]): void;
    reject(e: unknown): void;
  }> = [];
  const reader: ReportReader = {
    fromText: paragraphsOfText,
    fromFile: (name, bytes) => new Promise((resolve, reject) => reads.push({ name, bytes, resolve, reject })),
  };
  return { reader, reads };
}

async function checkedPane(reader: ReportReader) {
  const user = userEvent.setup();
  render(<App service={new FakeWorkbookService({ sheets: ["Biểu 01"], check })} reportReader={reader} />);
  const section = await screen.findByRole("region", { name: "Đối chiếu với báo cáo" });
  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByTestId("summary-sentence");
  const input = within(section).getByLabelText("Hoặc mở báo cáo (.docx, .pdf, .txt)") as HTMLInputElement;
  return { user, section, input };
}

const file = (name: string, text = "%PDF-1.7") => new File([new TextEncoder().encode(text)], name);

describe("task pane: a report opened as a file", () => {
  it("offers PDFs, shows the read under way, then the PDF's claims", async () => {
    const { reader, reads } = handReader();
    const { user, section, input } = await checkedPane(reader);
    expect(input.accept.split(",")).toEqual(expect.arrayContaining([".docx", ".pdf", ".txt"]));

    await user.upload(input, file("bao-cao.pdf"));
    await within(section).findByText("Đang đọc “bao-cao.pdf”…");
    expect(reads.map((r) => [r.name, new TextDecoder().decode(r.bytes)])).toEqual([
      ["bao-cao.pdf", "%PDF-1.7"],
    ]);
    reads[0].resolve(paragraphsOfText(`${AGREEING}\n\n${DISAGREEING}`));

    await within(section).findByText("2 nhận định: 1 khớp, 1 không khớp, 0 chưa đối chiếu được.");
    expect(within(section).queryByText("Đang đọc “bao-cao.pdf”…")).toBeNull();
    expect(within(section).getByRole("list", { name: "Chỗ báo cáo không khớp với bảng" })).toBeTruthy();
  });

  it("says a scanned PDF has no text, in the command line's words, and follows a language switch", async () => {
    const { reader, reads } = handReader();
    const { user, section, input } = await checkedPane(reader);
    await user.upload(input, file("quet.pdf"));
    reads[0].reject(new DocumentReadError("no-text-layer", { pages: 3 }));

    const error = await within(section).findByTestId("report-error");
    expect(error.textContent).toBe(
      "Không đọc được báo cáo: quet.pdf là PDF chỉ có hình ảnh (3 trang, không có lớp chữ): hãy dùng bản PDF xuất từ Word hoặc tệp .docx",
    );
    expect(within(section).getByTestId("report-summary").textContent).toBe("");
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    await within(section).findByText(/quet\.pdf is an image-only PDF \(3 page\(s\), no text layer\)/);
  });

  it("shows only the last file chosen, however the reads finish", async () => {
    const { reader, reads } = handReader();
    const { user, section, input } = await checkedPane(reader);
    await user.upload(input, file("cham.pdf"));
    await user.upload(input, file("nhanh.txt", AGREEING));
    reads[1].resolve(paragraphsOfText(AGREEING));
    await within(section).findByText("1 nhận định: 1 khớp, 0 không khớp, 0 chưa đối chiếu được.");
    // The slow PDF finishes last, with a different report: it is not the one chosen now.
    await act(async () => reads[0].resolve(paragraphsOfText(`${AGREEING}\n\n${DISAGREEING}`)));
    expect(within(section).getByTestId("report-summary").textContent).toBe(
      "1 nhận định: 1 khớp, 0 không khớp, 0 chưa đối chiếu được.",
    );
  });
});
