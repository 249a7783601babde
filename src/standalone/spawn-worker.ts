/**
 * Starts the worker. Kept alone because `import.meta` is webpack/ESM-only syntax that the
 * unit tests (CommonJS) cannot parse; nothing unit-tested imports this file.
 */
import type { WorkerPort } from "./service";

async function inPage(): Promise<WorkerPort> {
  const { inPagePort } = await import(/* webpackChunkName: "in-page" */ "./in-page-port");
  return inPagePort();
}

export async function spawnWorker(): Promise<WorkerPort> {
  // Opened from disk (file://), Chromium refuses workers, at once or later: do the work on the page.
  if (location.protocol === "file:") return inPage();
  try {
    // The project type-checks as CommonJS; webpack compiles this file as an ES module (es2020).
    // @ts-expect-error TS1343: import.meta needs an ES module target, which the build uses.
    return new Worker(new URL("./worker.ts", import.meta.url), { name: "soat-chi-tieu" });
  } catch {
    return inPage();
  }
}
