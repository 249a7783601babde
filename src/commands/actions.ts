import type { Lang, SheetReport } from "../engine/types";
import type { LocalizedText } from "../i18n/localized";
import { render, t } from "../i18n";
import type { OfficeEnv } from "../adapters/office/env";
import { RequirementsError, unsupportedMessage } from "../adapters/office/requirements";
import { type CheckSheet, OfficeWorkbookService } from "../adapters/office/service";
import { loadSettings, refreshSettings } from "../adapters/office/settings";
import { ownSheetNames, writeStatusMessage } from "../adapters/office/summary-sheet";
import { checkOptionsFor } from "../app/settings";

/** The part of Office.AddinCommands.Event a function command uses. */
export interface CommandEvent {
  completed(options?: unknown): void;
}

export type Command = (event: CommandEvent) => Promise<void>;

/** A failure the user can act on, with its message in both languages. */
export class UserMessage extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.vi);
  }
}

/** Where the last check ran: the ribbon's summary and clear buttons use it when our "Tổng hợp" is active. */
export const LAST_SHEET_KEY = "soatChiTieu.lastSheet";

/** The commands' names, as a failure message calls them. */
type CommandName = "ribbon/check" | "action/write-summary" | "action/clear-flags";

/** A message in both languages: the language is read again when the message is shown. */
function both(words: (lang: Lang) => string): LocalizedText {
  return { vi: words("vi"), en: words("en") };
}

function errorDetail(error: unknown, lang: Lang): string {
  if (error instanceof UserMessage || error instanceof RequirementsError) return error.text[lang];
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The three ribbon function commands over an Office environment. Every path ends with
 * `event.completed()`; a failure is written in red in the status row of "Tổng hợp", which is
 * brought forward (function commands have no notification area in Excel).
 */
export function createCommands(env: OfficeEnv, checkSheet: CheckSheet) {
  const service = new OfficeWorkbookService(env, checkSheet);

  const lang = (): Lang => {
    try {
      return loadSettings(env.settings).lang;
    } catch {
      return "vi";
    }
  };

  async function say(text: string, isError: boolean): Promise<void> {
    await env.run((context) => writeStatusMessage(context, text, isError, lang()));
  }

  function run(name: CommandName, work: () => Promise<void>): Command {
    return async (event) => {
      try {
        const tooOld = unsupportedMessage(env);
        if (tooOld) throw new UserMessage(tooOld);
        // The pane runs in another runtime: read what it saved (language, rules, tolerance).
        await refreshSettings(env.settings);
        await work();
      } catch (error) {
        const l = lang();
        const text = t(l, "ribbon/failed", {
          command: t(l, name),
          detail: errorDetail(error, l),
        });
        try {
          await say(text, true);
        } catch (writeError) {
          // Nowhere left to show it: at least leave it in the log.
          console.error(text, writeError);
        }
      } finally {
        event.completed();
      }
    };
  }

  /** The sheet a command works on: the active one, or the last checked when one of our sheets is active. */
  async function targetSheet(): Promise<string> {
    const active = await service.activeSheet();
    const own = await env.run(ownSheetNames);
    if (!own.includes(active)) return active;
    const last = env.settings.get(LAST_SHEET_KEY);
    if (typeof last === "string" && last) return last;
    throw new UserMessage(both((l) => t(l, "ribbon/results-sheet-active", { sheet: active })));
  }

  async function checkTarget(): Promise<{ sheet: string; report: SheetReport }> {
    const sheet = await targetSheet();
    const settings = loadSettings(env.settings);
    const report = await service.check(sheet, checkOptionsFor(settings, sheet));
    env.settings.set(LAST_SHEET_KEY, sheet);
    env.settings.saveAsync(() => undefined);
    return { sheet, report };
  }

  return {
    checkActiveSheet: run("ribbon/check", async () => {
      const { sheet, report } = await checkTarget();
      if (report.tables.length === 0) {
        const reason = report.reason;
        throw new UserMessage(
          both((l) => t(l, "ribbon/no-table", { sheet, reason: reason ? render(reason, l) : undefined })),
        );
      }
      await service.applyFlags(sheet, report, lang());
      const findings = report.tables.reduce((n, t) => n + t.findings.length, 0);
      if (findings === 0) {
        const total = report.tables.reduce((n, t) => n + t.summary.computed.indicators.total, 0);
        await say(t(lang(), "ribbon/clean", { sheet, total }), false);
      }
    }),
    writeSummarySheet: run("action/write-summary", async () => {
      const { report } = await checkTarget();
      // A sheet without a table still gets "Tổng hợp", stating why: that is the clear message.
      await service.writeSummarySheet(report, lang());
    }),
    clearFlags: run("action/clear-flags", async () => {
      await service.clearFlagsCount(await targetSheet());
    }),
  };
}
