/**
 * Political-report prose as pdftotext or copy-paste gives it (guide §8): result claims written
 * from a fixture table's rows, hard-wrapped lines with a blank line between them, page numbers,
 * footnote numbers glued to the word before them and the footnotes at the foot of the page.
 * Each claim is judged against the table by the guide's arithmetic, which gives its truth.
 */
import { buildWorkbook, plainNumber, vn, type IndicatorRow, type WorkbookSpec } from "./build";
import { tally, type Tally } from "./rows";
import type { Status } from "./truth";

/** One row of a fixture table as the table states it. */
export interface TableRow {
  sheet: string;
  row: number;
  code: string;
  name: string;
  target?: number;
  actual?: number;
  lower: boolean;
  status: Status;
  /** Percent of target, unrounded. */
  percent?: number;
}

/** The rows of one table of a fixture workbook, with their sheet rows. */
export function tableRows(spec: WorkbookSpec, sheetName: string, tableIndex = 0): TableRow[] {
  const { truth } = buildWorkbook(spec);
  const sheetSpec = spec.sheets.find((s) => s.name === sheetName);
  const sheetTruth = truth.sheets.find((s) => s.name === sheetName);
  if (!sheetSpec || !sheetTruth) throw new Error(`${spec.file} has no sheet ${sheetName}`);
  const rows = sheetSpec.tables[tableIndex].rows.filter(
    (r): r is IndicatorRow => !("group" in r) && !r.heading,
  );
  const truths = sheetTruth.tables[tableIndex].indicators;
  return rows.map((r, i) => {
    const target = r.T ?? plainNumber(r.target);
    const actual = r.A ?? plainNumber(r.actual);
    const lower = r.lower === true;
    const exact = target === undefined || actual === undefined ? undefined : percentOf(actual, target, lower);
    return {
      sheet: sheetName,
      row: truths[i].row,
      code: r.code,
      name: r.name,
      target,
      actual,
      lower,
      status: Array.isArray(r.status) ? r.status[0] : r.status,
      percent: typeof truths[i].percent === "number" ? exact : undefined,
    };
  });
}

export function tableTally(spec: WorkbookSpec, sheetName: string, tableIndex = 0): Tally {
  const sheet = spec.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`${spec.file} has no sheet ${sheetName}`);
  return tally(sheet.tables[tableIndex].rows);
}

// --- claims ------------------------------------------------------------------------------------

type Verdict = Exclude<Status, "unassessed">;

/** How an item is written (guide §8's shapes). */
export type Shape =
  | "pair" //          "(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội."
  | "pair-sentence" // "(7) Thu nhập bình quân đầu người đạt 41/35 triệu đồng. Đạt 117,1%, vượt …"
  | "pair-percent" //  "(9) Tỷ lệ …: 95/95% đạt 100%, đạt Nghị quyết Đại hội."
  | "pair-both-percent" // "(5) Tỷ lệ …: 96%/95% đạt 101,1%, vượt …" (guide §8's "25%/10% đạt 250%")
  | "percent-only" //  "(11) Tỷ lệ …: Đạt 100% Nghị quyết Đại hội."
  | "pair-no-percent" // "(13) Tỷ lệ hộ nghèo: 2,1%/3%, vượt Nghị quyết Đại hội."
  | "actual-only" //  "(8) Số tiêu chí …: đạt 17/19 tiêu chí, không đạt Nghị quyết."
  | "prose"; //        "tổng đàn lợn đạt 3.900 con, bằng 97,5% Nghị quyết" (no item number, no target)

export interface ItemPart {
  /** The table row the part speaks of. */
  row: TableRow;
  /** Name as written (defaults to the table's). */
  name?: string;
  unit: string;
  shape: Shape;
  /** Text figures, in the text's unit; default: the table's times `scale`. */
  actual?: number;
  target?: number;
  /** Text unit per table unit: 1.000.000 when the text says đồng and the table triệu đồng. */
  scale?: number;
  /** Stated percent and its decimals; default: the table's percent rounded to 1 decimal. */
  percent?: number;
  decimals?: number;
  verdict?: Verdict | null;
  /** "đạt 12/19 tiêu chí": out of all criteria, which need not be the target (actual-only shape). */
  outOf?: number;
  /** A footnote number glued after the percent (or the last figure). */
  footnote?: number;
  /** The planted contradiction, in words, for the truth file. */
  planted?: string;
}

export interface ItemClaim {
  kind: "item";
  item: string;
  parts: ItemPart[];
  /** Between sub-indicators: "; " (default) or ". ", which starts the next one capitalised. */
  separator?: ";" | ".";
}

export interface CountClaim {
  kind: "count";
  text: string;
  stated: Partial<Tally> & { good?: number; goodOf?: number; share?: number };
  /** The tables it counts over (several for a merged commune's opening claim). */
  scope: Array<{ sheet: string; tally: Tally }>;
  planted?: string;
}

export interface UnmatchedClaim {
  kind: "unmatched";
  text: string;
  reason: string;
}

/** A result written in prose, with no item number: tied to its row by its name alone. */
export interface ProseClaim {
  kind: "prose";
  part: ItemPart;
  /** Words of the sentence before the indicator's name ("Chăn nuôi phát triển ổn định, "). */
  lead?: string;
}

export type Claim = ItemClaim | CountClaim | UnmatchedClaim | ProseClaim;

const VERDICT_WORDS: Record<Verdict, string[]> = {
  exceeded: ["vượt Nghị quyết Đại hội", "vượt chỉ tiêu Nghị quyết"],
  achieved: ["đạt Nghị quyết Đại hội", "đạt chỉ tiêu Nghị quyết"],
  missed: ["không đạt Nghị quyết Đại hội", "chưa đạt chỉ tiêu Nghị quyết"],
};

function figure(n: number): string {
  return vn(Math.round(n * 1000) / 1000);
}

interface Resolved {
  name: string;
  actual?: number;
  target?: number;
  percent?: number;
  decimals: number;
  verdict: Verdict | null;
}

function resolve(p: ItemPart): Resolved {
  const scale = p.scale ?? 1;
  const withPair = p.shape !== "percent-only";
  const withPercent = p.shape !== "pair-no-percent" && p.shape !== "actual-only";
  const decimals = p.decimals ?? 1;
  const f = 10 ** decimals;
  const tablePercent = p.row.percent === undefined ? undefined : Math.round(p.row.percent * f) / f;
  return {
    name: p.name ?? p.row.name,
    actual: withPair
      ? (p.actual ?? (p.row.actual === undefined ? undefined : p.row.actual * scale))
      : undefined,
    target:
      withPair && p.shape !== "actual-only" && p.shape !== "prose"
        ? (p.target ?? (p.row.target === undefined ? undefined : p.row.target * scale))
        : undefined,
    percent: withPercent ? (p.percent ?? tablePercent) : undefined,
    decimals,
    verdict: p.verdict === undefined ? (p.row.status === "unassessed" ? null : p.row.status) : p.verdict,
  };
}

function percentText(r: Resolved, footnote?: number): string {
  return r.percent === undefined ? "" : `${vn(r.percent, r.decimals)}%${footnote ?? ""}`;
}

function verdictText(v: Verdict | null, k: number): string {
  return v === null ? "" : VERDICT_WORDS[v][k % 2];
}

/** One part of an item in words. */
function partText(p: ItemPart, k: number): string {
  const r = resolve(p);
  const a = r.actual === undefined ? "?" : figure(r.actual);
  const t = r.target === undefined ? "?" : figure(r.target);
  const pct = percentText(r, p.footnote);
  const v = verdictText(r.verdict, k);
  const tail = (s: string) => (v ? `${s}, ${v}` : s);
  switch (p.shape) {
    case "pair":
      return tail(`${r.name}: ${a}/${t} ${p.unit}, đạt ${pct}`);
    case "pair-sentence":
      return `${r.name} đạt ${a}/${t} ${p.unit}. Đạt ${pct}${v ? `, ${v}` : ""}`;
    case "pair-percent":
      return tail(`${r.name}: ${a}/${t}% đạt ${pct}`);
    case "pair-both-percent":
      return tail(`${r.name}: ${a}%/${t}% đạt ${pct}`);
    case "percent-only":
      return `${r.name}: Đạt ${pct} Nghị quyết Đại hội`;
    case "pair-no-percent":
      return tail(p.unit === "%" ? `${r.name}: ${a}%/${t}%` : `${r.name}: ${a}/${t} ${p.unit}`);
    case "prose":
      return tail(`${r.name} đạt ${a} ${p.unit}, bằng ${pct} Nghị quyết`);
    case "actual-only":
      return tail(
        `${r.name}: đạt ${a}${p.outOf === undefined ? "" : `/${figure(p.outOf)}`}${p.unit === "%" ? "%" : ` ${p.unit}`}${p.footnote ?? ""}`,
      );
  }
}

export function claimText(c: Claim, k = 0): string {
  if (c.kind === "prose") {
    // One wording whatever its place, so the truth file can quote it.
    const s = partText(c.part, 0);
    return c.lead ? c.lead + s.charAt(0).toLowerCase() + s.slice(1) : s;
  }
  if (c.kind !== "item") return c.text;
  const sentences = c.separator === ".";
  const parts = c.parts.map((p, i) => {
    const s = partText(p, k + i);
    return i === 0 || sentences ? s : s.charAt(0).toLowerCase() + s.slice(1);
  });
  return `(${c.item}) ${parts.join(sentences ? ". " : "; ")}.`;
}

// --- judging -----------------------------------------------------------------------------------

/** The guide's rounding rule (§6): a stated percent is right when it rounds or truncates to it. */
function percentAgrees(stated: number, exact: number, decimals: number): boolean {
  const f = 10 ** decimals;
  const eps = 1e-9;
  return (
    Math.abs(Math.round(exact * f) / f - stated) < eps ||
    Math.abs(Math.trunc(exact * f + eps) / f - stated) < eps
  );
}

function percentOf(actual: number, target: number, lower: boolean): number | undefined {
  if (target === 0 || (lower && actual === 0)) return undefined;
  return lower ? (target / actual) * 100 : (actual / target) * 100;
}

export interface JudgedPart {
  name: string;
  table: { sheet: string; row: number; actual?: number; target?: number; percent?: number; status: Status };
  stated: {
    actual?: number;
    target?: number;
    outOf?: number;
    unit: string;
    percent?: number;
    verdict: Verdict | null;
  };
  agrees: boolean;
  reasons: string[];
}

export function judgePart(p: ItemPart): JudgedPart {
  const r = resolve(p);
  const scale = p.scale ?? 1;
  const reasons: string[] = [];
  const row = p.row;
  const same = (x: number, y: number) => Math.abs(x - y) < 1e-9 * Math.max(1, Math.abs(y));
  if (r.actual !== undefined && row.actual !== undefined && !same(r.actual / scale, row.actual)) {
    reasons.push(`the text's actual ${figure(r.actual)} is not the table's ${figure(row.actual * scale)}`);
  }
  if (r.target !== undefined && row.target !== undefined && !same(r.target / scale, row.target)) {
    reasons.push(`the text's target ${figure(r.target)} is not the table's ${figure(row.target * scale)}`);
  }
  if (r.percent !== undefined && r.actual !== undefined && r.target !== undefined) {
    const own = percentOf(r.actual, r.target, row.lower);
    if (own !== undefined && !percentAgrees(r.percent, own, r.decimals)) {
      reasons.push(
        `the stated ${vn(r.percent, r.decimals)}% does not follow from the text's own ${figure(r.actual)}/${figure(r.target)} = ${vn(Math.round(own * 100) / 100)}%`,
      );
    }
  } else if (
    r.percent !== undefined &&
    row.percent !== undefined &&
    !percentAgrees(r.percent, row.percent, r.decimals)
  ) {
    reasons.push(
      `the stated ${vn(r.percent, r.decimals)}% is not the table's ${vn(Math.round(row.percent * 100) / 100)}%`,
    );
  }
  if (r.verdict !== null && row.status !== "unassessed" && r.verdict !== row.status) {
    reasons.push(`the verdict "${r.verdict}" contradicts the table's numbers (${row.status})`);
  }
  return {
    name: r.name,
    table: {
      sheet: row.sheet,
      row: row.row,
      actual: row.actual,
      target: row.target,
      percent: row.percent === undefined ? undefined : Math.round(row.percent * 100) / 100,
      status: row.status,
    },
    stated: {
      actual: r.actual,
      target: r.target,
      outOf: p.outOf,
      unit: p.unit,
      percent: r.percent,
      verdict: r.verdict,
    },
    agrees: reasons.length === 0,
    reasons,
  };
}

export function judgeCount(c: CountClaim): {
  table: Tally & { good: number };
  agrees: boolean;
  reasons: string[];
} {
  const t: Tally = { total: 0, exceeded: 0, achieved: 0, missed: 0 };
  for (const s of c.scope) {
    t.total += s.tally.total;
    t.exceeded += s.tally.exceeded;
    t.achieved += s.tally.achieved;
    t.missed += s.tally.missed;
  }
  const good = t.exceeded + t.achieved;
  const reasons: string[] = [];
  const st = c.stated;
  for (const key of ["total", "exceeded", "achieved", "missed"] as const) {
    const v = st[key];
    if (v !== undefined && v !== t[key]) reasons.push(`states ${v} ${key}, the table has ${t[key]}`);
  }
  if (st.good !== undefined && st.good !== good)
    reasons.push(`states ${st.good} achieved or exceeded, the table has ${good}`);
  if (st.goodOf !== undefined && st.goodOf !== t.total)
    reasons.push(`states a total of ${st.goodOf}, the table has ${t.total}`);
  if (st.share !== undefined && st.good !== undefined && st.goodOf !== undefined) {
    const exact = (st.good / st.goodOf) * 100;
    const decimals = Number.isInteger(st.share) ? 0 : 1;
    if (!percentAgrees(st.share, exact, decimals)) {
      reasons.push(
        `states ${vn(st.share)}%, but ${st.good}/${st.goodOf} = ${vn(Math.round(exact * 100) / 100)}%`,
      );
    }
  }
  return { table: { ...t, good }, agrees: reasons.length === 0, reasons };
}

// --- layout ------------------------------------------------------------------------------------

export type Block =
  { heading: string } | { para: Array<string | Claim> } | { page: number; footnotes: string[] };

const WIDTH = 82;

interface Wrapped {
  lines: string[];
  starts: number[];
}

/**
 * Greedy wrap at spaces (and, with `afterSlash`, after a "/" inside a pair, as Word breaks
 * "8.200/7.500"); `starts` gives each line's offset in the paragraph.
 */
function wrap(text: string, afterSlash = false): Wrapped {
  const lines: string[] = [];
  const starts: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + WIDTH);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      const slash = afterSlash ? text.lastIndexOf("/", end - 1) + 1 : 0;
      if (slash > pos && slash > space && /\d/.test(text[slash] ?? "")) end = slash;
      else if (space > pos) end = space;
    }
    lines.push(text.slice(pos, end).trim());
    starts.push(pos);
    pos = end;
    while (text[pos] === " ") pos++;
  }
  return { lines, starts };
}

export interface Laid {
  text: string;
  /** 1-based line where each claim starts, in claim order. */
  claimLines: Map<Claim, number>;
}

/** pdftotext's double spacing: each text line followed by a blank one, trailing spaces kept. */
export function layout(blocks: Block[], options: { breakAfterSlash?: boolean } = {}): Laid {
  const out: string[] = [];
  const claimLines = new Map<Claim, number>();
  let k = 0;
  for (const b of blocks) {
    if ("heading" in b) {
      out.push(`${b.heading} `, "");
    } else if ("para" in b) {
      let text = "";
      const offsets: Array<[Claim, number]> = [];
      for (const part of b.para) {
        if (typeof part === "string") text += part;
        else {
          offsets.push([part, text.length]);
          text += claimText(part, k++);
        }
      }
      const w = wrap(text, options.breakAfterSlash);
      const first = out.length + 1;
      for (const [claim, offset] of offsets) {
        let line = 0;
        while (line + 1 < w.starts.length && w.starts[line + 1] <= offset) line++;
        claimLines.set(claim, first + line * 2);
      }
      for (const l of w.lines) out.push(`${l} `, "");
    } else {
      out.push(" ".repeat(43), ...b.footnotes.map((f) => `${f} `), ` ${b.page} `, "");
    }
  }
  return { text: `${out.join("\n")}\n`, claimLines };
}
