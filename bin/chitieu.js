#!/usr/bin/env node
// The `chitieu` command: runs the compiled command line (npm run build:cli, done by `prepare`).
"use strict";
const path = require("path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("build")) {
    process.stderr.write(
      "chitieu: chưa biên dịch — hãy chạy `npm run build:cli` / not built — run `npm run build:cli`\n",
    );
    process.exit(2);
  }
  throw err;
}
cli.run();
