/**
 * Words of the front ends and of the sheets they write (task pane, browser page, command line,
 * ribbon commands, summary and findings sheets), by id, with the data each takes.
 */
export interface UiMessages {
  "severity/error": Record<string, never>;
  "severity/warning": Record<string, never>;
  "severity/info": Record<string, never>;
}

export type UiMessageId = keyof UiMessages;
