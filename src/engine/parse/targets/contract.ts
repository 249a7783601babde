/**
 * A parsed target as the published JSON gives it (`chitieu check`'s indicators and
 * `chitieu extract`'s targets): bounds only for a range, the numerator only for a fraction.
 */
import type { Target, TargetKind } from "../../types";

export interface ContractTarget {
  text: string;
  kind: TargetKind;
  value: number | null;
  min?: number;
  max?: number;
  numerator?: number;
}

export function contractTarget(t: Target): ContractTarget {
  const target: ContractTarget = { text: t.text, kind: t.kind, value: t.value ?? null };
  if (t.kind === "range") {
    if (t.min !== undefined) target.min = t.min;
    if (t.max !== undefined) target.max = t.max;
  }
  if (t.kind === "fraction" && t.numerator !== undefined) target.numerator = t.numerator;
  return target;
}
