/**
 * Writes one fixture workbook from its spec and derives its truth file from the spec's own
 * numbers by the domain guide's arithmetic (never from the engine): percent of target is
 * actual/target×100 (target/actual×100 when lower is better); a row's status is checked
 * against the numbers so that a typo in a spec cannot slip into the truth.
 */
import ExcelJS from "exceljs";
import type {
  FindingSpec,
  Role,
  Severity,
  Status,
  TruthFile,
  TruthIndicator,
  TruthSheet,
  TruthTable,
} from "./truth";

export type V = ExcelJS.CellValue;

export interface Labels {
  exceeded: string;
  achieved: string;
  missed: string;
}

export const LABELS: Labels = { exceeded: "Vượt", achieved: "Đạt", missed: "Không đạt" };

export interface ColumnSpec {
  /** A contract role, or "extra" for columns the contract has no role for. */
  role: Role | "extra";
  header: string;
  width?: number;
  /** For extra columns: the key of the value in a row's `extra`. */
  key?: string;
}

export interface Fault {
  rule: string;
  severity: Severity;
  /** The cell's column role; "row" pins the finding to the row only. */
  at: Role | "row";
  why: string;
}

export interface GroupRow {
  /** The group's title; "" makes a blank row inside the table. */
  group: string;
  tt?: V;
  /** Merge the title across the whole table width (from the TT column when `tt` is blank). */
  across?: boolean;
  hidden?: boolean;
  /** A planted wrong "(N chỉ tiêu)" in the title: count-mismatch expected at the title cell. */
  fault?: string;
}

export interface IndicatorRow {
  /** TT cell as typed; undefined leaves it blank (sub-row). */
  tt?: V;
  /** The TT the row belongs to, for the truth. */
  code: string;
  name: string;
  unit?: string;
  target?: V;
  actual?: V;
  /** "auto": the clerk's rounding of the true percent; "none": left blank. Default auto. */
  percent?: V | "auto" | "none";
  /** "auto": the label that follows from the status; "none": blank. Default auto. */
  label?: V | "auto" | "none";
  /** Numeric target level / actual when the cells hold words ("Dưới 3%", "8 200"). */
  T?: number;
  A?: number;
  status: Status | Status[];
  lower?: boolean;
  /** Expected percent override (null: not defined); `skipPercent` leaves it unjudged. */
  pct?: number | null;
  skipPercent?: boolean;
  hidden?: boolean;
  /** Merge the TT cell down over this many rows (the row itself included). */
  mergeTT?: number;
  /** Number formats of the target and actual cells ("0%": the cell holds 0,95 and shows 95%). */
  numFmt?: { target?: string; actual?: string };
  extra?: Record<string, V>;
  faults?: Fault[];
  allow?: Fault[];
  note?: string;
  /** Not an indicator the truth judges (a heading TT row carrying no values). */
  heading?: boolean;
}

export type RowSpec = GroupRow | IndicatorRow;

export interface TableSpec {
  /** First column, 1-based. */
  col?: number;
  title?: string[];
  columns: ColumnSpec[];
  /** Two-row header: parents over column index ranges (0-based, inclusive). */
  parents?: Array<{ first: number; last: number; text: string }>;
  /** Column-number row under the header. */
  numberRow?: string[];
  /** Numbers as numbers, or typed as text in the Vietnamese or the English convention. */
  numbers: "number" | "vn-text" | "en-text";
  /** "formula": =ROUND(actual/target*100,1) with its cached result, as Excel saves it. */
  percentStyle: "number" | "vn-text" | "en-text" | "pct-text" | "formula";
  labels?: Labels;
  rows: RowSpec[];
  /** Statements right under the table (`gap` blank rows first). */
  statements?: Array<{ text: string; fault?: string }>;
  statementGap?: number;
  notes?: string[];
  /** Cell-less allowed findings (e.g. text-number for a table typed as text). */
  allow?: FindingSpec[];
}

export interface SheetSpec {
  name: string;
  top?: string[];
  tables: TableSpec[];
  /** "stack": one under the other (default); "side": side by side from the same row. */
  layout?: "stack" | "side";
  footer?: boolean;
  notes?: string[];
  /** Free rows (row number → cells) for sheets that are not tables. */
  freeRows?: Array<{ row: number; cells: V[] }>;
}

export interface WorkbookSpec {
  file: string;
  correct: boolean;
  description: string;
  sheets: SheetSpec[];
  notes?: string[];
}

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

export function colLetter(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Vietnamese display of a number: "." groups thousands, "," is the decimal mark. */
export function vn(n: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(n) : n.toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac && !/^0+$/.test(frac) ? `${grouped},${frac}` : grouped;
}

/** The number a clerk's cell means, when it is a plain number (Vietnamese convention). */
export function plainNumber(v: V | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return undefined;
  const s = v.replace(/[\s\u00a0]/g, "").replace(/%$/, "");
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+(,\d+)?$/.test(s)) {
    return Number(s.replace(/\./g, "").replace(",", "."));
  }
  return undefined;
}

function isGroup(r: RowSpec): r is GroupRow {
  return "group" in r;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The true percent of target by the guide (§6), or undefined when not a plain comparison. */
function truePercent(r: IndicatorRow): number | undefined {
  const t = r.T ?? plainNumber(r.target);
  const a = r.A ?? plainNumber(r.actual);
  if (t === undefined || a === undefined || t === 0) return undefined;
  if (r.lower) return a === 0 ? undefined : (t / a) * 100;
  return (a / t) * 100;
}

function statusFromNumbers(r: IndicatorRow): Status | undefined {
  const t = r.T ?? plainNumber(r.target);
  const a = r.A ?? plainNumber(r.actual);
  if (t === undefined || a === undefined) return undefined;
  const better = r.lower ? t - a : a - t;
  if (Math.abs(better) < 1e-9) return "achieved";
  return better > 0 ? "exceeded" : "missed";
}

/** The clerk's rounding: one decimal, ",0" dropped. */
function clerkPercent(p: number): number {
  return Math.round(p * 10) / 10;
}

/** English display: "," groups thousands, "." is the decimal mark. */
export function en(n: number): string {
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

function styledNumber(v: V | undefined, style: TableSpec["numbers"]): V {
  if (v === undefined) return null;
  if (typeof v === "number" && style === "vn-text") return vn(v);
  if (typeof v === "number" && style === "en-text") return en(v);
  return v;
}

function styledPercent(p: number, style: TableSpec["percentStyle"], target: string, actual: string): V {
  if (style === "number") return p;
  if (style === "vn-text") return vn(p);
  if (style === "en-text") return en(p);
  if (style === "formula") return { formula: `ROUND(${actual}/${target}*100,1)`, result: p };
  return `${vn(p)}%`;
}

interface Placed {
  truth: TruthTable;
  nextRow: number;
}

function setCell(ws: ExcelJS.Worksheet, row: number, col: number, value: V, bold = false): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.font = { name: FONT, size: 12, bold };
  cell.alignment = { vertical: "middle", wrapText: true };
  return cell;
}

function findingAt(
  f: Fault,
  row: number,
  letters: Partial<Record<Role, string>>,
  extraWhy?: string,
): FindingSpec {
  const base = { rule: f.rule, severity: f.severity, why: extraWhy ?? f.why };
  if (f.at === "row") return { ...base, row };
  const letter = letters[f.at];
  if (letter === undefined) throw new Error(`fault ${f.rule} at ${f.at}: the table has no such column`);
  return { ...base, cell: `${letter}${row}` };
}

/** Writes one table from `startRow`; returns its truth and the first row after it. */
function placeTable(ws: ExcelJS.Worksheet, spec: TableSpec, startRow: number): Placed {
  const c0 = spec.col ?? 1;
  const width = spec.columns.length;
  const lastCol = c0 + width - 1;
  const letters: Partial<Record<Role, string>> = {};
  const colOf: Partial<Record<string, number>> = {};
  spec.columns.forEach((c, i) => {
    const key = c.role === "extra" ? `extra:${c.key}` : c.role;
    colOf[key] = c0 + i;
    if (c.role !== "extra") letters[c.role] = colLetter(c0 + i);
    if (c.width !== undefined) ws.getColumn(c0 + i).width = c.width;
  });
  let r = startRow;
  for (const line of spec.title ?? []) {
    setCell(ws, r, c0, line, true).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.mergeCells(r, c0, r, lastCol);
    r++;
  }

  const headerRows: number[] = [];
  if (spec.parents) {
    const under = new Set<number>();
    for (const p of spec.parents) for (let i = p.first; i <= p.last; i++) under.add(i);
    spec.columns.forEach((c, i) => {
      if (under.has(i)) {
        setCell(ws, r + 1, c0 + i, c.header, true);
      } else {
        setCell(ws, r, c0 + i, c.header, true);
        ws.mergeCells(r, c0 + i, r + 1, c0 + i);
      }
    });
    for (const p of spec.parents) {
      setCell(ws, r, c0 + p.first, p.text, true);
      if (p.last > p.first) ws.mergeCells(r, c0 + p.first, r, c0 + p.last);
    }
    headerRows.push(r, r + 1);
    r += 2;
  } else {
    spec.columns.forEach((c, i) => setCell(ws, r, c0 + i, c.header, true));
    headerRows.push(r);
    r++;
  }
  for (let hr = headerRows[0]; hr < r; hr++) {
    for (let i = 0; i < width; i++) {
      const cell = ws.getCell(hr, c0 + i);
      cell.border = THIN;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  if (spec.numberRow) {
    spec.numberRow.forEach((t, i) => {
      const cell = setCell(ws, r, c0 + i, t);
      cell.font = { name: FONT, size: 11, italic: true };
      cell.border = THIN;
      cell.alignment = { horizontal: "center" };
    });
    r++;
  }

  const firstRow = r;
  const labels = spec.labels ?? LABELS;
  const indicators: TruthIndicator[] = [];
  const expected: FindingSpec[] = [];
  const allowed: FindingSpec[] = [...(spec.allow ?? [])];
  const groupRows: number[] = [];
  const headingRows: number[] = [];

  for (const row of spec.rows) {
    if (isGroup(row)) {
      if (row.tt !== undefined) setCell(ws, r, colOf.code ?? c0, row.tt, true);
      const from = row.tt === undefined && row.across ? c0 : (colOf.name ?? c0 + 1);
      // An empty title is a blank row inside the table.
      if (row.group !== "") setCell(ws, r, from, row.group, true);
      if (row.across) ws.mergeCells(r, from, r, lastCol);
      if (row.hidden) ws.getRow(r).hidden = true;
      groupRows.push(r);
      if (row.fault) {
        expected.push({
          rule: "count-mismatch",
          severity: "error",
          cell: `${colLetter(from)}${r}`,
          why: row.fault,
        });
      }
    } else {
      writeIndicator(ws, spec, row, r, colOf, labels);
      allowed.push(...textAllowances(ws, spec, r, c0));
      if (row.heading) headingRows.push(r);
      else {
        indicators.push(truthIndicator(row, r));
        for (const f of row.faults ?? []) expected.push(findingAt(f, r, letters));
        for (const f of row.allow ?? []) allowed.push(findingAt(f, r, letters));
      }
    }
    for (let i = 0; i < width; i++) ws.getCell(r, c0 + i).border = THIN;
    r++;
  }
  const lastRow = r - 1;

  r += spec.statementGap ?? 0;
  for (const s of spec.statements ?? []) {
    setCell(ws, r, c0, s.text).font = { name: FONT, size: 12, italic: true };
    ws.mergeCells(r, c0, r, lastCol);
    if (s.fault)
      expected.push({
        rule: "count-mismatch",
        severity: "error",
        cell: `${colLetter(c0)}${r}`,
        why: s.fault,
      });
    r++;
  }

  const truth: TruthTable = {
    headerRows,
    firstRow,
    lastRow,
    columns: letters,
    indicators,
    groupRows,
    headingRows,
    expectedFindings: expected,
    allowedFindings: allowed,
  };
  if (spec.notes) truth.notes = spec.notes;
  return { truth, nextRow: r };
}

const DIGIT = /\d/;
/** "1.150", "80.000 trở lên": dots only, read 1150 by the Vietnamese convention, 1.15 by the English one. */
const DOTS_ONLY = /(^|[^\d,.])\d{1,3}(\.\d{3})+(?![\d,])/;
/** "3,150": 3150 in the English convention, 3,15 in the Vietnamese one. */
const COMMAS_ONLY = /(^|[^\d,.])\d{1,3}(,\d{3})+(?![\d.])/;

/**
 * Findings the guide sanctions on any value cell typed as text (§3): an info note that a
 * number is typed as text, and, for a dots-only number such as "1.150", a warning that the
 * reading depends on the sheet's convention ("say so in a finding when the choice changes an
 * outcome").
 */
function textAllowances(ws: ExcelJS.Worksheet, spec: TableSpec, r: number, c0: number): FindingSpec[] {
  const out: FindingSpec[] = [];
  spec.columns.forEach((c, i) => {
    if (
      c.role === "code" ||
      c.role === "name" ||
      c.role === "unit" ||
      c.role === "status" ||
      c.role === "note"
    )
      return;
    const cell = ws.getCell(r, c0 + i);
    const value = cell.value;
    if (typeof value !== "string" || !DIGIT.test(value)) return;
    const address = `${colLetter(c0 + i)}${r}`;
    out.push({
      rule: "text-number",
      severity: "info",
      cell: address,
      why: "a number typed as text (guide §3)",
    });
    if (DOTS_ONLY.test(value) || COMMAS_ONLY.test(value)) {
      out.push({
        rule: "ambiguous-number",
        severity: "warning",
        cell: address,
        why: "a dots-only number: 1.150 or 1,15 depending on the convention (guide §3)",
      });
    }
  });
  return out;
}

function writeIndicator(
  ws: ExcelJS.Worksheet,
  spec: TableSpec,
  row: IndicatorRow,
  r: number,
  colOf: Partial<Record<string, number>>,
  labels: Labels,
): void {
  const put = (key: string, value: V) => {
    const col = colOf[key];
    if (col !== undefined && value !== null && value !== undefined && value !== "")
      setCell(ws, r, col, atRow(value, r));
  };
  if (row.tt !== undefined) put("code", row.tt);
  if (row.mergeTT && row.mergeTT > 1 && colOf.code !== undefined) {
    ws.mergeCells(r, colOf.code, r + row.mergeTT - 1, colOf.code);
  }
  put("name", row.name);
  put("unit", row.unit ?? null);
  put("target", styledNumber(row.target, spec.numbers));
  put("actual", styledNumber(row.actual, spec.numbers));
  for (const key of ["target", "actual"] as const) {
    const fmt = row.numFmt?.[key];
    const col = colOf[key];
    if (fmt !== undefined && col !== undefined) ws.getCell(r, col).numFmt = fmt;
  }
  for (const [key, value] of Object.entries(row.extra ?? {}))
    put(`extra:${key}`, styledNumber(value, spec.numbers));

  const percent = row.percent ?? (row.heading ? "none" : "auto");
  if (percent === "auto") {
    const p = truePercent(row);
    const letter = (key: string) => `${colLetter(colOf[key] ?? 1)}${r}`;
    if (p !== undefined) {
      put("percent", styledPercent(clerkPercent(p), spec.percentStyle, letter("target"), letter("actual")));
    }
  } else if (percent !== "none") {
    put("percent", percent);
  }
  const label = row.label ?? (row.heading ? "none" : "auto");
  if (label === "auto") {
    const st = Array.isArray(row.status) ? undefined : row.status;
    if (st !== undefined && st !== "unassessed") put("status", labels[st]);
  } else if (label !== "none") {
    put("status", label);
  }
  if (row.hidden) ws.getRow(r).hidden = true;
}

/** Formulas are written with "{r}" for their own row: "E{r}/D{r}" in row 27 is "E27/D27". */
function atRow(value: V, r: number): V {
  if (
    typeof value === "object" &&
    value !== null &&
    "formula" in value &&
    typeof value.formula === "string"
  ) {
    return { ...value, formula: value.formula.replace(/\{r\}/g, String(r)) } as V;
  }
  return value;
}

function truthIndicator(row: IndicatorRow, r: number): TruthIndicator {
  const computed = statusFromNumbers(row);
  if (
    !Array.isArray(row.status) &&
    row.status !== "unassessed" &&
    computed !== undefined &&
    computed !== row.status
  ) {
    throw new Error(`row ${r} (${row.name}): spec says ${row.status}, the numbers say ${computed}`);
  }
  const out: TruthIndicator = { row: r, code: row.code, name: row.name, status: row.status };
  if (row.pct !== undefined) out.percent = row.pct;
  else if (!row.skipPercent) {
    const p = truePercent(row);
    if (p !== undefined) out.percent = round2(p);
  }
  out.polarity = row.lower ? "lower" : "higher";
  if (row.note) out.note = row.note;
  return out;
}

function placeFooter(ws: ExcelJS.Worksheet, row: number, lastCol: number): void {
  setCell(ws, row, 2, "NGƯỜI LẬP BIỂU", true);
  setCell(ws, row, Math.max(4, lastCol - 2), "T/M ĐẢNG ỦY", true);
  setCell(ws, row + 1, Math.max(4, lastCol - 2), "BÍ THƯ", true);
}

export function buildWorkbook(spec: WorkbookSpec): { workbook: ExcelJS.Workbook; truth: TruthFile } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn phòng Đảng ủy xã";
  const sheets: TruthSheet[] = [];
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = 42;
    let row = 1;
    const width = Math.max(7, ...s.tables.map((t) => (t.col ?? 1) + t.columns.length - 1));
    for (const line of s.top ?? []) {
      setCell(ws, row, 1, line, true).alignment = { horizontal: "center", wrapText: true };
      ws.mergeCells(row, 1, row, width);
      row++;
    }
    const tables: TruthTable[] = [];
    if (s.layout === "side") {
      let next = row;
      for (const t of s.tables) {
        const placed = placeTable(ws, t, row);
        tables.push(placed.truth);
        next = Math.max(next, placed.nextRow);
      }
      row = next;
    } else {
      s.tables.forEach((t, i) => {
        if (i > 0) row += 2;
        const placed = placeTable(ws, t, row);
        tables.push(placed.truth);
        row = placed.nextRow;
      });
    }
    for (const free of s.freeRows ?? []) free.cells.forEach((v, i) => setCell(ws, free.row, i + 1, v));
    if (s.footer !== false && s.tables.length > 0) placeFooter(ws, row + 1, width);
    const sheet: TruthSheet = { name: s.name, tables };
    if (s.notes) sheet.notes = s.notes;
    sheets.push(sheet);
  }
  const truth: TruthFile = { file: spec.file, correct: spec.correct, description: spec.description, sheets };
  if (spec.notes) truth.notes = spec.notes;
  if (
    spec.correct &&
    sheets.some((s) => s.tables.some((t) => t.expectedFindings.some((f) => f.severity === "error")))
  ) {
    throw new Error(`${spec.file} is marked correct but expects an error`);
  }
  return { workbook: wb, truth };
}
