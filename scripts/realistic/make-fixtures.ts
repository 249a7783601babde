/**
 * Writes the realistic acceptance workbooks and their truth files into
 * tests/fixtures/realistic/ (npx tsx scripts/realistic/make-fixtures.ts). The .xlsx files are
 * committed, so tests never rebuild them; rerun this after changing a spec.
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as prettier from "prettier";
import { buildWorkbook } from "./build";
import { WORKBOOKS } from "./specs";

export const FIXTURE_DIR = path.resolve(__dirname, "../../tests/fixtures/realistic");

/** ExcelJS stamps the current time into docProps; a fixed date keeps rebuilt files identical. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 15, 8, 0, 0));

async function main(): Promise<void> {
  await fs.mkdir(FIXTURE_DIR, { recursive: true });
  const options = (await prettier.resolveConfig(FIXTURE_DIR)) ?? {};
  for (const spec of WORKBOOKS) {
    const { workbook, truth } = buildWorkbook(spec);
    workbook.created = FIXED_DATE;
    workbook.modified = FIXED_DATE;
    await workbook.xlsx.writeFile(path.join(FIXTURE_DIR, spec.file));
    const json = await prettier.format(JSON.stringify(truth), { ...options, parser: "json" });
    await fs.writeFile(path.join(FIXTURE_DIR, spec.file.replace(/\.xlsx$/, ".truth.json")), json);
    const rows = truth.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.indicators.length, 0), 0);
    const faults = truth.sheets.reduce(
      (n, s) => n + s.tables.reduce((m, t) => m + t.expectedFindings.length, 0),
      0,
    );
    console.log(
      `${spec.file}: ${truth.sheets.length} sheet(s), ${rows} indicator rows, ${faults} expected findings`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
