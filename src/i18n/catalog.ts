/**
 * The shape of a catalog: for every message id, a function from the message's data to words.
 * One catalog per language (`vi/`, `en/`); both implement every id, or the build fails.
 */
import type { EngineMessages } from "../engine/messages";
import type { Format } from "./format";
import type { UiMessages } from "./ui-messages";

/** Renders a nested message (a reason inside a finding, say) in the same language. */
export interface RenderFormat extends Format {
  msg(message: { id: string; data: unknown }): string;
}

export type Templates<Messages> = {
  readonly [Id in keyof Messages]: (data: Messages[Id], f: RenderFormat) => string;
};

export type EngineCatalog = Templates<EngineMessages>;
export type UiCatalog = Templates<UiMessages>;
export type Catalog = EngineCatalog & UiCatalog;
