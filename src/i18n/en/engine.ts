/** English words of the engine's messages (findings, reasons, readings, summaries). */
import type {
  Absence,
  ColumnRef,
  GivenValues,
  LowerQuantity,
  PercentFormula,
  PositiveAction,
  StatedCount,
  StatusWord,
  UnitScale,
} from "../../engine/messages";
import type { ColumnRole, NumberConvention } from "../../engine/types";
import type { EngineCatalog, RenderFormat } from "../catalog";
import { claimsEn } from "./claims";
import { driftEn } from "./drift";

const STATUS: Record<StatusWord, string> = {
  exceeded: "exceeded",
  achieved: "achieved",
  missed: "missed",
  unassessed: "not assessable",
};

const CONVENTION: Record<NumberConvention, string> = {
  vi: "Vietnamese (decimal comma)",
  en: "English (decimal point)",
};

const ROLE: Record<ColumnRole, string> = {
  code: "No.",
  name: "Indicator",
  unit: "Unit",
  target: "Target",
  actual: "Result",
  percent: "Percent",
  status: "Assessment",
  note: "Note",
};

const STATED: Record<StatedCount, string> = {
  total: "total",
  exceeded: "exceeded",
  achieved: "achieved",
  missed: "missed",
};

const LOWER_QUANTITY: Record<LowerQuantity, string> = {
  "near-poor-households": "near-poor households",
  "poor-households": "poor households",
  "farm-labour": "share of farm labour (the economy moves away from it)",
  accidents: "accidents",
  "complex-incidents": "complex incidents",
  complaints: "complaints",
  crime: "crime",
  "drug-addicts": "drug addicts",
  "drug-harm": "drug-related harm",
  malnutrition: "malnutrition",
  unemployment: "unemployment",
  fires: "fires",
  pollution: "pollution",
  deaths: "deaths",
  "makeshift-housing": "makeshift housing",
  "third-births": "third births",
  "child-marriage": "child marriage",
  "drop-out": "school drop-out",
  "bad-debt": "bad debt",
  violations: "violations",
};

const POSITIVE_ACTION: Record<PositiveAction, string> = {
  handled: "… handled (được)",
  "out-of-poverty": "out of poverty",
  resolved: "resolved",
  mediated: "mediated",
  supported: "supported",
  removed: "removed",
  rehabilitated: "rehabilitated",
  investigated: "investigated",
  trained: "trained",
  managed: "managed",
  "dealt-with": "dealt with",
  received: "received",
};

const ABSENCE: Record<Absence, string> = {
  without: "without",
  "drug-free": "drug-free",
};

const NO_HEADER =
  "No header row with an indicator-name column ('Chỉ tiêu') and at least one of the " +
  "target, result, percent or assessment columns was found.";

const SCALE: Record<UnitScale, string> = {
  "thousand-head": "a commune's herd or flock is a few thousand to a few hundred thousand head",
  "thousand-people": "a commune's population is a few thousand to tens of thousands",
  "thousand-households": "a commune has hundreds to tens of thousands of households",
  dong: "revenue, income or a price in đồng runs into millions",
  "million-dong": "a commune's budget revenue is tens of billions of đồng, tens of thousands of millions",
  "billion-dong":
    "a commune's budget revenue is tens of billions of đồng, investment at most thousands of billions",
};
/** "E «KH năm 2026»": a column by its letters and header. */
function columnRef(c: ColumnRef): string {
  return `${c.column} «${c.header}»`;
}

function columnRefs(cs: readonly ColumnRef[]): string {
  return cs.map(columnRef).join(", ");
}

function quoted(texts: readonly string[]): string {
  return texts.map((t) => `«${t}»`).join(", ");
}

/** "The status "Đạt" and the percent 95%", capitalised to open the sentence. */
function given(g: GivenValues, f: RenderFormat): string {
  const parts: string[] = [];
  if (g.status !== undefined) parts.push(`the status "${g.status}"`);
  if (g.percent !== undefined) parts.push(`the percent ${f.cell(g.percent)}`);
  const s = parts.join(" and ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function formula(c: { numerator: number; denominator: number }, f: RenderFormat): string {
  return `${f.num(c.numerator)}/${f.num(c.denominator)}`;
}

function computed(candidates: readonly PercentFormula[], f: RenderFormat): string {
  return candidates
    .map((c) => `${formula(c, f)} = ${f.num(c.value, 2)}%${c.note ? ` (${f.msg(c.note)})` : ""}`)
    .join(" or ");
}

const LOWER_JUDGED_AS_HIGHER =
  "; it looks judged as if higher were better, but lower is better for this indicator";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const engineEn: EngineCatalog = {
  ...claimsEn,
  ...driftEn,

  "sheet/no-table": () => "No target table was found on this sheet",

  "rule/invalid-value": () =>
    "A target, actual or percent cell holds an Excel error or cannot be read as a number",
  "rule/missing-value": () => "A status or percent is given while the target or the actual is missing",
  "rule/percent-mismatch": () => "The reported percent does not follow from the actual and the target",
  "rule/status-mismatch": () => "The reported status does not follow from the numbers",
  "rule/boundary-value": () => "The actual equals the threshold of a strict target",
  "rule/ambiguous-number": () =>
    "A number that reads two ways (like “1,250”) and the reading changes the outcome",
  "rule/suspect-magnitude": () => "A value of implausible magnitude for its target or unit",
  "rule/count-mismatch": () =>
    "A count stated in a summary statement or a group header disagrees with the table",
  "rule/duplicate-code": () => "A row number (TT) is used twice",
  "rule/numbering-gap": () => "A row number (TT) is skipped",
  "rule/text-number": () => "A number typed as text",
  "rule/date-value": () => "A target, actual or percent cell Excel turned into a date",

  "detect/empty-sheet": () => "The sheet is empty: no target table.",
  "detect/no-header": () => NO_HEADER,
  "detect/partial-header": (d) =>
    `${NO_HEADER} Row ${d.row} only has the headers ${d.labels.map((l) => `'${l}'`).join(", ")}. ` +
    "You can give the header row and columns explicitly.",
  "detect/no-data-rows": (d) => `A header was found on row ${d.headerRow}, but no indicator rows follow it.`,
  "detect/no-data-below-given-header": (d) =>
    `No indicator rows follow the given header row (row ${d.headerRow}).`,
  "detect/bad-header-rows": (d) =>
    `Invalid header rows given: ${d.rows.join(", ") || "(none)"} (the sheet has ${d.rowCount} rows).`,
  "detect/bad-column-letter": (d) =>
    `Column '${d.letters}' given for '${ROLE[d.role]}' is not a valid column letter (A, B, …, AB).`,
  "detect/missing-name-column": () => "The column mapping has no indicator-name column.",
  "detect/bad-last-row": (d) =>
    `The given last row (${d.lastRow}) is above the first data row (${d.firstRow}).`,

  "detect/choice-same-period": (d) =>
    `The percent column is ${columnRef(d.chosen)}; ${columnRefs(d.rejected)} compares with the same period last year, not with the target.`,
  "detect/choice-percent-header": (d) =>
    `Column ${columnRef(d.percent)} compares with ${d.compares === "year-plan" ? "the year's plan" : "the resolution's target"}: ` +
    `the target used is column ${columnRef(d.chosen)}, not ${columnRefs(d.rejected)}.`,
  "detect/choice-data": (d) =>
    `The target used is column ${columnRef(d.chosen)}: with it ${d.matched}/${d.compared} of the table's own percents and ` +
    `labels follow from the numbers, with ${columnRefs(d.rejected)} only ${d.rejectedMatched}/${d.compared}.`,
  "detect/choice-leftmost": (d) =>
    `Several columns may be the '${ROLE[d.role]}' column (${columnRefs([d.chosen, ...d.rejected])}) and neither the headers ` +
    `nor the numbers tell them apart: the leftmost, ${columnRef(d.chosen)}, is used.`,

  "target/blank": () => "The target cell is blank: nothing to assess",
  "target/not-assigned": (d, f) => `No target assigned ("${f.clip(d.text)}"): nothing to assess`,
  "target/relative": (d, f) =>
    `Relative target ("${f.clip(d.text)}", says "${d.cue}"): needs a baseline (previous year, assigned plan) the table does not hold`,
  "target/compound": (d, f) =>
    `The target cell holds ${d.parts} sub-targets ("${f.clip(d.text)}"): not assessable as one number`,
  "target/many-numbers": (d, f) =>
    `The target holds ${d.count} numbers with no clear relation ("${f.clip(d.text)}"): not assessed`,
  "target/unreadable": (d, f) => `Cannot read the target "${f.clip(d.text)}" as a number: not assessed`,
  "target/unclear": (d, f) => `The target "${f.clip(d.text)}" is unclear: not assessed`,
  "target/cell-error": (d) => `The target cell holds the error ${d.error}`,
  "target/date": () => "The target cell is a date Excel made, not a number: not assessed",

  "polarity/default": () => "default: higher is better",
  "polarity/user-higher": () => "Chosen by the user: higher is better",
  "polarity/user-lower": () => "Chosen by the user: lower is better",
  "polarity/name-at-most": (d) =>
    `the name says "${d.afterReduce ? `giảm … ${d.cue}` : d.cue}" (at most): lower is better`,
  "polarity/name-at-least": (d) => `the name says "${d.cue}" (at least): higher is better`,
  "polarity/target-at-most": (d) => `an at-most target ("${d.cue}"): lower is better`,
  "polarity/target-at-least": (d) => `an at-least target ("${d.cue}"): higher is better`,
  "polarity/reduce-to": () => `the name says "reduce … to": lower is better`,
  "polarity/reduction-rate": () =>
    `the name says "reduce on average … per year": it measures the rate of reduction, higher is better`,
  "polarity/reduction-size": () =>
    `the name says "reduce" (not "reduce to"): read as the size of the reduction, higher is better (override if it is a level to reach)`,
  "polarity/absence": (d) => `the name says "${ABSENCE[d.absence]}": a count of good units, higher is better`,
  "polarity/work-done": (d) =>
    `${LOWER_QUANTITY[d.quantity]}, but the name says "${POSITIVE_ACTION[d.action]}": a count of work done, higher is better`,
  "polarity/lower-quantity": (d) => `${LOWER_QUANTITY[d.quantity]}: lower is better`,

  "status/target-only": () => "A target-only table: no actual column",
  "status/no-target": () => "No target assigned",
  "status/relative-target": () => "The target is relative to a baseline the table does not hold",
  "status/compound-target": () => "The target holds several sub-targets",
  "status/qualitative-unclear": (d, f) => `The actual "${f.cell(d.actual)}" does not say achieved or not`,
  "status/no-actual": () => "No actual value",
  "status/actual-error": (d) => `The actual cell holds the error ${d.actual}`,
  "status/actual-date": () => "The actual cell is a date Excel made, not a number",
  "status/actual-unreadable": (d) => `The actual "${d.actual}" cannot be read as a number`,
  "status/no-level": (d) => `The target level "${d.target}" cannot be read`,
  "status/boundary": (d) =>
    `The actual equals the threshold of the strict target "${d.target}": missed if read strictly, counted as achieved`,

  "percent/lower-bound": () => "against the lower bound",
  "percent/upper-bound": () => "against the upper bound",

  "summary/sentence": (c, f) => {
    if (c.total === 0) return "The table holds no indicator.";
    if (c.unassessed === c.total) return `Total ${c.total} indicators; none could be assessed.`;
    const good = c.exceeded + c.achieved;
    const parts = [`${c.exceeded} exceeded`, `${c.achieved} achieved`, `${c.missed} missed`];
    if (c.unassessed > 0) parts.push(`${c.unassessed} not assessable`);
    return (
      `Total ${c.total} indicators: ${f.list(parts, ", ")}; ` +
      `${good}/${c.total} indicators achieved or exceeded (${f.num((good / c.total) * 100, 1)}%).`
    );
  },

  "ambiguous-number/status-changes": (d) =>
    `${quoted(d.texts)} is read with the sheet's number convention, ${CONVENTION[d.used]}; read as ` +
    `${CONVENTION[d.other]}, the status would be "${STATUS[d.status]}" instead of "${STATUS[d.instead]}"`,
  "ambiguous-number/percent-unmatched": (d) =>
    `${quoted(d.texts)} is read with the sheet's number convention, ${CONVENTION[d.used]}; read as ` +
    `${CONVENTION[d.other]}, the reported percent would no longer match`,
  "ambiguous-number/percent-matched": (d) =>
    `${quoted(d.texts)} is read with the sheet's number convention, ${CONVENTION[d.used]}; read as ` +
    `${CONVENTION[d.other]}, the reported percent would match`,

  "ambiguous-number/settled-by-percent": (d) =>
    `${quoted(d.texts)} is read as ${CONVENTION[d.used]}` +
    (d.againstSheet ? ", not the sheet's number convention," : "") +
    ` because only that reading reproduces the row's own percent "${d.percentText}"; read as ` +
    `${CONVENTION[d.other]}, the percent would not match`,

  "boundary-value/strict-threshold": (d, f) =>
    `The actual ${f.num(d.actual, 2)} equals the threshold of the strict target "${d.target}": missed if read ` +
    "strictly, achieved if read loosely; counted as achieved, please confirm",

  "count-mismatch/statement": (d, f) =>
    `The summary statement disagrees with the table (${d.fromLabels ? "from the statuses written in the table" : "from the table's numbers"}): ` +
    f.list(
      d.differences.map((m) => f.msg(m)),
      "; ",
    ),
  "count-mismatch/count": (d) => `${STATED[d.count]} stated ${d.stated}, the table has ${d.counted}`,
  "count-mismatch/achieved-share": (d) =>
    `states ${d.count}/${d.total} achieved or exceeded, the table has ${d.countedGood}/${d.counted}`,
  "count-mismatch/percent": (d, f) =>
    `the stated ${f.num(d.percent, 2)}% but ${d.count}/${d.total} = ${f.num(d.share, 2)}%`,
  "count-mismatch/group": (d) =>
    `Group ${d.code} states (${d.stated} indicators) but the table has ${d.counted} in the group`,

  "duplicate-code/same-indicator": (d) =>
    `No. ${d.code} repeats the indicator "${d.name}" already on row ${d.firstRow}`,
  "duplicate-code/other-indicator": (d) =>
    `No. ${d.code} is used for "${d.firstName}" on row ${d.firstRow} and again for "${d.name}"`,

  "invalid-value/target-error": (d) => `The target cell holds the error ${d.error}`,
  "invalid-value/actual-error": (d) => `The actual cell holds the error ${d.error}`,
  "invalid-value/actual-unreadable": (d, f) =>
    `The actual "${d.actual}" cannot be read as a number to compare with the target ${f.cell(d.target)}`,
  "invalid-value/percent-error": (d) => `The percent cell holds the error ${d.error}`,
  "invalid-value/percent-unreadable": (d) => `The percent "${d.percent}" cannot be read as a number`,

  "missing-value/target-error": (d, f) => `${given(d.given, f)} given but the target is the error ${d.error}`,
  "missing-value/target-without-level": (d, f) =>
    `${given(d.given, f)} given but the target is "${d.target}" (no level to compare with)`,
  "missing-value/target-empty": (d, f) => `${given(d.given, f)} given but the target cell is empty`,
  "missing-value/actual-error": (d, f) => `${given(d.given, f)} given but the actual is the error ${d.error}`,
  "missing-value/actual-text": (d, f) => `${given(d.given, f)} given but the actual is "${d.actual}"`,
  "missing-value/actual-empty": (d, f) => `${given(d.given, f)} given but the actual cell is empty`,

  "numbering-gap/gap": (d) =>
    `No. ${d.code} follows No. ${d.previous}: No. ${d.prefix ? `${d.prefix}.` : ""}` +
    `${d.from === d.to ? String(d.from) : `${d.from}–${d.to}`} is missing`,

  "percent-mismatch/mismatch": (d, f) => `Reported ${f.num(d.reported, 2)}% but ${computed(d.computed, f)}`,
  "percent-mismatch/computed-as-higher": (d, f) =>
    `Reported ${f.num(d.reported, 2)}% but ${computed(d.computed, f)}; the reported figure is ` +
    `${formula(d.asHigher, f)}, computed as if higher were better, but lower is better here`,

  "status-mismatch/against-numbers": (d, f) =>
    `Reported "${d.label}" but actual ${f.cell(d.actual) || "—"} against target ${f.cell(d.target) || "—"}` +
    `${d.percent === null ? "" : ` (${f.num(d.percent, 2)}%)`} is "${STATUS[d.expected]}"` +
    (d.judgedAsHigher ? LOWER_JUDGED_AS_HIGHER : ""),
  "status-mismatch/against-sub-rows": (d) =>
    `Reported "${d.label}" but the worst of its sub-rows is "${STATUS[d.expected]}"` +
    (d.judgedAsHigher ? LOWER_JUDGED_AS_HIGHER : ""),

  "suspect-magnitude/head-count": (d, f) =>
    `The actual ${f.num(d.actual, 2)} with unit "${d.unit}" looks like a head count ` +
    `(target ${f.num(d.target, 2)} ${d.unit})`,
  "suspect-magnitude/far-from-target": (d, f) =>
    `The actual ${f.num(d.actual, 2)} is ${f.num(d.ratio, 2)} times the target ${f.num(d.target, 2)}: ` +
    "check the unit or the entry",
  "suspect-magnitude/rate-above-100": (d, f) =>
    `"${d.name}" is a rate but the actual is ${f.num(d.actual, 2)}%, above 100%`,
  "suspect-magnitude/percent-as-actual": (d, f) =>
    `The actual ${f.num(d.actual, 2)}% equals the percent of target in ${d.percentCell}: ` +
    `the percent of the target ${f.num(d.target, 2)}% may have been typed instead of the actual`,

  "suspect-magnitude/unit-scale": (d, f) =>
    `The ${d.role} ${f.num(d.value, 2)} ${d.unit} is ${d.above ? "too large" : "too small"} for a commune ` +
    `(${SCALE[d.scale]}; ${d.above ? "above" : "below"} ${f.num(d.bound)} ${d.unit} is implausible): ` +
    "check the unit or the entry",

  "text-number/text": (d, f) =>
    `The ${d.role} cell "${d.text}" is text, not a number (read as ${f.num(d.value, 2)}); ` +
    "enter it as a number so Excel can compute with it",

  "date-value/excel-date": (d) =>
    `Excel turned "${d.typed}" into the date ${d.day} ${MONTHS[d.month - 1]} in the ${d.role} cell: ` +
    `it is not computed as a number. To keep "${d.typed}", format the cell as Text or type an ` +
    `apostrophe first ('${d.typed})`,
};
