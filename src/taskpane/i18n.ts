/**
 * The task pane's language: the chosen language in a React context, and `useT()`, the
 * catalog's `t` (src/i18n) bound to it, so that components do not pass the language around.
 */
import { createContext, useContext } from "react";
import type { Lang } from "../engine/types";
import type { LocalizedText } from "../i18n/localized";
import { t, type UiMessageId } from "../i18n";
import type { UiArgs } from "../i18n/ui-messages";

/** `t` with the language already chosen. */
export type Translate = <Id extends UiMessageId>(id: Id, ...data: UiArgs<Id>) => string;

export function translator(lang: Lang): Translate {
  return (id, ...data) => t(lang, id, ...data);
}

const TRANSLATORS: Record<Lang, Translate> = { vi: translator("vi"), en: translator("en") };

/** The message in the chosen language, falling back to Vietnamese. */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return "";
  return (lang === "en" ? text.en : text.vi) || text.vi || text.en;
}

/**
 * A message rendered in both languages when it is produced, so that a message kept in state
 * (an action's outcome, an error) follows a later language switch instead of staying in the old one.
 */
export function localize(words: (tr: Translate) => string): LocalizedText {
  return { vi: words(TRANSLATORS.vi), en: words(TRANSLATORS.en) };
}

/** "bảng chỉ tiêu …" → "Bảng chỉ tiêu …": a phrase of the catalog shown on its own. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export const LangContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): Translate {
  return TRANSLATORS[useContext(LangContext)];
}
