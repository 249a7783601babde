#!/usr/bin/env node
/**
 * npm run demo: check the bundled example workbook with the built command line, print the
 * report and write the annotated copy to out/bao-cao-mau.checked.xlsx.
 * Exit 1 from `chitieu` only means the example has errors (it is made to); the demo fails
 * when the check itself could not run (exit 2 or a crash).
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const example = path.join("examples", "bao-cao-mau.xlsx");
const out = path.join("out", "bao-cao-mau.checked.xlsx");

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: "inherit", shell: false });
}

/** Newest modification time under the sources the command line is compiled from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const built = path.join(root, "build", "cli", "main.js");
  if (!fs.existsSync(built)) return true;
  const sources = ["src/engine", "src/adapters/exceljs", "src/cli"].map((d) =>
    newestSource(path.join(root, d)),
  );
  return Math.max(...sources) > fs.statSync(built).mtimeMs;
}

// Build the command line when it is missing or older than its sources (npm ci builds it through `prepare`).
if (buildIsStale()) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = run(npm, ["run", "--silent", "build:cli"]);
  if (build.status !== 0) process.exit(build.status || 1);
}

fs.mkdirSync(path.join(root, "out"), { recursive: true });
const check = run(process.execPath, [path.join("bin", "chitieu.js"), "check", example, "--out", out]);
if (check.status === 0 || check.status === 1) {
  process.exit(0);
}
console.error(`demo: chitieu check thất bại / failed (exit ${check.status ?? check.signal})`);
process.exit(check.status || 1);
