/**
 * The digits-and-separators part of a number ("2.340,5", "1,250", "12 600 000") read under a
 * convention. A hand-written scanner: no regular expression with a repeated group, so hostile
 * 10,000-character strings are read in linear time.
 */
import type { NumberConvention } from "../../types";
import { isDigitChar } from "./cell-text";

/** What the digits-and-separators part of a number means. */
export interface NumberBody {
  value: number;
  /** Both conventions read it, with different values ("1,250", "3.000"). */
  ambiguous: boolean;
  /** The convention this body proves, if any ("2.340,5" → vi, "1,250.5" → en). */
  evidence: NumberConvention | null;
}

/**
 * Scan the end of a number body starting at a digit: digits, "." or "," followed by a digit,
 * and single spaces used as thousands groups ("12 600 000").
 */
export function scanBodyEnd(s: string, start: number): number {
  let j = start;
  let onlyDigitsAndSpaces = true;
  let groupLength = 0;
  let firstGroup = true;
  while (j < s.length) {
    const ch = s[j];
    if (isDigitChar(ch)) {
      groupLength++;
      j++;
      continue;
    }
    if ((ch === "." || ch === ",") && isDigitChar(s[j + 1])) {
      onlyDigitsAndSpaces = false;
      j++;
      continue;
    }
    if (
      ch === " " &&
      onlyDigitsAndSpaces &&
      (firstGroup ? groupLength >= 1 && groupLength <= 3 : groupLength === 3) &&
      isDigitChar(s[j + 1]) &&
      isDigitChar(s[j + 2]) &&
      isDigitChar(s[j + 3]) &&
      !isDigitChar(s[j + 4])
    ) {
      firstGroup = false;
      groupLength = 0;
      j++;
      continue;
    }
    break;
  }
  return j;
}

function validGrouping(groups: string[], lastIsDecimals: boolean): boolean {
  const first = groups[0];
  if (first.length < 1 || first.length > 3 || (first.length > 1 && first[0] === "0") || first === "0")
    return false;
  const end = lastIsDecimals ? groups.length - 1 : groups.length;
  for (let k = 1; k < end; k++) if (groups[k].length !== 3) return false;
  return true;
}

function toNumber(integerDigits: string, decimals: string): number {
  return Number(decimals ? `${integerDigits}.${decimals}` : integerDigits);
}

function result(value: number, ambiguous: boolean, evidence: NumberConvention | null): NumberBody | null {
  return Number.isFinite(value) ? { value, ambiguous, evidence } : null;
}

/**
 * "1.250", "312,5": one mark between two digit runs. A decimal mark, unless the tail has three
 * digits and the whole could be a first thousands group: then the convention decides and the
 * reading is ambiguous. (The single-mark case of the general reading below.)
 */
function oneMarkBody(
  whole: string,
  tail: string,
  mark: string,
  convention: NumberConvention,
): NumberBody | null {
  const couldGroup = tail.length === 3 && whole.length <= 3 && whole[0] !== "0";
  if (!couldGroup) return result(toNumber(whole, tail), false, mark === "," ? "vi" : "en");
  const groupsInThisConvention =
    (mark === "." && convention === "vi") || (mark === "," && convention === "en");
  // Read as groups it is a whole number below a million: exact without building "6586".
  if (groupsInThisConvention) return result(Number(whole) * 1000 + Number(tail), true, null);
  return result(toNumber(whole, tail), true, null);
}

/**
 * Read a body of digits and separators ("2.340,5", "1,250", "12 600 000") under a convention.
 * Returns null when the separators make no sense ("1.1.1.1", "1.2,3,4").
 */
export function interpretBody(body: string, convention: NumberConvention): NumberBody | null {
  // The common shapes first: digits only ("2025"), or one "." or "," between digits ("1.250").
  let marks = 0;
  let at = -1;
  for (let k = 0; k < body.length && marks < 2; k++) {
    const code = body.charCodeAt(k);
    if (code < 0x30 || code > 0x39) {
      marks++;
      at = k;
    }
  }
  if (marks === 0 && body.length > 0) return result(Number(body), false, null);
  if (marks === 1 && at > 0 && at < body.length - 1 && (body[at] === "." || body[at] === ","))
    return oneMarkBody(body.slice(0, at), body.slice(at + 1), body[at], convention);
  const groups: string[] = [];
  const seps: string[] = [];
  let current = "";
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (isDigitChar(ch)) current += ch;
    else {
      if (current === "") return null;
      groups.push(current);
      seps.push(ch);
      current = "";
    }
  }
  if (current === "") return null;
  groups.push(current);
  if (seps.length === 0) return result(Number(groups[0]), false, null);

  const kinds = new Set(seps);
  const last = seps[seps.length - 1];
  if (kinds.size === 1) {
    if (seps.length > 1 || last === " ") {
      // Only grouping: "12.600.000", "12,600,000", "12 600 000".
      if (!validGrouping(groups, false)) return null;
      return result(Number(groups.join("")), false, last === "." ? "vi" : last === "," ? "en" : null);
    }
    // One "." or ",": a decimal mark, unless it could also be a thousands group.
    const [whole, tail] = groups;
    const couldGroup = tail.length === 3 && validGrouping(groups, false);
    const decimalReading = toNumber(whole, tail);
    if (!couldGroup) return result(decimalReading, false, last === "," ? "vi" : "en");
    const groupsInThisConvention =
      (last === "." && convention === "vi") || (last === "," && convention === "en");
    return result(groupsInThisConvention ? Number(whole + tail) : decimalReading, true, null);
  }
  if (kinds.size === 2 && !kinds.has(" ") && seps.indexOf(last) === seps.length - 1) {
    // Grouping then one decimal mark: "2.340,5", "1,250.5".
    if (!validGrouping(groups, true)) return null;
    const integerDigits = groups.slice(0, -1).join("");
    return result(toNumber(integerDigits, groups[groups.length - 1]), false, last === "," ? "vi" : "en");
  }
  if (kinds.size === 2 && kinds.has(" ") && !seps.slice(0, -1).includes(last) && last !== " ") {
    // Space groups then a decimal mark: "12 600,5".
    if (!validGrouping(groups, true)) return null;
    const integerDigits = groups.slice(0, -1).join("");
    return result(toNumber(integerDigits, groups[groups.length - 1]), false, last === "," ? "vi" : "en");
  }
  return null;
}
