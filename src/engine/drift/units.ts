/**
 * Units a resolution and its table may write differently: "3.000 tấn" in the text, the table's
 * ĐVT "Tạ/năm". Figures compare in the table's unit after the change; units of no known scale
 * ("con", "%", "Hợp tác xã") compare as written.
 */
import { fold } from "../text/fold";
import { moneyScale } from "../text/money-scale";

type Dimension = "mass" | "area" | "money";

/** Folded unit word → its scale in its dimension's base (kg, m², đồng). */
const SCALES: ReadonlyArray<[RegExp, Dimension, number]> = [
  [/^kg$|^kilogam$|^ki lo gam$/, "mass", 1],
  [/^yen$/, "mass", 10],
  [/^ta$/, "mass", 100],
  [/^tan$/, "mass", 1000],
  [/^m2$|^m²$|^met vuong$/, "area", 1],
  [/^ha$|^hecta$|^hec ta$/, "area", 1e4],
  [/^km2$|^km²$/, "area", 1e6],
];

interface Scale {
  dimension: Dimension;
  scale: number;
  /** What follows "/" ("năm" of "tấn/năm"): a rate is comparable only with the same rate. */
  per: string;
}

function scaleOf(unit: string): Scale | null {
  const [head, ...rest] = fold(unit).split("/");
  const word = head.trim();
  const per = rest.join("/").trim();
  const money = moneyScale(word);
  if (money !== null) return { dimension: "money", scale: money, per };
  for (const [pattern, dimension, scale] of SCALES) if (pattern.test(word)) return { dimension, scale, per };
  return null;
}

/** × factor turns a figure in the text's unit into the table's; 1 when the units do not convert. */
export function conversionFactor(textUnit: string, tableUnit: string): number {
  const from = scaleOf(textUnit);
  const to = scaleOf(tableUnit);
  if (!from || !to || from.dimension !== to.dimension) return 1;
  // "tấn" against "tạ/năm": the text's yearly target is still a yearly figure.
  if (from.per !== "" && to.per !== "" && from.per !== to.per) return 1;
  return from.scale / to.scale;
}

/** A percent on one side and a count on the other are two quantities, not one target. */
export function sameQuantity(textUnit: string, tableUnit: string): boolean {
  if (textUnit.trim() === "" || tableUnit.trim() === "") return true;
  return textUnit.includes("%") === tableUnit.includes("%");
}
