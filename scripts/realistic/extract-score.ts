/**
 * Scores the resolution extractor against the truth files of tests/fixtures/resolutions: a
 * target found counts when the truth has one with the same item number, kind and value (and
 * numerator for a fraction), each truth target matched once.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { readDocument } from "../../src/adapters/documents";
import { extractTargets, type ExtractedTarget } from "../../src/engine/resolution";
import type { TargetKind } from "../../src/engine/types";

export const RESOLUTION_DIR = path.resolve(__dirname, "../../tests/fixtures/resolutions");

export interface TruthTarget {
  code: string;
  name: string;
  kind: TargetKind;
  value: number | null;
  numerator?: number;
  unit: string;
  timeframe: string;
  lead?: string;
}

export interface ResolutionTruth {
  seed: string;
  source: string;
  targets: TruthTarget[];
}

export interface ExtractScore {
  seed: string;
  targets: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
  /** Of the matched targets, how many have the truth's unit / time frame / lead. */
  sameUnit: number;
  sameTimeframe: number;
  sameLead: number;
}

export async function loadResolutionTruths(dir = RESOLUTION_DIR): Promise<ResolutionTruth[]> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith(".truth.json")).sort();
  return Promise.all(
    names.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as ResolutionTruth),
  );
}

function sameTarget(found: ExtractedTarget, truth: TruthTarget): boolean {
  if (found.code !== truth.code || found.target.kind !== truth.kind) return false;
  if ((found.target.value ?? null) !== truth.value) return false;
  return truth.numerator === undefined || found.target.numerator === truth.numerator;
}

export function scoreTargets(
  seed: string,
  found: readonly ExtractedTarget[],
  truth: readonly TruthTarget[],
): ExtractScore {
  const used = new Set<number>();
  let matched = 0;
  let sameUnit = 0;
  let sameTimeframe = 0;
  let sameLead = 0;
  for (const f of found) {
    const k = truth.findIndex((t, i) => !used.has(i) && sameTarget(f, t));
    if (k < 0) continue;
    used.add(k);
    matched++;
    if (f.unit.toLowerCase() === truth[k].unit.toLowerCase()) sameUnit++;
    if (f.timeframe === truth[k].timeframe) sameTimeframe++;
    if ((f.lead ?? undefined) === truth[k].lead) sameLead++;
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
  return {
    seed,
    targets: truth.length,
    found: found.length,
    matched,
    recall: ratio(matched, truth.length),
    precision: ratio(matched, found.length),
    sameUnit,
    sameTimeframe,
    sameLead,
  };
}

/** Read the seed's text through the document reader, extract, score. */
export async function scoreSeed(truth: ResolutionTruth, dir = RESOLUTION_DIR): Promise<ExtractScore> {
  const file = path.join(dir, truth.source);
  const content = await readDocument(await fs.readFile(file), file);
  return scoreTargets(truth.seed, extractTargets(content.paragraphs), truth.targets);
}
