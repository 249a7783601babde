/**
 * One text target against one table target (guide §9): the same bound, direction, range and
 * fraction, in the table's unit. A side with no comparator written ("76", "đạt 76%") agrees with
 * either direction; targets of no figure (qualitative, compound) are not compared.
 */
import type { DriftAspect, TargetDirection } from "../messages";
import { parseTargetCellText } from "../parse/targets";
import type { NumberConvention, Target } from "../types";
import { conversionFactor } from "./units";

export interface Drift {
  aspect: DriftAspect;
  stated?: number;
  table?: number;
  textDirection?: TargetDirection;
  tableDirection?: TargetDirection;
}

export type Comparison = { kind: "agree" } | { kind: "incomparable" } | ({ kind: "drift" } & Drift);

const AGREE: Comparison = { kind: "agree" };
const INCOMPARABLE: Comparison = { kind: "incomparable" };

/** The figures of a target in one shape, whatever its kind. */
type Shape =
  | { shape: "bound"; value: number; direction: TargetDirection }
  | { shape: "range"; min: number; max: number }
  | { shape: "fraction"; numerator: number; total: number }
  | { shape: "change"; value: number };

const FIRST_NUMBER = /\d+(?:[.,]\d+)*/;

/** The first figure of a relative target's text ("tăng 10%/năm trở lên" → 10). */
function changeValue(text: string): number | null {
  const m = FIRST_NUMBER.exec(text);
  if (!m) return null;
  const written = m[0];
  // Vietnamese style: "." groups thousands, "," marks decimals.
  const value = Number(written.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

function directionOf(target: Target): TargetDirection {
  if (target.plain) return "none";
  if (target.kind === "atLeast") return "min";
  if (target.kind === "atMost") return "max";
  return "none";
}

function shapeOf(target: Target): Shape | null {
  switch (target.kind) {
    case "atLeast":
    case "atMost":
    case "exact":
      return target.value === undefined
        ? null
        : { shape: "bound", value: target.value, direction: directionOf(target) };
    case "range":
      return target.min === undefined || target.max === undefined
        ? null
        : { shape: "range", min: target.min, max: target.max };
    case "fraction":
      return target.numerator === undefined || target.value === undefined
        ? null
        : { shape: "fraction", numerator: target.numerator, total: target.value };
    case "relative": {
      const value = changeValue(target.text);
      return value === null ? null : { shape: "change", value };
    }
    default:
      return null;
  }
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The text's figure in the table's unit agrees with the table's, a percent cell holding 0,76 for 76 % included. */
function sameFigure(stated: number, table: number, percent: boolean): boolean {
  return close(stated, table) || (percent && close(stated, table * 100));
}

function compareBounds(
  text: Extract<Shape, { shape: "bound" }>,
  table: Extract<Shape, { shape: "bound" }>,
  factor: number,
  percent: boolean,
): Comparison {
  const stated = text.value * factor;
  if (!sameFigure(stated, table.value, percent)) {
    const unitOnly = factor !== 1 && close(text.value, table.value);
    return { kind: "drift", aspect: unitOnly ? "unit" : "value", stated, table: table.value };
  }
  const opposite =
    text.direction !== "none" && table.direction !== "none" && text.direction !== table.direction;
  if (opposite)
    return {
      kind: "drift",
      aspect: "comparator",
      textDirection: text.direction,
      tableDirection: table.direction,
    };
  return AGREE;
}

/**
 * Compare the text's target with the row's. A table number that reads both ways ("5.000") was
 * read by its sheet's convention; when the other reading agrees with the text, it agrees.
 */
export function compareTargets(text: Target, textUnit: string, table: Target, tableUnit: string): Comparison {
  const comparison = compareOnce(text, textUnit, table, tableUnit);
  if (comparison.kind !== "drift" || !table.ambiguous) return comparison;
  for (const convention of CONVENTIONS) {
    const reread = parseTargetCellText(table.text, convention);
    if (compareOnce(text, textUnit, reread, tableUnit).kind === "agree") return AGREE;
  }
  return comparison;
}

const CONVENTIONS: readonly NumberConvention[] = ["vi", "en"];

function compareOnce(text: Target, textUnit: string, table: Target, tableUnit: string): Comparison {
  const a = shapeOf(text);
  const b = shapeOf(table);
  if (!a || !b) return INCOMPARABLE;
  const factor = conversionFactor(textUnit, tableUnit);
  const percent = tableUnit.includes("%") || text.isPercent === true;
  if (a.shape === "bound" && b.shape === "bound") return compareBounds(a, b, factor, percent);
  if (a.shape === "range" && b.shape === "range") {
    const min = a.min * factor;
    const max = a.max * factor;
    if (sameFigure(min, b.min, percent) && sameFigure(max, b.max, percent)) return AGREE;
    const lower = !sameFigure(min, b.min, percent);
    return { kind: "drift", aspect: "range", stated: lower ? min : max, table: lower ? b.min : b.max };
  }
  // A lower bound typed as a range (or the reverse): the table adds or drops a bound.
  // (`table` alone: the bound the table adds; `stated` alone: the one it drops.)
  if (a.shape === "bound" && b.shape === "range") return { kind: "drift", aspect: "range", table: b.max };
  if (a.shape === "range" && b.shape === "bound")
    return { kind: "drift", aspect: "range", stated: a.max * factor };
  if (a.shape === "fraction" && b.shape === "fraction") {
    if (close(a.numerator, b.numerator) && close(a.total, b.total)) return AGREE;
    const numerator = !close(a.numerator, b.numerator);
    return {
      kind: "drift",
      aspect: "fraction",
      stated: numerator ? a.numerator : a.total,
      table: numerator ? b.numerator : b.total,
    };
  }
  if (a.shape === "change" && b.shape === "change")
    return close(a.value, b.value)
      ? AGREE
      : { kind: "drift", aspect: "value", stated: a.value, table: b.value };
  return INCOMPARABLE;
}
