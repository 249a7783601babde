/** Words written inline in both languages, as some front-end texts are (engine messages are data). */
export interface LocalizedText {
  vi: string;
  en: string;
}
