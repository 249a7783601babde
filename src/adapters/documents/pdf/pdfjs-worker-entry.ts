/**
 * The pdf.js worker as webpack emits it for the task pane: importing pdf.js's worker module
 * inside a Worker is all it takes (the module answers on `self` when it sees a worker scope).
 */
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
