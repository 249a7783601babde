/**
 * Where pdf.js comes from: the one place that loads it, so the browser page's Web Worker can
 * swap in its own set-up with `setPdfjsLoader`. The default (Node) loads the legacy build, which
 * runs on Node 20, and hands pdf.js its worker code in-process (`globalThis.pdfjsWorker`), so no
 * worker is ever fetched.
 */
import type * as Pdfjs from "pdfjs-dist";

export type PdfjsModule = typeof Pdfjs;
export type PdfjsLoader = () => Promise<PdfjsModule>;

async function loadInProcess(): Promise<PdfjsModule> {
  const [pdfjs, worker] = await Promise.all([
    import("pdfjs-dist/legacy/build/pdf.mjs"),
    import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs as unknown as PdfjsModule;
}

let loader: PdfjsLoader = loadInProcess;
let loaded: Promise<PdfjsModule> | null = null;

export function setPdfjsLoader(next: PdfjsLoader): void {
  loader = next;
  loaded = null;
}

export function loadPdfjs(): Promise<PdfjsModule> {
  if (!loaded) {
    loaded = loader();
    // A failed load may be retried (e.g. after another loader is set).
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}
