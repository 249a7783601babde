/** The drift fixtures' truth files (tests/fixtures/drift/README.md), read for the tests. */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

export const DRIFT_DIR = join(__dirname, "../fixtures/drift");

export interface DriftTruth {
  table: string;
  text: string;
  sheet: string;
  faithful: boolean;
  errors: number;
  drifts: Array<{
    kind: string;
    code: string;
    row: number | null;
    cell: string | null;
    text: { line: number; wording: string } | null;
    table: { name: string; unit: string; target: string } | null;
    expected: string;
  }>;
}

export function driftTruths(): DriftTruth[] {
  return readdirSync(DRIFT_DIR)
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => JSON.parse(readFileSync(join(DRIFT_DIR, f), "utf8")) as DriftTruth);
}
