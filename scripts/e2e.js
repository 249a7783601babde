#!/usr/bin/env node
/**
 * npm run test:e2e — builds dist/ when it is missing, then runs the browser tests in
 * Chromium. Without /usr/bin/chromium the tests are skipped with a message, except in CI
 * (CI=true), where a missing browser is a failure.
 */
const { existsSync } = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const inCi = process.env.CI === "true";

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (!existsSync(chromium)) {
  if (inCi) {
    console.error(`test:e2e: Chromium not found at ${chromium}; CI needs it (apt-get install chromium).`);
    process.exit(1);
  }
  console.warn(
    `test:e2e: skipped, Chromium not found at ${chromium} (install it with: apt-get install chromium).`,
  );
  process.exit(0);
}

if (!existsSync(path.join(root, "dist", "standalone.html"))) {
  console.log("test:e2e: dist/standalone.html is missing, building it (npm run build)…");
  const status = run("npm", ["run", "build"]);
  if (status !== 0) process.exit(status);
}

const jestBin = require.resolve("jest/bin/jest");
process.exit(run(process.execPath, [jestBin, "--config", "jest.e2e.config.js", ...process.argv.slice(2)]));
