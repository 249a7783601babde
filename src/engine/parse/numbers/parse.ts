/**
 * Numbers as Vietnamese tables write them.
 *
 * vi-VN: "." groups thousands and "," marks decimals ("6.250" = 6250, "312,5" = 312.5,
 * "2.340,5", "12.600.000"). Files from other software use the English convention
 * ("1,250.5"). A single separator followed by exactly three digits ("1,250", "3.000") reads
 * both ways: it is decided by the sheet's convention and marked `ambiguous`.
 */
import type { Cell } from "../../grid";
import { isCellError } from "../../grid";
import type { NumberConvention, ParsedNumber } from "../../types";
import { bareNumberIsAmbiguous, bareNumberValue, endsWithPercent } from "./bare-number";
import { interpretBody, scanBodyEnd } from "./body";
import { EXCEL_ERRORS, isDashChar, isDigitChar, normalizeSpaces, PLACEHOLDERS } from "./cell-text";
import { isDateFormat } from "./dates";
import { validUnit } from "./units";

/**
 * Read a number written as text. A lone dash, "x" or "…" is `{ok:false, reason:"empty",
 * detail:"placeholder"}`; an Excel error text ("#DIV/0!") is `reason:"error"`; anything
 * else that is not one number with an optional "%" and unit words is `"unparsable"`.
 * A dash or minus sign makes the number negative only directly before a digit ("−5").
 */
export function parseNumberText(text: string, convention: NumberConvention): ParsedNumber {
  if (typeof text === "string") {
    const value = bareNumberValue(text, convention);
    if (!Number.isNaN(value))
      return bareNumberParsed(value, endsWithPercent(text), bareNumberIsAmbiguous(text));
  }
  const s = normalizeSpaces(text ?? "");
  if (s === "") return { ok: false, reason: "empty" };
  if (s[0] === "#") {
    const error = s.toUpperCase();
    if (EXCEL_ERRORS.includes(error)) return { ok: false, reason: "error", detail: error };
  }
  if (s.length <= 3 && PLACEHOLDERS.has(s.toLowerCase()))
    return { ok: false, reason: "empty", detail: "placeholder" };

  let i = 0;
  let negative = false;
  if (s[0] === "+" || isDashChar(s[0])) {
    if (!isDigitChar(s[1])) return { ok: false, reason: "unparsable", detail: s };
    negative = s[0] !== "+";
    i = 1;
  }
  if (!isDigitChar(s[i])) return { ok: false, reason: "unparsable", detail: s };
  const end = scanBodyEnd(s, i);
  const body = interpretBody(s.slice(i, end), convention);
  if (!body) return { ok: false, reason: "unparsable", detail: s };

  let j = end;
  if (s[j] === " ") j++;
  let isPercent = false;
  if (s[j] === "%") {
    isPercent = true;
    j++;
  } else {
    j = end;
  }
  const unit = s.slice(j).trim();
  if (unit !== "" && !validUnit(unit)) return { ok: false, reason: "unparsable", detail: s };

  const value = negative && body.value !== 0 ? -body.value : body.value;
  const parsed: ParsedNumber = { ok: true, value, isPercent, fromText: true };
  if (unit) parsed.unit = unit;
  if (body.ambiguous) parsed.ambiguous = true;
  return parsed;
}

/**
 * parseNumberText's answer for a bare number: same fields, same order, each shape in one
 * literal (a field added later costs the object a second allocation).
 */
function bareNumberParsed(value: number, isPercent: boolean, ambiguous: boolean): ParsedNumber {
  return ambiguous
    ? { ok: true, value, isPercent, fromText: true, ambiguous: true }
    : { ok: true, value, isPercent, fromText: true };
}

/** Drop floating-point noise from ×100 ("0.07" × 100 = 7.000000000000001 → 7). */
function clean(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** A number format that shows percent: "%" outside quoted literals and escapes. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  let quoted = false;
  for (let k = 0; k < format.length; k++) {
    const ch = format[k];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\\") k++;
    else if (!quoted && ch === "%") return true;
  }
  return false;
}

/**
 * Read a cell. A numeric cell is trusted over its displayed text; with a percent number
 * format its value is shown ×100 (0.95 → 95, isPercent). Error values → reason "error"; a number
 * shown as a date → reason "date".
 */
export function parseCellNumber(cell: Cell | undefined, convention: NumberConvention): ParsedNumber {
  if (!cell) return { ok: false, reason: "empty" };
  const v = cell.value;
  if (v === null || v === undefined) return { ok: false, reason: "empty" };
  if (isCellError(v)) return { ok: false, reason: "error", detail: v.error };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: "unparsable", detail: String(v) };
    // A date's serial number is no value of the table's: never computed with.
    if (isDateFormat(cell.numberFormat)) return { ok: false, reason: "date", detail: cell.text };
    if (isPercentFormat(cell.numberFormat)) {
      const percent = clean(v * 100);
      if (!Number.isFinite(percent)) return { ok: false, reason: "unparsable", detail: String(v) };
      return { ok: true, value: percent, isPercent: true, fromText: false };
    }
    return { ok: true, value: v, isPercent: false, fromText: false };
  }
  if (typeof v === "boolean") return { ok: false, reason: "unparsable", detail: String(v) };
  return parseNumberText(v, convention);
}
