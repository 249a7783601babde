/**
 * The JSON contract of `chitieu check --format json` (documented in the README; other tools
 * depend on it, so it changes only by adding fields). One entry per sheet; a sheet holding
 * several tables appears once per table, each entry with the same "name" and a "tableIndex".
 */
import { columnLetter } from "../grid";
import { contractTarget, type ContractTarget } from "../parse/targets/contract";
import { emptyCounts } from "../evaluate/tally";
import type { NarrativeReport } from "../claims/types";
import type { EngineMessage } from "../messages";
import { toDocumentJson, type ContractDocument } from "./document-json";
import type {
  ColumnRole,
  Counts,
  EvaluatedIndicator,
  Polarity,
  SheetReport,
  Severity,
  Status,
  TableReport,
} from "../types";

export interface ContractCounts {
  total: number;
  exceeded: number;
  achieved: number;
  missed: number;
  unassessed: number;
}

export interface ContractSummary {
  computed: { rows: ContractCounts; indicators: ContractCounts };
  reported: { rows: ContractCounts; indicators: ContractCounts };
}

export interface ContractIndicator {
  row: number;
  code: string;
  group: string | null;
  name: string;
  unit: string;
  target: ContractTarget;
  actual: { text: string; value: number | null };
  polarity: Polarity;
  percent: number | null;
  status: Status;
  reported: { percent: number | null; status: Exclude<Status, "unassessed"> | null };
}

export interface ContractFinding {
  rule: string;
  severity: Severity;
  row: number;
  cell: string;
  message: string;
}

export interface ContractTable {
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<ColumnRole, string>>;
  /** Present only when several columns named one role: which was taken, and why. */
  columnChoices?: ContractColumnChoice[];
}

export interface ContractColumnChoice {
  role: ColumnRole;
  column: string;
  rejected: string[];
  by: "header" | "data" | "position";
  reason: string;
}

export interface ContractSheet {
  name: string;
  /** 0-based index of the table on its sheet; present only when the sheet holds several. */
  tableIndex?: number;
  table: ContractTable | null;
  /** Why no table was found (only with "table": null). */
  reason?: string;
  indicators: ContractIndicator[];
  findings: ContractFinding[];
  summary: ContractSummary;
}

export interface ContractFile {
  file: string;
  /** A workbook's sheets, or a .docx's Word tables (one entry per table). */
  sheets: ContractSheet[];
  /** A report's (.docx, .pdf, .txt) narrative check; absent for a workbook. */
  document?: ContractDocument;
}

export interface ContractJson {
  files: ContractFile[];
}

function round2(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100;
}

function counts(c: Counts): ContractCounts {
  return {
    total: c.total,
    exceeded: c.exceeded,
    achieved: c.achieved,
    missed: c.missed,
    unassessed: c.unassessed,
  };
}

function indicatorJson(ind: EvaluatedIndicator): ContractIndicator {
  const target = contractTarget(ind.target);
  return {
    row: ind.row,
    code: ind.code,
    group: ind.group,
    name: ind.name,
    unit: ind.unit,
    target,
    actual: { text: ind.actual.text, value: ind.actual.value },
    polarity: ind.polarity.polarity,
    percent: round2(ind.percent),
    status: ind.status,
    reported: { percent: round2(ind.reported.percent), status: ind.reported.status?.status ?? null },
  };
}

function tableJson(report: TableReport, renderMessage: RenderMessage): ContractTable {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const [role, index] of Object.entries(report.table.columns) as Array<
    [ColumnRole, number | undefined]
  >) {
    if (index !== undefined) columns[role] = columnLetter(index);
  }
  const table: ContractTable = {
    headerRows: [...report.table.headerRows],
    firstRow: report.table.firstRow,
    lastRow: report.table.lastRow,
    columns,
  };
  const choices = report.table.columnChoices;
  if (choices && choices.length > 0) {
    table.columnChoices = choices.map((c) => ({
      role: c.role,
      column: columnLetter(c.column),
      rejected: c.rejected.map(columnLetter),
      by: c.by,
      reason: renderMessage(c.reason),
    }));
  }
  return table;
}

function zeroSummary(): ContractSummary {
  return {
    computed: { rows: emptyCounts(), indicators: emptyCounts() },
    reported: { rows: emptyCounts(), indicators: emptyCounts() },
  };
}

/** Words for a message in the report's language: the caller's catalog, e.g. `(m) => render(m, "vi")`. */
export type RenderMessage = (message: EngineMessage) => string;

function sheetJson(sheet: SheetReport, renderMessage: RenderMessage): ContractSheet[] {
  if (sheet.tables.length === 0) {
    return [
      {
        name: sheet.name,
        table: null,
        reason: sheet.reason ? renderMessage(sheet.reason) : "",
        indicators: [],
        findings: [],
        summary: zeroSummary(),
      },
    ];
  }
  const several = sheet.tables.length > 1;
  return sheet.tables.map((report, index) => {
    const summary = report.summary;
    return {
      name: sheet.name,
      ...(several ? { tableIndex: index } : {}),
      table: tableJson(report, renderMessage),
      indicators: report.indicators.map(indicatorJson),
      findings: report.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        row: f.row,
        cell: f.cell,
        message: renderMessage(f.message),
      })),
      summary: {
        computed: { rows: counts(summary.computed.rows), indicators: counts(summary.computed.indicators) },
        reported: { rows: counts(summary.reported.rows), indicators: counts(summary.reported.indicators) },
      },
    };
  });
}

/** The reports of several files in the JSON contract, each message rendered by `renderMessage`. */
export function toContractJson(
  files: Array<{ file: string; sheets: SheetReport[]; narrative?: NarrativeReport }>,
  renderMessage: RenderMessage,
): ContractJson {
  return {
    files: files.map(({ file, sheets, narrative }) => ({
      file,
      sheets: sheets.flatMap((s) => sheetJson(s, renderMessage)),
      ...(narrative ? { document: toDocumentJson(narrative, renderMessage) } : {}),
    })),
  };
}
