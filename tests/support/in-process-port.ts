/** The worker's session run in-process behind a port, cloning every message both ways as postMessage does. */
import type { WorkerRequest, WorkerResponse } from "../../src/standalone/protocol";
import type { WorkerPort } from "../../src/standalone/service";
import { WorkbookSession } from "../../src/standalone/worker-core";

export class InProcessPort implements WorkerPort {
  onmessage: WorkerPort["onmessage"] = null;
  onerror: WorkerPort["onerror"] = null;
  readonly progress: WorkerResponse[] = [];
  /** Every message the session posted, as the page received it. */
  readonly sent: WorkerResponse[] = [];
  terminated = false;
  private queue = Promise.resolve();
  private readonly session = new WorkbookSession((message, transfer) => {
    const copy = structuredClone(message, { transfer: transfer ?? [] });
    if (copy.kind === "progress") this.progress.push(copy);
    this.sent.push(copy);
    queueMicrotask(() => this.onmessage?.({ data: copy } as MessageEvent<WorkerResponse>));
  });

  postMessage(message: WorkerRequest, transfer?: Transferable[]): void {
    const copy = structuredClone(message, { transfer: transfer ?? [] });
    this.queue = this.queue.then(() => this.session.handle(copy));
  }

  terminate(): void {
    this.terminated = true;
  }
}
