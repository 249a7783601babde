/**
 * Messages as data: what a finding, a reason or a reading says, as an id and the values it
 * names. The words live in the catalogs of `src/i18n` (one per language) and are rendered only
 * where a person reads them; numbers stay numbers until then.
 */

export type MessageValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | Message
  | readonly MessageValue[]
  | { readonly [key: string]: MessageValue };

export interface Message<Id extends string = string, Data = unknown> {
  readonly id: Id;
  readonly data: Data;
}

/**
 * Every message the engine emits, by id, with the data it carries. A check's messages are
 * "‹rule id›/‹case›"; the catalogs must give words for each, in every language (the compiler
 * holds them to it).
 */
export interface EngineMessages {
  "sheet/no-table": Record<string, never>;
}

export type EngineMessageId = keyof EngineMessages;

/** A message the engine emits: one of EngineMessages, its data typed by its id. */
export type EngineMessage = { [Id in EngineMessageId]: Message<Id, EngineMessages[Id]> }[EngineMessageId];

export function message<Id extends EngineMessageId>(id: Id, data: EngineMessages[Id]): EngineMessage {
  return { id, data } as EngineMessage;
}
