/** The JSON of `chitieu extract` (documented in the README): extended only by adding fields. */
import type { EngineMessage } from "../messages";
import { contractTarget, type ContractTarget } from "../parse/targets/contract";
import type { Polarity } from "../types";
import type { ExtractedTarget } from "./types";

export interface ContractExtractedTarget {
  group: string;
  code: string;
  /** 1-based item of the list; `part` 0 is the item's first target, 1 … its sub-targets. */
  item: number;
  part: number;
  text: string;
  name: string;
  unit: string;
  timeframe: string;
  polarity: Polarity;
  polarityReason: string;
  target: ContractTarget;
  lead: string | null;
  partners: string[];
  paragraph: number;
}

export function extractedTargetsJson(
  targets: readonly ExtractedTarget[],
  renderReason: (message: EngineMessage) => string,
): { targets: ContractExtractedTarget[] } {
  return {
    targets: targets.map((t) => {
      const target = contractTarget(t.target);
      return {
        group: t.group,
        code: t.code,
        item: t.item,
        part: t.part,
        text: t.text,
        name: t.name,
        unit: t.unit,
        timeframe: t.timeframe,
        polarity: t.polarity.polarity,
        polarityReason: renderReason(t.polarity.reason),
        target,
        lead: t.lead ?? null,
        partners: t.partners ?? [],
        paragraph: t.paragraph,
      };
    }),
  };
}
