/**
 * Starts the worker. Kept alone because `import.meta` is webpack/ESM-only syntax that the
 * unit tests (CommonJS) cannot parse; nothing unit-tested imports this file.
 */
export function spawnWorker(): Worker {
  // The project type-checks as CommonJS; webpack compiles this file as an ES module (es2020).
  // @ts-expect-error TS1343: import.meta needs an ES module target, which the build uses.
  return new Worker(new URL("./worker.ts", import.meta.url), { name: "soat-chi-tieu" });
}
