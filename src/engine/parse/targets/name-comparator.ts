/** A comparator the indicator's name attaches to the target's level ("… đạt 98% trở lên"). */
import { foldFast } from "../../text/fast-fold";
import { comparatorAround } from "./comparators";
import { hasDigit } from "./compound";
import { toElements } from "./elements";
import type { Element } from "./lexicon";
import { tokenize } from "./tokens";

/**
 * The comparator the indicator's name attaches to the target's own level: "… đạt 98% trở lên"
 * for a target of 98, "Giảm tỷ lệ hộ nghèo xuống dưới 5%" for 5. Only a number equal to the
 * target counts, so "trẻ em dưới 1 tuổi" never turns a target into "at most".
 */
export function comparatorFromName(
  name: string,
  value: number | undefined,
): { kind: "atLeast" | "atMost" | "exact"; strict: boolean; cue: string } | null {
  if (typeof name !== "string" || value === undefined) return null;
  if (!hasDigit(name)) return null;
  const elements = nameElements(name);
  for (let index = 0; index < elements.length; index++) {
    const el = elements[index];
    if (el.e !== "num" || el.label || el.value !== value) continue;
    const around = comparatorAround(elements, index);
    if (around) return { kind: around.cmp.kind, strict: around.cmp.strict, cue: around.cue };
  }
  return null;
}

/** Names kept read at most: the memo is dropped whole when it fills. */
const NAME_CACHE_LIMIT = 5000;
const nameCache = new Map<string, Element[]>();

/** A name's elements, read once: the same names recur on every commune's sheet. */
function nameElements(name: string): Element[] {
  let elements = nameCache.get(name);
  if (!elements) {
    elements = toElements(tokenize(foldFast(name), "vi"));
    if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
    nameCache.set(name, elements);
  }
  return elements;
}
