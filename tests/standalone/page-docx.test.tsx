/** @jest-environment jsdom */
import "../support/dom-shims";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readDocument } from "../../src/adapters/documents";
import { claimDisagrees } from "../../src/app/claims-layout";
import { checkSubmission } from "../../src/app/submission";
import { checkNarrative } from "../../src/engine/claims";
import { t } from "../../src/i18n";
import { inPagePort } from "../../src/standalone/in-page-port";
import { Page, type OpenWorkbook } from "../../src/standalone/Page";
import { BrowserWorkbookService } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";
import { buildDocx } from "../adapters/documents/support/build-docx";
import { Paragraph } from "docx";

const DOCS = join(__dirname, "..", "fixtures", "documents");
const NAME = "bao-cao-word-bach-thong-lech.docx";

/** The page over its real worker session, run on the page (as when a Worker is refused). */
const openWorkbook: OpenWorkbook = async (file, listener) =>
  BrowserWorkbookService.open(
    {
      port: inPagePort(),
      fileName: file.name,
      bytes: await file.arrayBuffer(),
      settings: new SettingsStore(null),
      saveFile: () => undefined,
    },
    listener,
  );

/** What the command line reports for the same .docx: its tables checked, its narrative against them. */
async function commandLineResult(bytes: Uint8Array) {
  const content = await readDocument(bytes, NAME);
  const [doc] = checkSubmission(
    [{ kind: "document", file: NAME, paragraphs: content.paragraphs, tables: content.tables }],
    checkNarrative,
  ).files;
  if (doc.kind !== "document") throw new Error("not a document");
  const { claims, findings } = doc.narrative;
  const disagree = claims.filter((c) => claimDisagrees(c, findings)).length;
  const unmatched = claims.filter((c) => !claimDisagrees(c, findings) && c.match === null).length;
  return {
    summary: t("vi", "pane/report-summary", {
      claims: claims.length,
      agree: claims.length - disagree - unmatched,
      disagree,
      unmatched,
    }),
    flagged: findings.filter((f) => f.severity !== "info").length,
    disagree,
  };
}

function pick(container: HTMLElement): HTMLInputElement {
  return container.querySelector('input[type="file"]') as HTMLInputElement;
}

describe("browser page: a .docx opened alone", () => {
  it("checks its Word tables as sheets and its narrative against them, as the command line does", async () => {
    const bytes = new Uint8Array(readFileSync(join(DOCS, NAME)));
    const expected = await commandLineResult(bytes);
    expect(expected.disagree).toBeGreaterThan(2);
    const user = userEvent.setup();
    const { container } = render(<Page store={new SettingsStore(null)} openWorkbook={openWorkbook} />);
    expect(pick(container).accept.split(",")).toEqual(expect.arrayContaining([".xlsx", ".docx"]));

    await user.upload(pick(container), new File([bytes], NAME));
    expect((await screen.findByTestId("file-bar")).textContent).toContain(`Tệp: ${NAME} (1 bảng Word)`);
    // No "Kiểm tra" pressed: the document's table is checked on opening.
    await screen.findByTestId("summary-sentence");
    const section = screen.getByRole("region", { name: "Đối chiếu với báo cáo" });
    expect((await within(section).findByTestId("report-own")).textContent).toBe(
      `Phần lời của “${NAME}”, đối chiếu với các bảng Word của nó:`,
    );
    expect(within(section).getByTestId("report-summary").textContent).toBe(expected.summary);
    const findings = within(section).getByRole("list", { name: "Chỗ báo cáo không khớp với bảng" });
    expect(within(findings).getAllByRole("listitem")).toHaveLength(expected.flagged);
    // The sheet's own actions: no annotated workbook to download from a .docx.
    expect(screen.queryByRole("button", { name: t("vi", "pane/download") })).toBeNull();

    // A disagreement points at its Word table's cell, shown in the page's preview.
    const percent = within(findings).getByRole("button", { name: /190,3/ });
    await user.click(percent);
    const preview = await screen.findByTestId("cell-preview");
    expect(preview.textContent).toContain("trang “Biểu 01”");
  });

  it("says a .docx without a table has nothing to check, and where its report goes instead", async () => {
    const user = userEvent.setup();
    const { container } = render(<Page store={new SettingsStore(null)} openWorkbook={openWorkbook} />);
    const bytes = await buildDocx([new Paragraph("Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%.")]);
    await user.upload(pick(container), new File([bytes.slice().buffer], "chi-loi.docx"));
    const error = await screen.findByTestId("open-error");
    expect(error.textContent).toContain(t("vi", "page/failure/noWordTables"));
  });

  it("gives a Word file the reader refuses the command line's line for it", async () => {
    // A DOCTYPE in a Word part: never in OOXML, refused so that no entity is ever expanded.
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
    zip.file("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "a">]><w:document/>');
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const user = userEvent.setup();
    const { container } = render(<Page store={new SettingsStore(null)} openWorkbook={openWorkbook} />);
    await user.upload(pick(container), new File([bytes.slice().buffer], "co-dtd.docx"));
    const error = await screen.findByTestId("open-error");
    expect(error.textContent).toBe(
      t("vi", "page/open-failed-title", { file: "co-dtd.docx" }) +
        t("vi", "cli/document-corrupt", { file: "co-dtd.docx" }),
    );
  });
});
