/** English words of the drift check (the resolution's targets against the target table). */
import type { DriftAspect, EngineMessages, TargetDirection, TargetUnmatched } from "../../engine/messages";
import type { EngineCatalog, RenderFormat } from "../catalog";

type DriftIds = Extract<keyof EngineCatalog, `target-${string}/${string}` | `rule/target-${string}`>;

const DIRECTION: Record<TargetDirection, string> = {
  min: "a minimum (… or more)",
  max: "a maximum (under / at most …)",
  none: "no comparator",
};

const UNMATCHED: Record<TargetUnmatched, string> = {
  "name-differs": "the row with this number has another name",
  renumbered: "the name matches a row with another number",
  "part-without-row": "the item sets several targets and the table has no row of its own for this one",
};

/** A bare figure gets its unit ("70" → "70 %"); a target written with words keeps its own. */
function withUnit(text: string, unit: string): string {
  return unit && /^[\d.,\s/<>≤≥=-]+$/.test(text) ? `${text} ${unit}` : text;
}

function why(d: EngineMessages["target-drift/differs"], f: RenderFormat): string {
  const figures =
    d.stated !== undefined && d.table !== undefined ? `${f.num(d.stated)} against ${f.num(d.table)}` : "";
  const aspects: Record<DriftAspect, string> = {
    value: `another value (${figures})`,
    unit: `another unit: ${withUnit(d.textTarget, d.textUnit)} is ${f.num(d.stated ?? 0)} ${d.tableUnit}, the table has ${f.num(d.table ?? 0)} ${d.tableUnit}`,
    range:
      d.stated === undefined
        ? `the table adds an upper bound of ${f.num(d.table ?? 0)} the resolution does not set`
        : d.table === undefined
          ? `the table drops the resolution's upper bound of ${f.num(d.stated)}`
          : `another range (${figures})`,
    fraction: `another fraction (${figures})`,
    comparator: `another comparator: the text sets ${DIRECTION[d.textDirection ?? "none"]}, the table ${DIRECTION[d.tableDirection ?? "none"]}`,
  };
  return aspects[d.aspect];
}

export const driftEn: Pick<EngineCatalog, DriftIds> = {
  "rule/target-drift": () => "The table's target differs from the one the resolution approved",
  "rule/target-missing": () => "A target of the resolution has no row in the table",
  "rule/target-extra": () => "A row of the table has no target in the resolution",
  "rule/target-unmatched": () => "It is not clear which row of the table is the resolution's target",

  "target-drift/differs": (d, f) =>
    `"${d.clause}": the resolution sets "${withUnit(d.textTarget, d.textUnit)}", the table "${withUnit(d.tableTarget, d.tableUnit)}" ` +
    `(TT ${d.code}, row ${d.row}) — ${why(d, f)}`,
  "target-missing/no-row": (d) =>
    `"${d.clause}": the resolution's target${d.code ? ` (${d.code})` : ""} has no row in the table "${d.sheet}"`,
  "target-extra/no-target": (d) =>
    `TT ${d.code} "${d.name}" (row ${d.row}, target "${d.tableTarget}"): the resolution sets no such target`,
  "target-unmatched/why": (d) =>
    `"${d.clause}": not compared${d.code ? ` (item ${d.code})` : ""} because ${UNMATCHED[d.reason]}` +
    `${d.row !== undefined ? ` (it may be TT ${d.rowCode} "${d.rowName}", row ${d.row})` : ""}`,
};
