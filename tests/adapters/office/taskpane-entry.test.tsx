/**
 * @jest-environment jsdom
 */
import { waitFor } from "@testing-library/react";
import type { AppProps } from "../../../src/taskpane/App";
import { FakeExcel, FakeWorkbookState } from "../../support/fake-excel";

const rendered: AppProps[] = [];
jest.mock("../../../src/taskpane/App", () => ({
  App: (props: AppProps) => {
    rendered.push(props);
    return <p>pane</p>;
  },
}));

function installOffice(host: string, apiVersion: string): void {
  const state = new FakeWorkbookState();
  state.addSheet("Biểu 01");
  const excel = new FakeExcel(state, apiVersion);
  const env = excel.env();
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel" },
      onReady: (callback: (info: { host: string }) => void) => callback({ host }),
      context: { requirements: { isSetSupported: env.isSetSupported }, document: { settings: env.settings } },
    },
    Excel: { run: env.run },
  });
}

/** Loads the entry afresh, as the pane's page does once. */
function loadEntry(): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  jest.resetModules();
  // a fresh synchronous load after resetModules: the entry runs its Office.onReady again
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../../../src/taskpane/index");
  return document.getElementById("root")!;
}

describe("task pane entry", () => {
  beforeEach(() => {
    rendered.length = 0;
  });

  it("renders the pane over the workbook open in Excel once Office is ready", async () => {
    installOffice("Excel", "1.18");
    const root = loadEntry();
    await waitFor(() => expect(root.textContent).toBe("pane"));
    // the service the pane gets reads the workbook through Excel.run
    expect(rendered[0].service.constructor.name).toBe("OfficeWorkbookService");
    expect(rendered[0].service.label).toBe("Excel");
    expect(await rendered[0].service.listSheets()).toEqual(["Biểu 01"]);
  });

  it("shows a plain message instead of the pane on an Excel that is too old", async () => {
    installOffice("Excel", "1.6");
    const root = loadEntry();
    expect(rendered).toHaveLength(0);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("cần ExcelApi 1.7");
  });

  it("says it runs in Excel when opened elsewhere", async () => {
    installOffice("Word", "1.18");
    const root = loadEntry();
    expect(rendered).toHaveLength(0);
    expect(root.textContent).toContain("chạy trong Excel");
  });
});
