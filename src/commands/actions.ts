import type { EngineMessage } from "../engine/messages";
import type { Lang, SheetReport } from "../engine/types";
import { render } from "../i18n";
import type { LocalizedText } from "../i18n/localized";
import type { OfficeEnv } from "../adapters/office/env";
import { RequirementsError, unsupportedMessage } from "../adapters/office/requirements";
import { type CheckSheet, OfficeWorkbookService } from "../adapters/office/service";
import { loadSettings, refreshSettings } from "../adapters/office/settings";
import { SUMMARY_SHEET, writeStatusMessage } from "../adapters/office/summary-sheet";
import { checkOptionsFor } from "../taskpane/services";

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

/** Where the last check ran: the ribbon's summary and clear buttons use it when "Tổng hợp" is active. */
export const LAST_SHEET_KEY = "soatChiTieu.lastSheet";

const M = {
  summarySheetActive: {
    vi: `Hãy mở trang tính có bảng chỉ tiêu rồi bấm lại (trang "${SUMMARY_SHEET}" là kết quả, không phải bảng để kiểm tra).`,
    en: `Open the sheet with the target table and click again ("${SUMMARY_SHEET}" holds results, not a table to check).`,
  },
  noTable: (sheet: string, reason?: EngineMessage): LocalizedText => ({
    vi: `Không tìm thấy bảng chỉ tiêu trên trang "${sheet}"${reason ? `: ${render(reason, "vi")}` : "."} Có thể chỉ định cột trong Bảng điều khiển.`,
    en: `No target table found on sheet "${sheet}"${reason ? `: ${render(reason, "en")}` : "."} Columns can be set in the control panel.`,
  }),
  clean: (sheet: string, total: number): LocalizedText => ({
    vi: `Đã kiểm tra trang "${sheet}": ${total} chỉ tiêu, không phát hiện sai sót.`,
    en: `Checked sheet "${sheet}": ${total} targets, no problems found.`,
  }),
  failed: (what: LocalizedText, detail: string): LocalizedText => ({
    vi: `Không thực hiện được lệnh "${what.vi}": ${detail}`,
    en: `The command "${what.en}" failed: ${detail}`,
  }),
  check: { vi: "Kiểm tra bảng", en: "Check table" },
  summary: { vi: "Tạo bảng tổng hợp", en: "Build summary" },
  clear: { vi: "Xóa đánh dấu", en: "Remove flags" },
};

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
    await env.run((context) => writeStatusMessage(context, text, isError));
  }

  function run(name: LocalizedText, work: () => Promise<void>): Command {
    return async (event) => {
      try {
        const tooOld = unsupportedMessage(env);
        if (tooOld) throw new UserMessage(tooOld);
        // The pane runs in another runtime: read what it saved (language, rules, tolerance).
        await refreshSettings(env.settings);
        await work();
      } catch (error) {
        const text = M.failed(name, errorDetail(error, lang()))[lang()];
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

  /** The sheet a command works on: the active one, or the last checked when "Tổng hợp" is active. */
  async function targetSheet(): Promise<string> {
    const active = await service.activeSheet();
    if (active !== SUMMARY_SHEET) return active;
    const last = env.settings.get(LAST_SHEET_KEY);
    if (typeof last === "string" && last) return last;
    throw new UserMessage(M.summarySheetActive);
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
    checkActiveSheet: run(M.check, async () => {
      const { sheet, report } = await checkTarget();
      if (report.tables.length === 0) throw new UserMessage(M.noTable(sheet, report.reason));
      await service.applyFlags(sheet, report, lang());
      const findings = report.tables.reduce((n, t) => n + t.findings.length, 0);
      if (findings === 0) {
        const total = report.tables.reduce((n, t) => n + t.summary.computed.indicators.total, 0);
        await say(M.clean(sheet, total)[lang()], false);
      }
    }),
    writeSummarySheet: run(M.summary, async () => {
      const { report } = await checkTarget();
      // A sheet without a table still gets "Tổng hợp", stating why: that is the clear message.
      await service.writeSummarySheet(report, lang());
    }),
    clearFlags: run(M.clear, async () => {
      await service.clearFlagsCount(await targetSheet());
    }),
  };
}
