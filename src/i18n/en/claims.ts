/** English words of the narrative check (the report's claims against the tables). */
import type { ClaimCount, ClaimUnmatched, StatusWord } from "../../engine/messages";
import type { EngineCatalog } from "../catalog";

type ClaimIds = Extract<keyof EngineCatalog, `claim-${string}` | `rule/claim-${string}`>;

const VERDICT: Record<StatusWord, string> = {
  exceeded: "exceeded",
  achieved: "achieved",
  missed: "missed",
  unassessed: "not assessable",
};

const COUNT: Record<ClaimCount, string> = {
  total: "the number of indicators",
  exceeded: "the number exceeded",
  achieved: "the number achieved",
  "achieved-or-exceeded": "the number achieved or exceeded",
  missed: "the number missed",
};

const UNMATCHED: Record<ClaimUnmatched, string> = {
  "no-table": "there is no table to compare with",
  "several-tables": "there are several tables and the paragraph does not say which one",
  "no-such-table": "the table (or commune) the section names was not found",
  "no-such-item": "the table has no indicator with this number",
  "name-differs": "the indicator's name in the text differs from the table's",
  "unit-differs": "the text's unit (a percent or a count) differs from the table's",
  "no-item-number": "the text gives no indicator number",
  "total-without-verdict": "a bare total of indicators that is not clearly about one table",
};

export const claimsEn: Pick<EngineCatalog, ClaimIds> = {
  "rule/claim-value": () => "A figure in the report differs from the table's",
  "rule/claim-percent": () => "A percent in the report does not follow from the result divided by the target",
  "rule/claim-verdict": () => "A verdict (exceeded/achieved/missed) in the report contradicts the table",
  "rule/claim-count": () =>
    "The report's count of exceeded/achieved/missed indicators disagrees with the table",
  "rule/claim-unmatched": () => "The report's statement could not be tied to a row of the table",

  "claim-value/differs": (d, f) =>
    `"${d.clause}": the ${d.side} is written ${d.statedText}${d.statedUnit ? ` ${d.statedUnit}` : ""} ` +
    `(= ${f.num(d.stated)} ${d.tableUnit}), the table has ${f.num(d.table)} ${d.tableUnit} (TT ${d.code}, row ${d.row})`,
  "claim-percent/differs": (d, f) =>
    `"${d.clause}": states ${d.percentText}% but ${f.num(d.numerator)}/${f.num(d.denominator)} = ` +
    `${f.num(d.computed, 2)}%${d.fromTable ? " (from the table's figures)" : ""}`,
  "claim-verdict/numbers": (d, f) =>
    `"${d.clause}": says "${VERDICT[d.stated]}" but the figures ${f.num(d.actual)}/${f.num(d.target)} ` +
    `mean ${VERDICT[d.expected]}`,
  "claim-verdict/label": (d) =>
    `"${d.clause}": says "${VERDICT[d.stated]}" but the table's label is "${d.label}" (${VERDICT[d.expected]})`,
  "claim-count/differs": (d) =>
    `"${d.clause}": ${COUNT[d.count]} is stated as ${d.stated}, ` +
    `${d.disagrees === "labels" ? `the table's labels give ${d.fromLabels ?? "?"}` : `the table's figures give ${d.fromNumbers}`}` +
    `${d.disagrees === "labels" && d.fromLabels !== d.fromNumbers ? ` (its figures give ${d.fromNumbers})` : ""}` +
    ` — ${d.sheets.join(", ")}`,
  "claim-count/of": (d) =>
    `"${d.clause}": states a total of ${d.of} indicators but the table has ${d.counted} — ${d.sheets.join(", ")}`,
  "claim-count/share": (d, f) =>
    `"${d.clause}": states ${d.percentText}% but ${d.count}/${d.of} = ${f.num(d.share, 2)}%`,
  "claim-unmatched/why": (d) =>
    `"${d.clause}": not compared${d.code ? ` (item ${d.code})` : ""} because ${UNMATCHED[d.reason]}`,
};
