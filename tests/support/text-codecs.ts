/**
 * Every browser has TextDecoder and TextEncoder; jest's jsdom environment does not. The task
 * pane bundles the report reader, which makes its decoders when it loads.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
}
