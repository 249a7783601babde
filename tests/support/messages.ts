/**
 * Engine messages for hand-made reports: a real message whose words show a test's own text as
 * written (an error value is shown as it is, in both languages), so a test can look for it.
 */
import { message, type EngineMessage } from "../../src/engine/messages";
import type { Counts } from "../../src/engine/types";

/** vi "Ô chỉ tiêu chứa lỗi ‹text›", en "The target cell holds the error ‹text›". */
export function carrying(text: string): EngineMessage {
  return message("invalid-value/target-error", { error: text });
}

/** The summary sentence over the given counts. */
export function sentence(counts: Counts): EngineMessage {
  return message("summary/sentence", counts);
}
