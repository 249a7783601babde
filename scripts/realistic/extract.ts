/** Prints the resolution extractor's recall and precision per seed (`npx tsx scripts/realistic/extract.ts`). */
import { loadResolutionTruths, scoreSeed } from "./extract-score";

async function main(): Promise<void> {
  for (const truth of await loadResolutionTruths()) {
    const s = await scoreSeed(truth);
    console.log(
      `extract seed=${s.seed} targets=${s.targets} found=${s.found} recall=${s.recall} precision=${s.precision}`,
    );
    console.log(
      `extract seed=${s.seed} matched=${s.matched} unit=${s.sameUnit}/${s.matched} timeframe=${s.sameTimeframe}/${s.matched} lead=${s.sameLead}/${s.matched}`,
    );
  }
}

void main();
