/** English words of the browser page around the pane. */
import type { Templates } from "../catalog";
import type { PageMessages } from "../ui-messages";

export const pageEn: Templates<PageMessages> = {
  "page/title": () => "Soát chỉ tiêu — target table checker",
  "page/subtitle": () => "Check a resolution target table right in the browser, without Excel.",
  "page/privacy": () => "The file is processed on this computer; no data is sent anywhere.",
  "page/drop-title": () => "Open a target table (.xlsx) or a Word report (.docx)",
  "page/drop-hint": () =>
    "Drop an .xlsx or .docx file here, or press the button to choose one. With a .docx, its Word tables are checked as sheets and its text is compared with them.",
  "page/choose-file": () => "Choose an .xlsx or .docx file",
  "page/choose-other": () => "Open another file",
  "page/drop-here": () => "Drop the file here",
  "page/opening": ({ file }) => `Reading “${file}”…`,
  "page/open-failed-title": ({ file }) => `Could not open “${file}”`,
  "page/failure/empty": () => "The file is empty (0 bytes). Choose an Excel file with data.",
  "page/failure/notExcel": () =>
    "This is not an Excel .xlsx file. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  "page/failure/legacyXls": () =>
    "This is an Excel 97–2003 file (.xls); this page reads .xlsx only. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  "page/failure/xlsb": () =>
    "This is an Excel binary workbook (.xlsb). Save it as “Excel Workbook (*.xlsx)”.",
  "page/failure/encrypted": () =>
    "The workbook is password-protected and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and open it here again.",
  "page/failure/corrupt": () =>
    "The .xlsx file is damaged or incompletely downloaded and cannot be read. Download it again, or open and re-save it in Excel.",
  "page/failure/noSheets": () => "The file has no worksheet to check.",
  "page/failure/noWorkbook": () => "No file is open.",
  "page/failure/unknownSheet": () => "This sheet is not in the file.",
  "page/failure/noWordTables": () =>
    "This Word file has no table to check. Open the target table (.xlsx), then compare this report with it under “Checked against the report”.",
  "page/failure/unreadableDocument": () => "The content of this Word file cannot be read.",
  "page/failure/internal": () => "Something went wrong while processing the file.",
  "page/unreadable/csv": () =>
    "This is a CSV file (comma-separated text), not an .xlsx workbook. Open it in Excel, check that the number columns look right, and save it as “Excel Workbook (*.xlsx)”.",
  "page/unreadable/text": () =>
    "This is a text file (.txt), not a workbook. Open it in Excel (Data → From Text/CSV) and save it as “Excel Workbook (*.xlsx)”.",
  "page/unreadable/doc": () =>
    "This is a text document (Word .doc, .rtf or .odt), not a workbook. If the target table is in the document, copy the table into Excel and save it as “Excel Workbook (*.xlsx)”.",
  "page/unreadable/ods": () =>
    "This is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc and choose File → Save As → “Excel 2007-365 (.xlsx)”, or open it in Excel and save it as .xlsx.",
  "page/unreadable/numbers": () =>
    "This is an Apple Numbers spreadsheet (.numbers). Open it in Numbers and choose File → Export To → Excel (.xlsx).",
  "page/unreadable/html": () =>
    "This is a web page (.htm, .html), not a workbook. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  "page/unreadable/xml": () =>
    "This is an XML file (perhaps an “XML Spreadsheet 2003”), not an .xlsx workbook. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  "page/unreadable/disguisedXls": () =>
    "The file ends in .xls but is not an Excel workbook inside (often a web page or text exported by a program). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  "page/unreadable/other": ({ extension }) =>
    `A .${extension} file is not an Excel .xlsx workbook, so this page cannot read it. If Excel can open it, save it as “Excel Workbook (*.xlsx)” and choose that file.`,
  "page/stage/reading": () => "Reading the file",
  "page/stage/checking": () => "Checking",
  "page/stage/annotating": () => "Building the annotated file",
  "page/progress": ({ stage, percent }) => `${stage}: ${percent}%`,
  "page/file-label": ({ file, sheets }, f) => `File: ${file} (${f.count(sheets, "sheet", "sheets")})`,
  "page/file-label-document": ({ file, tables }, f) =>
    `File: ${file} (${f.count(tables, "Word table", "Word tables")})`,
  "page/preview-title": ({ sheet, address }) => `Cell ${address} — sheet “${sheet}”`,
  "page/preview-header": () => "Header",
  "page/close-preview": () => "Close cell view",
  "page/download-failed": () => "Could not build the annotated file.",
  "page/dismiss": () => "Dismiss",
};
