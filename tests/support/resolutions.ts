/** The seed resolutions of tests/fixtures/resolutions, as text, for the front ends' tests. */
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "..", "fixtures", "resolutions");

/** The text of seed `id` ("000", "001", "002", "004"). */
export function resolutionText(id: string): string {
  const file = fs.readdirSync(DIR).find((name) => name.startsWith(`${id}_`) && name.endsWith(".txt"));
  if (!file) throw new Error(`no seed resolution ${id}`);
  return fs.readFileSync(path.join(DIR, file), "utf8");
}

export const RESOLUTION_SEEDS = ["000", "001", "002", "004"];
