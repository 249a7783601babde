/**
 * Rendering messages into words: the only place ids and data become text. Front ends, the
 * JSON writer's callers and the sheet writers call `render` (engine messages) and `t` (their
 * own words); nothing else holds a sentence.
 */
import type { EngineMessage, Message, NoData } from "../engine/messages";
import type { Lang } from "../engine/types";
import type { Catalog, RenderFormat } from "./catalog";
import { engineEn } from "./en/engine";
import { uiEn } from "./en/ui";
import { formatFor } from "./format";
import type { UiMessageId, UiMessages } from "./ui-messages";
import { engineVi } from "./vi/engine";
import { uiVi } from "./vi/ui";

export type { Lang } from "../engine/types";
export type { UiMessageId, UiMessages } from "./ui-messages";

const CATALOGS: Record<Lang, Catalog> = {
  vi: { ...engineVi, ...uiVi },
  en: { ...engineEn, ...uiEn },
};

type AnyTemplate = (data: unknown, f: RenderFormat) => string;

const FORMATS: Record<Lang, RenderFormat> = {
  vi: { ...formatFor("vi"), msg: (m) => renderAny(m, "vi") },
  en: { ...formatFor("en"), msg: (m) => renderAny(m, "en") },
};

function renderAny(message: Message, lang: Lang): string {
  const template = (CATALOGS[lang] as unknown as Record<string, AnyTemplate | undefined>)[message.id];
  // An id without words is a programming error the catalog tests catch; say which one.
  if (!template) return `[${message.id}]`;
  return template(message.data, FORMATS[lang]);
}

/** An engine message (a finding's, a reason, a summary sentence) in words. */
export function render(message: EngineMessage, lang: Lang): string {
  return renderAny(message, lang);
}

/** A front end's own words: `t("vi", "severity/error")`, `t(lang, "check/done", { tables, findings })`. */
export function t<Id extends UiMessageId>(
  lang: Lang,
  id: Id,
  ...data: UiMessages[Id] extends NoData ? [] : [UiMessages[Id]]
): string {
  return renderAny({ id, data: data[0] ?? {} }, lang);
}

/** Every id each language's catalog has words for (for the catalog tests). */
export function catalogIds(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]);
}
