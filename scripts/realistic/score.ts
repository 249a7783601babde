/**
 * Scores the engine's JSON contract (`chitieu check --format json`) against a truth file.
 * Findings are compared by rule, cell (or row) and severity only, never by message text.
 * Pure: no file system, so the measuring script and the jest test share it.
 */
import type { FindingSpec, Role, Status, TruthFile, TruthIndicator, TruthTable } from "./truth";

/** The parts of the published JSON contract the scorer reads. */
export interface ContractFindingLike {
  rule: string;
  severity: string;
  row: number;
  cell: string;
  message?: string;
}

export interface ContractSheetLike {
  name: string;
  tableIndex?: number;
  table: {
    headerRows: number[];
    firstRow: number;
    lastRow: number;
    columns: Partial<Record<Role, string>>;
  } | null;
  indicators: Array<{ row: number; code: string; status: string; percent: number | null }>;
  findings: ContractFindingLike[];
}

export interface ContractFileLike {
  file: string;
  sheets: ContractSheetLike[];
}

export type ProblemKind =
  | "table-missing"
  | "table-extra"
  | "table-location"
  | "row-missing"
  | "group-as-indicator"
  | "status-wrong"
  | "percent-wrong"
  | "miss"
  | "false-error"
  | "unexpected-warning"
  | "unexpected-info";

export interface Problem {
  kind: ProblemKind;
  sheet: string;
  detail: string;
  rule?: string;
  cell?: string;
  row?: number;
}

/** A problem's identity, stable across runs and message rewrites: what the baseline records. */
export function problemKey(p: Problem): string {
  const where = p.cell ?? (p.row !== undefined ? `row ${p.row}` : "");
  return [p.sheet, p.kind, p.rule ?? "", where].join("|");
}

export interface WorkbookScore {
  file: string;
  correct: boolean;
  tablesFound: number;
  tablesExpected: number;
  rows: number;
  statusWrong: number;
  percentWrong: number;
  misses: number;
  falseErrors: number;
  unexpectedWarnings: number;
  unexpectedInfo: number;
  problems: Problem[];
}

/** Percents are compared at the contract's 2 decimals. */
const PERCENT_TOLERANCE = 0.011;

const CONTRACT_ROLES: readonly Role[] = [
  "code",
  "name",
  "unit",
  "target",
  "actual",
  "percent",
  "status",
  "note",
];

function overlaps(t: TruthTable, e: NonNullable<ContractSheetLike["table"]>): boolean {
  return e.firstRow <= t.lastRow && t.firstRow <= e.lastRow;
}

/** The engine entry that reads this truth table: same name column, overlapping rows. */
function matchTable(
  t: TruthTable,
  entries: ContractSheetLike[],
  taken: Set<ContractSheetLike>,
): ContractSheetLike | null {
  for (const e of entries) {
    if (taken.has(e) || e.table === null) continue;
    if (e.table.columns.name === t.columns.name && overlaps(t, e.table)) return e;
  }
  return null;
}

/** Roles whose column decides what is compared with what: a table read with another is not found. */
const KEY_ROLES: readonly Role[] = ["name", "target", "actual", "percent", "status"];

function keyColumnsRight(t: TruthTable, e: NonNullable<ContractSheetLike["table"]>): boolean {
  return KEY_ROLES.every((role) => t.columns[role] === e.columns[role]);
}

function locationDiff(t: TruthTable, e: NonNullable<ContractSheetLike["table"]>): string[] {
  const out: string[] = [];
  if (e.headerRows.join(",") !== t.headerRows.join(",")) {
    out.push(`headerRows ${JSON.stringify(e.headerRows)} (expected ${JSON.stringify(t.headerRows)})`);
  }
  if (e.firstRow !== t.firstRow) out.push(`firstRow ${e.firstRow} (expected ${t.firstRow})`);
  if (e.lastRow !== t.lastRow) out.push(`lastRow ${e.lastRow} (expected ${t.lastRow})`);
  for (const role of CONTRACT_ROLES) {
    const want = t.columns[role];
    const got = e.columns[role];
    if (want !== got) out.push(`${role} column ${got ?? "none"} (expected ${want ?? "none"})`);
  }
  return out;
}

function statusOk(want: Status | Status[], got: string): boolean {
  return Array.isArray(want) ? want.includes(got as Status) : want === got;
}

function matches(spec: FindingSpec, f: ContractFindingLike): boolean {
  if (spec.rule !== f.rule || spec.severity !== f.severity) return false;
  if (spec.cell !== undefined) return spec.cell === f.cell;
  if (spec.row !== undefined) return spec.row === f.row;
  return true;
}

function scoreIndicators(
  sheet: string,
  t: TruthTable,
  entry: ContractSheetLike | null,
  score: WorkbookScore,
): void {
  const byRow = new Map<number, ContractSheetLike["indicators"][number]>();
  for (const i of entry?.indicators ?? []) byRow.set(i.row, i);
  for (const r of t.groupRows) {
    const got = byRow.get(r);
    if (got !== undefined) {
      score.problems.push({
        kind: "group-as-indicator",
        sheet,
        row: r,
        detail: `group row ${r} read as indicator "${got.code}"`,
      });
    }
  }
  for (const want of t.indicators) {
    score.rows++;
    const got = byRow.get(want.row);
    if (got === undefined) {
      score.statusWrong++;
      if (typeof want.percent === "number") score.percentWrong++;
      score.problems.push({
        kind: "row-missing",
        sheet,
        row: want.row,
        detail: `row ${want.row} (TT ${want.code} ${want.name}) not read as an indicator`,
      });
      continue;
    }
    if (!statusOk(want.status, got.status)) {
      score.statusWrong++;
      score.problems.push({
        kind: "status-wrong",
        sheet,
        row: want.row,
        detail: `row ${want.row} (TT ${want.code} ${want.name}): status ${got.status}, expected ${describeStatus(want)}`,
      });
    }
    if (want.percent !== undefined && !percentOk(want.percent, got.percent)) {
      score.percentWrong++;
      score.problems.push({
        kind: "percent-wrong",
        sheet,
        row: want.row,
        detail: `row ${want.row} (TT ${want.code} ${want.name}): percent ${got.percent}, expected ${want.percent}`,
      });
    }
  }
}

function describeStatus(want: TruthIndicator): string {
  return Array.isArray(want.status) ? want.status.join(" or ") : want.status;
}

function percentOk(want: number | null, got: number | null): boolean {
  if (want === null || got === null) return want === got;
  return Math.abs(want - got) <= PERCENT_TOLERANCE;
}

function scoreFindings(
  sheet: string,
  tables: TruthTable[],
  entries: ContractSheetLike[],
  score: WorkbookScore,
): void {
  const expected = tables.flatMap((t) => t.expectedFindings);
  const allowed = tables.flatMap((t) => t.allowedFindings);
  const found = entries.flatMap((e) => e.findings);
  for (const spec of expected) {
    if (found.some((f) => matches(spec, f))) continue;
    score.misses++;
    const where = spec.cell ?? (spec.row !== undefined ? `row ${spec.row}` : "anywhere");
    score.problems.push({
      kind: "miss",
      sheet,
      rule: spec.rule,
      cell: spec.cell,
      row: spec.row,
      detail: `${spec.rule} (${spec.severity}) at ${where} not found: ${spec.why ?? ""}`,
    });
  }
  for (const f of found) {
    if (expected.some((s) => matches(s, f)) || allowed.some((s) => matches(s, f))) continue;
    const kind: ProblemKind =
      f.severity === "error"
        ? "false-error"
        : f.severity === "warning"
          ? "unexpected-warning"
          : "unexpected-info";
    if (kind === "false-error") score.falseErrors++;
    else if (kind === "unexpected-warning") score.unexpectedWarnings++;
    else score.unexpectedInfo++;
    score.problems.push({
      kind,
      sheet,
      rule: f.rule,
      cell: f.cell,
      detail: `${f.rule} ${f.severity} at ${f.cell}: ${f.message ?? ""}`,
    });
  }
}

/** Scores one workbook's contract entry against its truth. */
export function scoreWorkbook(truth: TruthFile, result: ContractFileLike | undefined): WorkbookScore {
  const score: WorkbookScore = {
    file: truth.file,
    correct: truth.correct,
    tablesFound: 0,
    tablesExpected: 0,
    rows: 0,
    statusWrong: 0,
    percentWrong: 0,
    misses: 0,
    falseErrors: 0,
    unexpectedWarnings: 0,
    unexpectedInfo: 0,
    problems: [],
  };
  for (const sheet of truth.sheets) {
    const entries = (result?.sheets ?? []).filter((s) => s.name === sheet.name);
    const taken = new Set<ContractSheetLike>();
    for (const t of sheet.tables) {
      score.tablesExpected++;
      const entry = matchTable(t, entries, taken);
      if (entry === null || entry.table === null) {
        score.problems.push({
          kind: "table-missing",
          sheet: sheet.name,
          row: t.headerRows[0],
          detail: `table with header row ${t.headerRows.join(",")} (name ${t.columns.name}, target ${t.columns.target}, rows ${t.firstRow}-${t.lastRow}) not found`,
        });
      } else {
        taken.add(entry);
        const right = keyColumnsRight(t, entry.table);
        if (right) score.tablesFound++;
        const diffs = locationDiff(t, entry.table);
        if (diffs.length > 0) {
          score.problems.push({
            kind: right ? "table-location" : "table-missing",
            sheet: sheet.name,
            row: t.headerRows[0],
            detail: `${right ? "" : "table read with the wrong columns: "}${diffs.join("; ")}`,
          });
        }
      }
      scoreIndicators(sheet.name, t, entry, score);
    }
    for (const e of entries) {
      if (e.table !== null && !taken.has(e)) {
        score.problems.push({
          kind: "table-extra",
          sheet: sheet.name,
          row: e.table.headerRows[0],
          detail: `extra table: header rows ${e.table.headerRows.join(",")}, rows ${e.table.firstRow}-${e.table.lastRow}, columns ${JSON.stringify(e.table.columns)}`,
        });
      }
    }
    scoreFindings(sheet.name, sheet.tables, entries, score);
  }
  return score;
}

export interface Totals {
  files: number;
  tablesFound: number;
  tablesExpected: number;
  rows: number;
  statusWrong: number;
  percentWrong: number;
  misses: number;
  falseErrors: number;
  unexpectedWarnings: number;
}

export function totals(scores: readonly WorkbookScore[]): Totals {
  const t: Totals = {
    files: scores.length,
    tablesFound: 0,
    tablesExpected: 0,
    rows: 0,
    statusWrong: 0,
    percentWrong: 0,
    misses: 0,
    falseErrors: 0,
    unexpectedWarnings: 0,
  };
  for (const s of scores) {
    t.tablesFound += s.tablesFound;
    t.tablesExpected += s.tablesExpected;
    t.rows += s.rows;
    t.statusWrong += s.statusWrong;
    t.percentWrong += s.percentWrong;
    t.misses += s.misses;
    t.falseErrors += s.falseErrors;
    t.unexpectedWarnings += s.unexpectedWarnings;
  }
  return t;
}

export function workbookLine(s: WorkbookScore): string {
  return (
    `${s.file} ${s.correct ? "correct" : "faulty"} tables=${s.tablesFound}/${s.tablesExpected} rows=${s.rows} ` +
    `status_wrong=${s.statusWrong} percent_wrong=${s.percentWrong} misses=${s.misses} ` +
    `false_errors=${s.falseErrors} unexpected_warnings=${s.unexpectedWarnings}`
  );
}

export function totalLine(t: Totals): string {
  return (
    `realistic files=${t.files} tables=${t.tablesFound}/${t.tablesExpected} rows=${t.rows} ` +
    `status_wrong=${t.statusWrong} percent_wrong=${t.percentWrong} misses=${t.misses} ` +
    `false_errors=${t.falseErrors} unexpected_warnings=${t.unexpectedWarnings}`
  );
}
