/**
 * The worker's session run on the page itself, for when the browser refuses a worker —
 * chiefly a page opened straight from disk (file://), where Chromium blocks workers.
 * Everything still works; only a large file makes the page wait while it is read.
 */
import type { WorkerRequest, WorkerResponse } from "./protocol";
import type { WorkerPort } from "./service";
import { WorkbookSession } from "./worker-core";

export function inPagePort(): WorkerPort {
  let queue: Promise<void> = Promise.resolve();
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message: WorkerRequest) {
      queue = queue.then(() => session.handle(message));
    },
    terminate() {
      port.onmessage = null;
    },
  };
  const session = new WorkbookSession((message: WorkerResponse) => {
    // Asynchronous, as from a worker: the caller has registered its request before the answer.
    setTimeout(() => port.onmessage?.({ data: message } as MessageEvent<WorkerResponse>), 0);
  });
  return port;
}
