/**
 * The task pane's entry: once Office is ready, render the pane over the workbook open in Excel.
 * App brings its own FluentProvider (theme); this file only wires the Office service in.
 */
import { createRoot } from "react-dom/client";
import { officeEnv } from "../adapters/office/env";
import { unsupportedMessage } from "../adapters/office/requirements";
import { OfficeWorkbookService } from "../adapters/office/service";
import { setPdfjsLoader } from "../adapters/documents/pdf/pdfjs";
import { loadPdfjsWithWorker } from "../adapters/documents/pdf/pdfjs-browser";
import { reportReader } from "../adapters/documents/report-paragraphs";
import { checkSheet } from "../engine";
import { App } from "./App";

function showPlainMessage(container: HTMLElement, text: string): void {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.style.cssText = "font-family: 'Segoe UI', sans-serif; padding: 12px; color: #a4262c";
  p.textContent = text;
  container.replaceChildren(p);
}

Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  if (info.host !== Office.HostType.Excel) {
    showPlainMessage(container, "Soát chỉ tiêu chạy trong Excel. / Target Check runs in Excel.");
    return;
  }
  const env = officeEnv();
  const tooOld = unsupportedMessage(env);
  if (tooOld) {
    showPlainMessage(container, `${tooOld.vi}\n${tooOld.en}`);
    return;
  }
  const service = new OfficeWorkbookService(env, checkSheet);
  // A report's PDF is parsed in pdf.js's own worker, loaded on the first PDF chosen.
  setPdfjsLoader(loadPdfjsWithWorker);
  createRoot(container).render(<App service={service} reportReader={reportReader} />);
});
