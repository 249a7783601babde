/** Shared helpers of the command-line tests: a fresh build, running `node bin/chitieu.js`, temp dirs. */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "chitieu.js");
export const EXAMPLE = path.join(ROOT, "examples", "bao-cao-mau.xlsx");
const BUILT = path.join(ROOT, "build", "cli", "main.js");
const SOURCES = [
  "src/engine",
  "src/i18n",
  "src/app",
  "src/adapters/exceljs",
  "src/adapters/documents",
  "src/cli",
].map((d) => path.join(ROOT, d));
const LOCK = path.join(ROOT, "build", ".build-lock");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!fs.existsSync(BUILT)) return false;
  const built = fs.statSync(BUILT).mtimeMs;
  return SOURCES.every((d) => newestMtime(d) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A lock this old was left by a run that died while building. */
const STALE_LOCK_MS = 5 * 60_000;

function lockIsStale(): boolean {
  try {
    return Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}

/**
 * Compile the command line (tsconfig.build.json → build/) unless the build is newer than its
 * sources. Each CLI test file calls this first; a lock directory makes parallel jest workers
 * build once. A worker waits for the lock to be released, not for main.js to look fresh: tsc
 * writes main.js before it has written every file.
 */
export function ensureBuilt(): void {
  if (isFresh() && !fs.existsSync(LOCK)) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (lockIsStale()) fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error("timed out waiting for another build of the command line");
      else sleep(200);
    }
  }
  try {
    if (isFresh()) return;
    // tsc leaves the outputs of moved sources behind, and Node resolves "numbers.js" before
    // "numbers/index.js": compile into an empty build (but for the lock).
    const build = path.dirname(LOCK);
    for (const entry of fs.readdirSync(build))
      if (entry !== path.basename(LOCK)) fs.rmSync(path.join(build, entry), { recursive: true, force: true });
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`npm run build:cli failed:\n${result.stdout}${result.stderr}`);
    // tsc does not rewrite unchanged outputs: mark the build as done now.
    const now = new Date();
    fs.utimesSync(BUILT, now, now);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
): CliResult {
  const env = { ...process.env, ...options.env };
  delete env.CHITIEU_PROGRESS;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = "chitieu-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Non-empty lines of a stream. */
export function lines(text: string): string[] {
  return text.split("\n").filter((l) => l.trim() !== "");
}

/** A minimal zip archive (stored, no compression) holding the given text files. */
export function makeZip(files: Record<string, string>): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { crc32 } = require("zlib") as { crc32: (data: Buffer) => number };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
