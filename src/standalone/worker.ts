/**
 * The Web Worker: everything heavy (reading the .xlsx, checking 50,000 rows, writing the
 * annotated copy) runs here so the page stays responsive.
 */
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { WorkbookSession } from "./worker-core";

interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const session = new WorkbookSession((message, transfer) => scope.postMessage(message, transfer ?? []));

// One request at a time, in arrival order: a check never runs on a half-opened workbook.
let queue: Promise<void> = Promise.resolve();
scope.addEventListener("message", (event) => {
  const request = event.data;
  queue = queue.then(() => session.handle(request));
});
