/** jest globalSetup: compile the command line once before the CLI tests spawn `node bin/chitieu.js`. */
import { ensureBuilt } from "./helpers";

export default function globalSetup(): void {
  ensureBuilt();
}
