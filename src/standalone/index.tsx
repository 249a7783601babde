/**
 * Entry of the browser page (dist/standalone.html): no office.js, no request to anywhere;
 * the workbook is read, checked and annotated in a Web Worker on this machine.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Page, type OpenWorkbook } from "./Page";
import { saveBlob } from "./save-file";
import { BrowserWorkbookService } from "./service";
import { SettingsStore, browserStorage } from "./settings-store";
import { spawnWorker } from "./spawn-worker";
import { targetTableDownload } from "./target-table-download";

const store = new SettingsStore(browserStorage());

const openWorkbook: OpenWorkbook = async (file, listener) => {
  const bytes = await file.arrayBuffer();
  return BrowserWorkbookService.open(
    { port: await spawnWorker(), fileName: file.name, bytes, settings: store, saveFile: saveBlob },
    listener,
  );
};

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Page
        store={store}
        openWorkbook={openWorkbook}
        targetTables={targetTableDownload(spawnWorker, saveBlob)}
      />
    </FluentProvider>,
  );
}
