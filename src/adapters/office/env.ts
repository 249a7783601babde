/**
 * What the Office adapter needs from its surroundings, gathered in one object so that the
 * adapter runs against real Office.js in Excel and against an in-memory fake in tests.
 */

/** Runs a batch of Excel work, like `Excel.run`. */
export type ExcelRunner = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of `Office.context.document.settings` the add-in uses. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove?(name: string): void;
  saveAsync(callback?: (result: SettingsResult) => void): void;
  /** Re-reads what another runtime (the task pane) saved; each runtime holds its own copy. */
  refreshAsync?(callback?: (result: SettingsResult) => void): void;
}

export interface SettingsResult {
  status: string | Office.AsyncResultStatus;
  error?: { message: string };
}

export interface OfficeEnv {
  run: ExcelRunner;
  /** `Office.context.requirements.isSetSupported`, versions as strings ("1.18", never 1.18). */
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettingsLike;
}

/** The environment of a real Office host; call it after `Office.onReady`. */
export function officeEnv(): OfficeEnv {
  return {
    run: <T>(work: (context: Excel.RequestContext) => Promise<T>) => Excel.run(work),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings as unknown as DocumentSettingsLike,
  };
}
