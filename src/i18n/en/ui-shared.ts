/** English words every front end and sheet shares. */
import type { Templates } from "../catalog";
import type { SharedMessages } from "../ui-messages";

function span(rows: number[]): string {
  return rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : String(rows[0]);
}

export const sharedEn: Templates<SharedMessages> = {
  "severity/error": () => "Error",
  "severity/warning": () => "Warning",
  "severity/info": () => "Info",
  "status/exceeded": () => "Exceeded",
  "status/achieved": () => "Achieved",
  "status/missed": () => "Missed",
  "status/unassessed": () => "Not assessable",
  "status/total": () => "Total",
  "role/code": () => "No. (TT)",
  "role/name": () => "Indicator",
  "role/unit": () => "Unit",
  "role/target": () => "Target",
  "role/actual": () => "Actual",
  "role/percent": () => "Percent (%)",
  "role/status": () => "Assessment",
  "role/note": () => "Note",
  "language/label": () => "Language",
  "language/vi": () => "Tiếng Việt",
  "language/en": () => "English",
  "language/switch": ({ language }) => `Switch to ${language}`,
  "place/sheet": () => "Sheet",
  "place/cell": () => "Cell",
  "place/row-heading": () => "Row",
  "place/row": ({ row }) => `Row ${row}`,
  "place/table": ({ index }) => `Table ${index}`,
  "table/none": () => "No target table found",
  "table/target-only": () => "new-term target table (no actual column)",
  "table/where": (d) =>
    `header rows ${span(d.headerRows)}; data rows ${d.firstRow}–${d.lastRow}; columns: ${d.columns}`,
  "finding/rule": () => "Rule",
  "finding/severity": () => "Severity",
  "finding/message": () => "Message",
  "findings/none": () => "No findings.",
  "findings/count": (d, f) =>
    `Findings: ${f.num(d.errors)} errors, ${f.num(d.warnings)} warnings, ${f.num(d.infos)} info.`,
  "count/computed": () => "Computed",
  "count/reported": () => "Reported",
  "count/group": () => "Group",
  "count/group-title": () => "Group title",
  "count/indicators": () => "Indicators",
  "count/all-groups": () => "All groups",
  "group/none": () => "No group",
  "missed/heading": () => "Missed indicators",
  "missed/none": () => "No indicator was missed.",
  "missed/sub-row-name": ({ indicator, name }) => `${indicator} › ${name}`,
  "sentence/label": () => "Summary sentence",
  "action/apply-flags": () => "Flag in the table",
  "action/clear-flags": () => "Remove flags",
  "action/write-summary": () => "Create summary sheet",
};
