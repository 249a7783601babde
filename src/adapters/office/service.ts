import type { Grid } from "../../engine/grid";
import type { CheckOptions, Lang, SheetReport } from "../../engine/types";
import type { ClaimFlag } from "../../app/claims-layout";
import type { Settings } from "../../app/settings";
import type { TargetTableRow } from "../../app/target-table-layout";
import type { ClaimFlagsPlace, FlagsCleared, WorkbookService } from "../../app/workbook-service";
import { localAddress } from "./address";
import type { OfficeEnv } from "./env";
import { fillEmptyCells } from "./fill-empty";
import {
  applyClaimFlagsToSheet,
  applyFlagsToSheet,
  clearFlagsByName,
  clearFlagsByNameWithResult,
} from "./flags";
import { readSheetGrid } from "./read";
import { type Features, detectFeatures, ensureSupported } from "./requirements";
import { loadSettings, saveSettings } from "./settings";
import { ownSheetNames, writeSummarySheet } from "./summary-sheet";
import { writeTargetTable } from "./target-table";

/** The engine's entry point (`checkSheet` from src/engine), passed in to keep this module light. */
export type CheckSheet = (grid: Grid, options?: CheckOptions) => SheetReport;

/** The workbook open in Excel, for the task pane and the ribbon commands. */
export class OfficeWorkbookService implements WorkbookService {
  readonly label = "Excel";

  constructor(
    private readonly env: OfficeEnv,
    private readonly checkSheet: CheckSheet,
  ) {}

  /** Throws a plain message on an Excel older than the minimum, before touching anything. */
  private features(): Features {
    ensureSupported(this.env);
    return detectFeatures(this.env);
  }

  async listSheets(): Promise<string[]> {
    this.features();
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const visible = sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
      const own = await ownSheetNames(context);
      return visible.filter((name) => !own.includes(name));
    });
  }

  async activeSheet(): Promise<string> {
    this.features();
    return this.env.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  /** Reads the sheet (a few syncs whatever its size) and runs the engine on it. */
  async readGrid(sheet?: string): Promise<Grid> {
    const features = this.features();
    return this.env.run((context) => readSheetGrid(context, features, sheet));
  }

  async check(sheet: string, options: CheckOptions): Promise<SheetReport> {
    const grid = await this.readGrid(sheet);
    options.onProgress?.(0.2);
    const report = this.checkSheet(grid, options);
    options.onProgress?.(1);
    return report;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.features();
    await this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(localAddress(address)).select();
      await context.sync();
    });
  }

  async loadSettings(): Promise<Settings> {
    return loadSettings(this.env.settings);
  }

  async saveSettings(settings: Settings): Promise<void> {
    await saveSettings(this.env.settings, settings);
  }

  async applyFlags(sheet: string, report: SheetReport, lang: Lang): Promise<void> {
    const features = this.features();
    await this.env.run((context) => applyFlagsToSheet(context, features, sheet, report, lang));
  }

  async applyClaimFlags(sheets: readonly string[], flags: readonly ClaimFlag[]): Promise<ClaimFlagsPlace> {
    const features = this.features();
    await this.env.run(async (context) => {
      for (const sheet of sheets) {
        const own = flags.filter((flag) => flag.sheet === sheet);
        await applyClaimFlagsToSheet(context, features, sheet, own);
      }
    });
    return "sheet";
  }

  /** Clears the flags and names the cells whose fill could not be written back exactly. */
  async clearFlags(sheet: string): Promise<FlagsCleared> {
    const features = this.features();
    return this.env.run((context) => clearFlagsByNameWithResult(context, features, sheet));
  }

  /** Clears the flags and says on how many cells. */
  async clearFlagsCount(sheet?: string): Promise<number> {
    const features = this.features();
    return this.env.run((context) => clearFlagsByName(context, features, sheet));
  }

  async writeSummarySheet(report: SheetReport, lang: Lang): Promise<void> {
    this.features();
    await this.env.run((context) => writeSummarySheet(context, report, lang));
  }

  async fillEmptyCells(sheet: string, report: SheetReport): Promise<number> {
    this.features();
    return this.env.run((context) => fillEmptyCells(context, sheet, report));
  }

  async writeTargetTable(rows: readonly TargetTableRow[], lang: Lang): Promise<{ sheet: string }> {
    this.features();
    return { sheet: await this.env.run((context) => writeTargetTable(context, rows, lang)) };
  }
}
