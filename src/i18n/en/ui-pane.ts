/** English words of the task pane (shared with the browser page, which shows the same pane). */
import type { Templates } from "../catalog";
import type { PaneMessages } from "../ui-messages";

export const paneEn: Templates<PaneMessages> = {
  "pane/title": () => "Target table checker",
  "pane/loading": () => "Loading…",
  "pane/load-failed": ({ detail }) => `Could not open the workbook: ${detail}`,
  "pane/source": ({ label }) => `Source: ${label}`,
  "pane/no-sheets": () => "The workbook has no worksheets.",
  "pane/check": () => "Check",
  "pane/checking": () => "Checking…",
  "pane/checking-progress": ({ percent }) => `Checking… ${percent}%`,
  "pane/check-done": (d, f) =>
    `Check finished: ${f.count(d.tables, "table", "tables")}, ${f.count(d.findings, "finding", "findings")}.`,
  "pane/check-failed": ({ detail }) => `The check failed: ${detail}`,
  "pane/no-table": () => "No target table was found on this sheet.",
  "pane/no-table-hint": () =>
    "You can give the header row and the columns under “Correct how the table is read”, then check again.",
  "pane/table-label": () => "Table",
  "pane/table-option": (d) => `Table ${d.index} (rows ${d.firstRow}–${d.lastRow})`,
  "pane/detected-heading": () => "Detected table",
  "pane/detected-heading-none": () => "No table found",
  "pane/table-rows": ({ first, last }) => `Data from row ${first} to row ${last}`,
  "pane/header-rows": ({ rows }) => `Header row(s): ${rows.join(", ")}`,
  "pane/ended-by-label": () => "Table ends at",
  "pane/ended-by/blank": () => "blank rows",
  "pane/ended-by/statement": () => "a summary statement",
  "pane/ended-by/note": () => "a note",
  "pane/ended-by/signature": () => "the signature block",
  "pane/ended-by/sheetEnd": () => "the end of the sheet",
  "pane/ended-by/explicit": () => "the last row you gave",
  "pane/convention-label": () => "Number format",
  "pane/convention/vi": () => "Vietnamese (1.234,5)",
  "pane/convention/en": () => "English (1,234.5)",
  "pane/columns-heading": () => "Columns",
  "pane/column-choices-heading": () => "Columns chosen among several",
  "pane/role-missing": () => "none",
  "pane/mapping-in-use": () => "Using the table layout you gave.",
  "pane/mapping-heading": () => "Correct how the table is read",
  "pane/mapping-intro": () =>
    "If the table was detected wrongly, give the header row and the letter of each column.",
  "pane/header-rows-label": () => "Header row(s)",
  "pane/header-rows-hint": () => "Row numbers, e.g. 4, or 4,5 for a two-row header.",
  "pane/column-label": ({ role }) => `Column “${role}”`,
  "pane/last-row-label": () => "Last row of the table (optional)",
  "pane/last-row-hint": () => "Leave empty to find the end automatically.",
  "pane/save-mapping": () => "Save and check again",
  "pane/clear-mapping": () => "Remove, use automatic detection",
  "pane/mapping-error/header-rows": () => "Header rows must be positive row numbers separated by commas.",
  "pane/mapping-error/name-required": () => "The “Indicator” column is required.",
  "pane/mapping-error/bad-letter": ({ role, letters }) =>
    `Column “${role}”: “${letters}” is not a column letter (A, B, …, AA).`,
  "pane/mapping-error/duplicate": ({ letters }) => `Column ${letters} is given two roles.`,
  "pane/mapping-error/last-row": () => "The last row must be a row number below the header.",
  "pane/polarity-heading": () => "Direction",
  "pane/polarity-intro": () =>
    "For “lower is better” indicators (poverty rate, accidents…), choose “Lower is better”.",
  "pane/polarity-filter-label": () => "Find indicator",
  "pane/polarity-label": ({ code, name }) => `Direction of indicator ${code} ${name}`.trim(),
  "pane/polarity/higher": () => "Higher is better",
  "pane/polarity/lower": () => "Lower is better",
  "pane/polarity-overridden": () => "chosen by you",
  "pane/polarity-more": (d, f) =>
    `Showing ${f.num(d.shown)} of ${f.num(d.total)} indicators; type to search.`,
  "pane/polarity-none": () => "No matching indicator.",
  "pane/counts-heading": () => "Indicators (per number TT)",
  "pane/counts-rows-heading": () => "Indicator rows (sub-rows included)",
  "pane/count-unit-label": () => "Count",
  "pane/count-unit/indicators": () => "Per indicator",
  "pane/count-unit/rows": () => "Per row",
  "pane/count-column": () => "Status",
  "pane/groups-heading": () => "By group",
  "pane/report-need-check": () => "Check the tables first, then compare the report with the checked tables.",
  "pane/report-paste": () => "Paste the report's text",
  "pane/report-check": () => "Compare",
  "pane/report-open": () => "Or open the report (.docx, .pdf, .txt)",
  "pane/report-unsupported": () => "only .docx, .pdf and .txt files open here",
  "pane/report-read-failed": ({ detail }) => `Could not read the report: ${detail}`,
  "pane/report-targets": ({ targets, matched, sheet }, f) =>
    `The text sets ${f.count(targets, "target", "targets")}` +
    (sheet === null
      ? "; no checked sheet is its target table."
      : `, ${f.num(matched)} compared with the table "${sheet}".`),
  "pane/report-summary": (d, f) =>
    `${f.count(d.claims, "claim", "claims")}: ${f.num(d.agree)} agree, ${f.num(d.disagree)} disagree, ${f.num(d.unmatched)} not compared.`,
  "pane/report-findings": () => "Where the report disagrees with the tables",
  "pane/report-claims": () => "The report's claims",
  "pane/report-unmatched": () => "Not compared",
  "pane/report-claim": ({ paragraph, text }, f) => `paragraph ${f.num(paragraph)}: ${f.clip(text, 160)}`,
  "pane/report-pasted-name": () => "pasted text",
  "pane/report-flagged": ({ count }, f) =>
    count === 0
      ? "The report contradicts no cell of the tables: nothing to flag in the sheet."
      : `Flagged in the sheet ${f.count(count, "table cell", "table cells")} the report contradicts (the note quotes the report). "Remove flags" puts them back.`,
  "pane/report-flagged-download": ({ count }, f) =>
    count === 0
      ? "The report contradicts no cell of the tables: the download has no report flags."
      : `The download will flag ${f.count(count, "table cell", "table cells")} the report contradicts (the note quotes the report).`,
  "pane/report-flag-failed": ({ detail }) => `Could not flag the sheet: ${detail}`,
  "pane/report-own": ({ file }) => `The text of “${file}”, checked against its own Word tables:`,
  "pane/report-reading": ({ file }) => `Reading “${file}”…`,
  "pane/legend-sample": () => "Red numbers",
  "pane/legend-mismatch": () => ": the count recomputed differs from the table's own labels (Đánh giá).",
  "pane/target-only-notice": ({ count }, f) =>
    `A new term's target table: ${f.count(count, "target", "targets")}, no result column yet, so nothing is assessed.`,
  "pane/targets-by-group-heading": () => "Targets by group",
  "pane/targets-column": () => "Targets",
  "pane/group-cell": ({ computed, reported }, f) =>
    computed === reported ? f.num(computed) : `${f.num(computed)} (reported ${f.num(reported)})`,
  "pane/mismatch": () => "differs from the table",
  "pane/missed-item": ({ code, name, row }) => `${code}. ${name} (row ${row})`,
  "pane/missed-shown": (d, f) => `Showing ${f.num(d.shown)} of ${f.num(d.total)} missed indicators.`,
  "pane/chart-heading": () => "Chart of indicators per group",
  "pane/chart-bar": (d, f) =>
    `${d.group}: ${f.count(d.count, "indicator", "indicators")} ${d.status.toLowerCase()}`,
  "pane/chart-rows-heading": () => "Chart of indicator rows per group",
  "pane/chart-rows-bar": (d, f) => `${d.group}: ${f.count(d.count, "row", "rows")} ${d.status.toLowerCase()}`,
  "pane/findings-heading": ({ count }, f) => `Findings (${f.num(count)})`,
  "pane/no-findings-match": () => "No finding matches the filters.",
  "pane/text-filter": () => "Search findings",
  "pane/all": () => "All",
  "pane/severity-group": ({ severity, count }, f) => `${severity} (${f.num(count)})`,
  "pane/rule-group": ({ rule, count }, f) => `${rule} (${f.num(count)})`,
  "pane/finding-action": ({ cell }) => `Select cell ${cell}`,
  "pane/show-more": ({ remaining }, f) => `Show more (${f.num(remaining)} left)`,
  "pane/findings-shown": (d, f) => `Showing ${f.num(d.shown)} of ${f.count(d.total, "finding", "findings")}.`,
  "pane/findings-matching": (d, f) =>
    `${f.num(d.matching)} of ${f.count(d.total, "finding", "findings")} match the filters; showing ${f.num(d.shown)}.`,
  "pane/select-failed": ({ detail }) => `Could not select the cell: ${detail}`,
  "pane/settings-heading": () => "Settings",
  "pane/tolerance-label": () => "Extra tolerance (percentage points)",
  "pane/tolerance-hint": () => "Added to the rounding tolerance when comparing a reported %, e.g. 0.5.",
  "pane/tolerance-invalid": () => "The tolerance must be a non-negative number.",
  "pane/rules-label": () => "Checks",
  "pane/settings-saved": () => "Settings saved.",
  "pane/settings-save-failed": ({ detail }) => `Could not save the settings: ${detail}`,
  "pane/actions-heading": () => "Workbook actions",
  "pane/fill-empty": () => "Fill empty cells",
  "pane/download": () => "Download annotated workbook",
  "pane/action-running": () => "Working…",
  "pane/apply-flags-done": () => "The findings are flagged in the table.",
  "pane/clear-flags-done": () => "Flags removed; your formatting is restored.",
  "pane/clear-flags-not-restored": ({ cells, total }, f) =>
    `Flags removed. ${f.count(total, "cell has", "cells have")} a gradient fill, which Excel cannot write back, so only its main colour was restored: ` +
    `${f.list(cells, ", ")}${total > cells.length ? ` and ${f.count(total - cells.length, "other", "others")}` : ""}. Re-apply the gradient there if you need it.`,
  "pane/write-summary-done": () => "The summary sheet was created.",
  "pane/fill-empty-done": ({ count }, f) => `Filled ${f.count(count, "empty cell", "empty cells")}.`,
  "pane/download-done": (d, f) =>
    `Created “${d.file}”: ${f.count(d.sheets, "sheet", "sheets")} checked, ${f.count(d.findings, "finding", "findings")} flagged (sheets not opened here included).`,
  "pane/action-failed": ({ detail }) => `Could not complete: ${detail}`,
  "pane/fill-confirm-title": () => "Fill the empty cells?",
  "pane/fill-confirm-body": () =>
    "Only the empty Percent (%) and Assessment cells are filled from the computed results. No cell that has a value is changed.",
  "pane/fill-confirm": () => "Fill",
  "pane/cancel": () => "Cancel",
  "pane/need-report": () => "Check the table first.",
};
