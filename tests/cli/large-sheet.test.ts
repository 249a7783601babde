/**
 * A 200,000-row sheet through the command line: checked to the end within the default Node
 * heap, with the progress bar drawn when forced. Slow by nature (ExcelJS reads the whole
 * file), so it gets its own generous timeout; it asserts behaviour, not speed.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeLargeTable } from "../../scripts/bench/generate";
import { BIN, ensureBuilt, tempDir } from "./helpers";

const ROWS = 200_000;
const TIMEOUT_MS = 20 * 60_000;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("chitieu-large-");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it(
  `checks a ${ROWS.toLocaleString("en")}-row sheet without running out of memory, showing progress`,
  async () => {
    const file = path.join(dir, "bieu-lon.xlsx");
    await writeLargeTable(file, ROWS);
    const outFile = path.join(dir, "report.txt");
    const out = fs.openSync(outFile, "w");
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const result = spawnSync(process.execPath, [BIN, "check", file, "--progress"], {
      stdio: ["ignore", out, "pipe"],
      encoding: "utf8",
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    fs.closeSync(out);
    const stderr = result.stderr;
    expect(stderr).not.toMatch(/heap out of memory|Maximum call stack|unexpected error|lỗi không mong đợi/i);
    // The generated table is consistent: no error-level findings.
    expect(result.status).toBe(0);
    expect(stderr).toMatch(/100% \| .*bieu-lon\.xlsx/);
    const report = fs.readFileSync(outFile, "utf8");
    expect(report).toMatch(/dữ liệu dòng 4–\d{6}/);
    expect(report).toMatch(/Tổng hợp: Tổng số 200\.?000 chỉ tiêu/);
  },
  TIMEOUT_MS,
);
