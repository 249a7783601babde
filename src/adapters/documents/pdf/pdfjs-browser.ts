/**
 * pdf.js for the task pane (`setPdfjsLoader(loadPdfjsWithWorker)`): loaded on the first PDF
 * only, in a chunk of its own, and parsing in a Worker that webpack emits, so a long report
 * never freezes the pane. Where no Worker can be started, pdf.js parses on the pane's thread.
 * Kept alone because `import.meta` is webpack/ESM-only syntax that the unit tests cannot
 * parse; nothing unit-tested imports this file.
 */
import type { PdfjsModule } from "./pdfjs";

let port: Worker | null = null;

export async function loadPdfjsWithWorker(): Promise<PdfjsModule> {
  const pdfjs = (await import(
    /* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"
  )) as unknown as PdfjsModule;
  if (!port) {
    try {
      // The project type-checks as CommonJS; webpack compiles this file as an ES module (es2020).
      // @ts-expect-error TS1343: import.meta needs an ES module target, which the build uses.
      port = new Worker(new URL("./pdfjs-worker-entry.ts", import.meta.url), { name: "soat-chi-tieu-pdf" });
      pdfjs.GlobalWorkerOptions.workerPort = port;
    } catch {
      const worker = await import(
        /* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"
      );
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    }
  }
  return pdfjs;
}
