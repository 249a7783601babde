/** Why a target cannot be assessed, as messages. */
import { constantMessage, message, type EngineMessage } from "../../messages";

const BLANK = constantMessage("target/blank");

/** Why a target cannot be assessed: `text` is the cell as written (a catalog shortens it). */
export const reasons = {
  blank: (): EngineMessage => BLANK,
  notAssigned: (text: string): EngineMessage => message("target/not-assigned", { text }),
  relative: (text: string, cue: string): EngineMessage => message("target/relative", { text, cue }),
  compound: (text: string, parts: number): EngineMessage => message("target/compound", { text, parts }),
  manyNumbers: (text: string, count: number): EngineMessage =>
    message("target/many-numbers", { text, count }),
  unreadable: (text: string): EngineMessage => message("target/unreadable", { text }),
  unclear: (text: string): EngineMessage => message("target/unclear", { text }),
};
