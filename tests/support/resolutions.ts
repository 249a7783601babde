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

/** What the seed's truth file says the text holds: its targets, and its items (distinct numbers). */
export function resolutionTruth(id: string): { targets: number; items: number } {
  const truth = JSON.parse(fs.readFileSync(path.join(DIR, `${id}.truth.json`), "utf8")) as {
    targets: Array<{ code: string }>;
  };
  return { targets: truth.targets.length, items: new Set(truth.targets.map((t) => t.code)).size };
}

/** A File to upload in jsdom, whose Blob has no arrayBuffer(): the bytes are given to it. */
export function uploadFile(content: string | Uint8Array, name: string, type = "text/plain"): File {
  const bytes = (typeof content === "string" ? new TextEncoder().encode(content) : content).slice();
  const file = new File([bytes], name, { type });
  if (typeof file.arrayBuffer !== "function") {
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  }
  return file;
}
