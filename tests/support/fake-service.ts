import type { CheckOptions, Lang, SheetReport } from "../../src/engine/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/app/settings";
import type { WorkbookService } from "../../src/app/workbook-service";

type CheckFn = (sheet: string, options: CheckOptions) => SheetReport | Promise<SheetReport>;

export interface FakeServiceOptions {
  sheets?: string[];
  active?: string;
  /** What `check` answers: a fixed report per sheet or a function of the options. */
  check: CheckFn;
  settings?: Partial<Settings>;
  /** Include the optional operations (flags, summary sheet, fill, download). */
  actions?: boolean;
  /** Number of empty cells `fillEmptyCells` reports as filled. */
  filled?: number;
}

/**
 * An in-memory WorkbookService for task pane tests: records every call so tests can
 * assert what the pane asked for, and can hold `check` open to observe the progress state.
 */
export class FakeWorkbookService implements WorkbookService {
  readonly label = "Sổ tính thử";
  readonly checkCalls: Array<{ sheet: string; options: CheckOptions }> = [];
  readonly selectCalls: Array<{ sheet: string; address: string }> = [];
  readonly savedSettings: Settings[] = [];
  readonly actionCalls: Array<{ name: string; args: unknown[] }> = [];
  settings: Settings;
  private readonly options: FakeServiceOptions;
  private gate: { promise: Promise<void>; release: () => void } | null = null;

  applyFlags?: WorkbookService["applyFlags"];
  applyClaimFlags?: WorkbookService["applyClaimFlags"];
  clearFlags?: WorkbookService["clearFlags"];
  writeSummarySheet?: WorkbookService["writeSummarySheet"];
  fillEmptyCells?: WorkbookService["fillEmptyCells"];
  downloadAnnotated?: WorkbookService["downloadAnnotated"];

  constructor(options: FakeServiceOptions) {
    this.options = options;
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    if (options.actions) {
      this.applyFlags = async (sheet: string, report: SheetReport, lang: Lang) => {
        this.actionCalls.push({ name: "applyFlags", args: [sheet, report, lang] });
      };
      this.applyClaimFlags = async (sheets, flags) => {
        this.actionCalls.push({ name: "applyClaimFlags", args: [sheets, flags] });
        return "sheet" as const;
      };
      this.clearFlags = async (sheet: string) => {
        this.actionCalls.push({ name: "clearFlags", args: [sheet] });
      };
      this.writeSummarySheet = async (report: SheetReport, lang: Lang) => {
        this.actionCalls.push({ name: "writeSummarySheet", args: [report, lang] });
      };
      this.fillEmptyCells = async (sheet: string, report: SheetReport) => {
        this.actionCalls.push({ name: "fillEmptyCells", args: [sheet, report] });
        return options.filled ?? 0;
      };
      this.downloadAnnotated = async (reports: SheetReport[], lang: Lang) => {
        this.actionCalls.push({ name: "downloadAnnotated", args: [reports, lang] });
        const findings = reports.reduce((n, r) => n + r.tables.reduce((m, t) => m + t.findings.length, 0), 0);
        return { fileName: "bieu (đã kiểm tra).xlsx", sheets: reports.length, findings };
      };
    }
  }

  /** Make the next `check` calls wait until `release()` is called. */
  holdChecks(): () => void {
    let release = () => undefined as void;
    const promise = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.gate = { promise, release };
    return () => {
      this.gate = null;
      release();
    };
  }

  async listSheets(): Promise<string[]> {
    return [...(this.options.sheets ?? ["Biểu 01"])];
  }

  async activeSheet(): Promise<string> {
    return this.options.active ?? (this.options.sheets ?? ["Biểu 01"])[0];
  }

  async check(sheet: string, options: CheckOptions): Promise<SheetReport> {
    this.checkCalls.push({ sheet, options });
    options.onProgress?.(0.5);
    if (this.gate) await this.gate.promise;
    return this.options.check(sheet, options);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.selectCalls.push({ sheet, address });
  }

  async loadSettings(): Promise<Settings> {
    return structuredCloneSettings(this.settings);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = structuredCloneSettings(settings);
    this.savedSettings.push(this.settings);
  }

  lastCheck(): { sheet: string; options: CheckOptions } {
    const last = this.checkCalls[this.checkCalls.length - 1];
    if (!last) throw new Error("check was never called");
    return last;
  }
}

function structuredCloneSettings(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}

/** A `check` that runs the real engine on in-memory grids, one per sheet name. */
export function engineCheck(grids: Record<string, import("../../src/engine/grid").Grid>): CheckFn {
  return async (sheet, options) => {
    const { checkSheet } = await import("../../src/engine/index");
    const grid = grids[sheet];
    if (!grid) throw new Error(`Không có trang tính “${sheet}”`);
    return checkSheet(grid, options);
  };
}
