/**
 * A row's target and actual cells read for evaluation: the target with a comparator the name
 * may carry ("… đạt 98% trở lên"), the actual as a number, a count ("05/07") or a label.
 */
import { cellText, isCellError, type Cell } from "../grid";
import { constantMessage, message } from "../messages";
import { parseQualitativeActual } from "../parse/labels";
import { isDateCell, isPercentFormat, parseCellNumber } from "../parse/numbers";
import { digitsOf } from "../parse/polarity";
import { parseTargetCellText, withNameComparator } from "../parse/targets";
import { fewDecimals, numberText, scaledDigits } from "../text/number-text";
import type { EvaluatedIndicator, NumberConvention, Target } from "../types";

/** A number written without grouping in the given convention ("312,5" in vi), for the target parser. */
function ungroupedNumberText(value: number, convention: NumberConvention): string {
  const s = numberText(value);
  return convention === "vi" ? s.replace(".", ",") : s;
}

/**
 * Whether the name's digits (NameReading.digits) contain the digits of a plain level. The
 * target parser takes a comparator from the name ("… đạt 98% trở lên") only from a number in
 * the name equal to the level, so a name without the level's digits need not be read.
 */
function nameMayQualify(level: number, nameDigits: string): boolean {
  const size = Math.abs(level);
  // A whole level's digits are those of its size, written with no exponent.
  if (Number.isSafeInteger(level) && size >= 1 && size < EXACT_WINDOW)
    return digitsHoldWhole(nameDigits, size);
  // "6,586" has the digits of 6586: N for N / 10^d, leading zeros dropped ("0,05" → 5).
  const few = fewDecimals(level);
  if (few > 0) return digitsHoldWhole(nameDigits, scaledDigits(level, few));
  const written = String(level);
  return written.includes("e") || nameDigits.includes(digitsOf(written));
}

/** Levels below this have at most 15 digits: a window of that many digits reads exactly. */
const EXACT_WINDOW = 1e15;

/**
 * Whether `digits` contains the decimal digits of a whole level (1 ≤ level < 1e15), read as
 * numbers window by window instead of writing the level as text for every row.
 */
function digitsHoldWhole(digits: string, level: number): boolean {
  let width = 1;
  for (let bound = 10; bound <= level; bound *= 10) width++;
  for (let start = 0; start + width <= digits.length; start++) {
    // The level's text has no leading zero.
    if (digits.charCodeAt(start) === 0x30) continue;
    let value = 0;
    for (let k = start; k < start + width; k++) value = value * 10 + (digits.charCodeAt(k) - 0x30);
    if (value === level) return true;
  }
  return false;
}

function parseTargetText(
  text: string,
  name: string,
  nameDigits: string,
  convention: NumberConvention,
): Target {
  const alone = parseTargetCellText(text, convention);
  if (!alone.plain || alone.value === undefined) return alone;
  return nameMayQualify(alone.value, nameDigits) ? withNameComparator(alone, name) : alone;
}

const TARGET_DATE = constantMessage("target/date");

export function parseTargetCell(
  cell: Cell | undefined,
  name: string,
  nameDigits: string,
  convention: NumberConvention,
): Target {
  // A date's serial number is no level: the date-value check names what was typed.
  if (isDateCell(cell)) return { text: cellText(cell), kind: "none", reason: TARGET_DATE };
  if (cell && typeof cell.value === "number") {
    const v = cell.value;
    if (Number.isSafeInteger(v) && v >= 0 && !Object.is(v, -0) && !isPercentFormat(cell.numberFormat)) {
      // A whole number (most numeric targets): the plain level parseTarget reads from its
      // digits, built directly (same fields, same order) instead of writing and reading them.
      // Its text is the displayed one when the adapter gave one (what cellText shows), else the
      // value: the value is written only when needed.
      const alone: Target = { text: cell.text || String(v), kind: "atLeast", value: v, plain: true };
      return nameMayQualify(v, nameDigits) ? withNameComparator(alone, name) : alone;
    }
    // A numeric cell is trusted over its displayed text; "0%"-formatted 0.95 means 95 %.
    const parsed = parseCellNumber(cell, convention);
    if (parsed.ok) {
      const written = ungroupedNumberText(parsed.value, convention) + (parsed.isPercent ? "%" : "");
      // The parser gives the caller its own object: set the text in place.
      const target = parseTargetText(written, name, nameDigits, convention);
      target.text = cell.text || written;
      return target;
    }
  }
  const shown = cellText(cell);
  if (cell && isCellError(cell.value)) {
    return { text: shown, kind: "none", reason: message("target/cell-error", { error: shown }) };
  }
  return parseTargetText(shown, name, nameDigits, convention);
}

const FRACTION_ACTUAL = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})/;

export function parseActual(
  cell: Cell | undefined,
  target: Target,
  convention: NumberConvention,
): EvaluatedIndicator["actual"] {
  const text = cellText(cell);
  if (target.kind === "fraction" && cell && typeof cell.value === "string") {
    const m = FRACTION_ACTUAL.exec(cell.value);
    if (m) {
      const value = Number(m[1]);
      return { text, value, parsed: { ok: true, value, isPercent: false, fromText: true } };
    }
  }
  const parsed = parseCellNumber(cell, convention);
  const value = parsed.ok ? parsed.value : null;
  const qualitative =
    target.kind === "qualitative" || (!parsed.ok && parsed.reason === "unparsable")
      ? parseQualitativeActual(text)
      : null;
  return { text, value, parsed, qualitative };
}
