/**
 * The page's reader for "Đối chiếu với báo cáo": pasted text is read on the page (it is quick),
 * a chosen file in the worker, where pdf.js runs without holding up the page.
 */
import { paragraphsOfText } from "../adapters/documents/report-paragraphs";
import type { ReportReader } from "../app/workbook-service";
import type { BrowserWorkbookService } from "./service";

export function workerReportReader(service: Pick<BrowserWorkbookService, "readReport">): ReportReader {
  return {
    fromText: paragraphsOfText,
    fromFile: (name, bytes) => service.readReport(name, bytes),
  };
}
