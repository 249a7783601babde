/** English words of the sheets a check adds and of the ribbon commands' messages. */
import type { Templates } from "../catalog";
import type { SheetMessages } from "../ui-messages";

export const sheetsEn: Templates<SheetMessages> = {
  "summary-sheet/name": () => "Summary",
  "summary-sheet/title": () => "SUMMARY OF TARGET RESULTS",
  "summary-sheet/explanation": () =>
    "“Computed”: status worked out from the target and the actual; “Reported”: the label written in the table. " +
    "Counted per indicator (TT); an indicator with sub-rows takes the worst status of its sub-rows.",
  "summary-sheet/sheet": ({ sheet }) => `Sheet: ${sheet}`,
  "summary-sheet/table": ({ index, where }) => `Table ${index}: ${where}`,
  "summary-sheet/chart": ({ index }) => `Indicators per group (computed) · Table ${index}`,
  "reconcile/heading": () => "Checked against the report",
  "reconcile/paragraph": () => "Paragraph",
  "reconcile/claim": () => "Claim in the report",
  "reconcile/verdict": () => "Result",
  "reconcile/report": () => "Report",
  "reconcile/agrees": () => "Agrees",
  "reconcile/disagrees": () => "Disagrees",
  "reconcile/none": () => "The report makes no claim tied to this file's tables.",
  "reconcile/note": (d, f) =>
    `[${d.report}, paragraph ${f.num(d.paragraph)} · ${d.rule}] ${d.text ? `“${d.text}”: ` : ""}${d.message}`,
  "findings-sheet/name": () => "Findings",
  "findings-sheet/title": () => "FINDINGS",
  "ribbon/check": () => "Check table",
  "ribbon/results-sheet-active": ({ sheet }) =>
    `Open the sheet with the target table and click again ("${sheet}" holds results, not a table to check).`,
  "ribbon/no-table": ({ sheet, reason }) =>
    `No target table found on sheet "${sheet}"${reason ? `: ${reason}` : "."} Columns can be set in the task pane.`,
  "ribbon/clean": ({ sheet, total }, f) =>
    `Checked sheet "${sheet}": ${f.num(total)} indicators, no findings.`,
  "ribbon/failed": ({ command, detail }) => `The command "${command}" failed: ${detail}`,
  "ribbon/too-old": () =>
    "This Excel is too old for Target Check (ExcelApi 1.7 is needed: Excel 2019, 2021, 2024, Microsoft 365 " +
    "or Excel on the web). Update Excel or use the browser page / the chitieu command line.",
};
