/** Target cells read as targets: the entry points, the bare-number fast path and the memo of cell texts. */
import { cleanText } from "../../text/fold";
import { foldFast } from "../../text/fast-fold";
import type { NumberConvention, Target } from "../../types";
import {
  bareNumberIsAmbiguous,
  bareNumberValue,
  endsWithPercent,
  interpretBody,
  isDigitChar,
  scanBodyEnd,
} from "../numbers";
import { comparatorAround } from "./comparators";
import { hasDigit, splitPieces } from "./compound";
import { toElements } from "./elements";
import { parseSingle } from "./expression";
import { comparatorFromName } from "./name-comparator";
import { reasons } from "./reasons";
import { tokenize } from "./tokens";

/**
 * Read a target cell. `name` is the indicator's name: when the cell is a plain number and
 * the name says "… 98% trở lên" or "… xuống dưới 5%", the comparator comes from the name
 * (`fromName`). `convention` decides ambiguous numbers ("1,250").
 */
export function parseTarget(text: string, name: string, convention: NumberConvention): Target {
  return withNameComparator(parseTargetCellText(text, convention), name);
}

/**
 * A target cell read alone, before the name is consulted: parseTarget with no name. The
 * caller owns the result.
 */
export function parseTargetCellText(text: string, convention: NumberConvention): Target {
  const raw = typeof text === "string" ? text : "";
  return bareNumberTarget(raw, convention) ?? copyTarget(cachedCellTarget(raw, convention));
}

/**
 * A target read from its cell alone, with the comparator the indicator's name attaches to a
 * plain level ("… đạt 98% trở lên"). Returns `target` itself (which the caller owns) when the
 * name adds nothing.
 */
export function withNameComparator(target: Target, name: string): Target {
  if (!target.plain || typeof name !== "string") return target;
  const fromName = comparatorFromName(name, target.value);
  if (!fromName) return target;
  const { plain: _plain, ...rest } = target;
  const withName: Target = { ...rest, kind: fromName.kind, fromName: true };
  if (fromName.strict) withName.strict = true;
  return withName;
}

/**
 * A cell holding only a number ("1250", "1.250", "82,6%"): the plain level parseSingle would
 * read, without folding, tokens or the memo. Null for anything else (spaces, signs, words).
 */
function bareNumberTarget(raw: string, convention: NumberConvention): Target | null {
  const value = bareNumberValue(raw, convention);
  if (!Number.isNaN(value))
    return bareLevelTarget(raw, value, endsWithPercent(raw), bareNumberIsAmbiguous(raw));
  const n = raw.length;
  if (n === 0 || n > 40 || !isDigitChar(raw[0])) return null;
  const end = scanBodyEnd(raw, 0);
  const isPercent = end === n - 1 && raw[end] === "%";
  if (end !== n && !isPercent) return null;
  const body = interpretBody(end === n ? raw : raw.slice(0, end), convention);
  if (!body) return null;
  return bareLevelTarget(raw, body.value, isPercent, body.ambiguous);
}

/**
 * A plain level: its fields in parseSingle's order, each shape in one literal (a field added
 * later costs the object a second allocation).
 */
function bareLevelTarget(text: string, value: number, isPercent: boolean, ambiguous: boolean): Target {
  const kind = "atLeast";
  if (isPercent)
    return ambiguous
      ? { text, kind, value, isPercent, ambiguous, plain: true }
      : { text, kind, value, isPercent, plain: true };
  return ambiguous ? { text, kind, value, ambiguous, plain: true } : { text, kind, value, plain: true };
}

/** A copy the caller may change without touching the memo. */
function copyTarget(target: Target): Target {
  const copy: Target = { ...target };
  if (target.parts) copy.parts = target.parts.map(copyTarget);
  return copy;
}

/** Tables repeat their target texts ("Đạt", "x", "100%"): parse each text once per convention. */
const CACHE_LIMIT = 5000;
const cellTargetCache = { vi: new Map<string, Target>(), en: new Map<string, Target>() };

function cachedCellTarget(raw: string, convention: NumberConvention): Target {
  const cache = cellTargetCache[convention === "en" ? "en" : "vi"];
  const cacheable = raw.length <= 200;
  const hit = cacheable ? cache.get(raw) : undefined;
  if (hit) return hit;
  const target = parseCell(raw, convention);
  if (cacheable) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, target);
  }
  return target;
}

/** The target cell alone, before the name is consulted. */
function parseCell(raw: string, convention: NumberConvention): Target {
  const pieces = splitPieces(raw);
  const numericPieces = pieces.filter(hasDigit).length;
  if (pieces.length >= 2 && numericPieces >= 2) {
    const parts = pieces.map((piece) => parseSingle(piece, convention));
    return {
      text: cleanText(raw),
      kind: "compound",
      parts,
      reason: reasons.compound(cleanText(raw), parts.length),
    };
  }
  return parseSingle(raw, convention);
}

/** The comparator words of a target cell ("không quá", "≥", "từ … trở lên"), for polarity reasons. */
export function targetComparatorCue(text: string): string | null {
  if (typeof text !== "string") return null;
  const elements = toElements(tokenize(foldFast(text), "vi"));
  for (let index = 0; index < elements.length; index++) {
    const el = elements[index];
    if (el.e !== "num" || el.label) continue;
    const around = comparatorAround(elements, index);
    if (around) return around.cue;
  }
  return null;
}
