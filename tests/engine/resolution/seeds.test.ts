/**
 * The extractor on the real seed texts against truth files written by reading them: recall and
 * precision per seed may not fall below what they are now (scripts/realistic/extract.ts prints them).
 */
import {
  loadResolutionTruths,
  scoreSeed,
  type ResolutionTruth,
} from "../../../scripts/realistic/extract-score";

/** The floors: raise them when the extractor improves. */
const FLOORS: Record<string, { recall: number; precision: number }> = {
  "000": { recall: 1, precision: 1 },
  "001": { recall: 1, precision: 1 },
  "002": { recall: 1, precision: 1 },
  "004": { recall: 1, precision: 1 },
};

let truths: ResolutionTruth[];
beforeAll(async () => {
  truths = await loadResolutionTruths();
});

describe("resolution seeds", () => {
  it("has a truth file for every seed with a floor", () => {
    expect(truths.map((t) => t.seed).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.keys(FLOORS))("seed %s holds its recall and precision", async (seed) => {
    const truth = truths.find((t) => t.seed === seed);
    if (!truth) throw new Error(`no truth for seed ${seed}`);
    const score = await scoreSeed(truth);
    expect(score.recall).toBeGreaterThanOrEqual(FLOORS[seed].recall);
    expect(score.precision).toBeGreaterThanOrEqual(FLOORS[seed].precision);
    // Matched targets carry the truth's unit and time frame, and a programme's targets their lead.
    expect(score.sameUnit).toBe(score.matched);
    expect(score.sameTimeframe).toBe(score.matched);
    expect(score.sameLead).toBe(score.matched);
  });
});
