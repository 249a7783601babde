/**
 * Status labels the tables report ("Vượt", "Đạt", "K.đạt", "Cơ bản đạt" …) and qualitative
 * actual values ("Đạt chuẩn", "Có", "Chưa đạt"), matched without diacritics or case.
 */
import type { ReportedLabel } from "../types";
import { cleanText } from "../text/fold";
import { foldFast } from "../text/fast-fold";

type LabelStatus = ReportedLabel["status"];

interface LabelEntry {
  status: LabelStatus;
  close?: boolean;
}

const STATUS_LABELS = new Map<string, LabelEntry>();

function add(status: LabelStatus, keys: string[], close = false): void {
  for (const key of keys) STATUS_LABELS.set(key, close ? { status, close } : { status });
}

/** What a label may add after its verb: "Đạt chỉ tiêu", "Vượt KH", "Không đạt NQ". */
const SUFFIXES = [
  "",
  "chi tieu",
  "ct",
  "kh",
  "ke hoach",
  "nq",
  "nghi quyet",
  "chi tieu nq",
  "chi tieu nghi quyet",
  "chi tieu ke hoach",
  "muc",
  "so voi nq",
  "so voi nghi quyet",
  "so voi ke hoach",
  "so voi kh",
];

function addWithSuffixes(status: LabelStatus, verbs: string[], close = false): void {
  for (const verb of verbs)
    add(
      status,
      SUFFIXES.map((suffix) => (suffix ? `${verb} ${suffix}` : verb)),
      close,
    );
}

addWithSuffixes("exceeded", [
  "vuot",
  "vuot muc",
  "dat va vuot",
  "dat vuot",
  "hoan thanh vuot",
  "hoan thanh vuot muc",
]);
addWithSuffixes("achieved", ["dat", "hoan thanh", "da dat", "da hoan thanh", "ht"]);
addWithSuffixes("missed", [
  "khong dat",
  "k dat",
  "kdat",
  "ko dat",
  "kd",
  "k d",
  "chua dat",
  "khong hoan thanh",
  "k hoan thanh",
  "kht",
  "chua hoan thanh",
]);
addWithSuffixes("missed", ["co ban dat", "cb dat", "co ban hoan thanh", "cb hoan thanh"], true);

/**
 * Fold and drop punctuation: "K.đạt" → "k dat", "Đạt (*)" → "dat", "KĐ" → "kd".
 * Parenthesised remarks are dropped; a linear scan, no regex backtracking.
 */
function labelKey(text: string): string {
  const f = foldFast(text);
  let out = "";
  let depth = 0;
  for (let k = 0; k < f.length; k++) {
    const ch = f[k];
    if (ch === "(") {
      depth++;
      continue;
    }
    if (ch === ")") {
      if (depth > 0) depth--;
      continue;
    }
    if (depth > 0) continue;
    const isWordChar = (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9");
    if (isWordChar) out += ch;
    else if (out.length > 0 && out[out.length - 1] !== " ") out += " ";
  }
  return out.trim();
}

/** A status text read once: its key, its clean text, its status label if it is one. */
interface LabelReading {
  key: string;
  cleaned: string;
  /** Shared by every row with this text: reports only read their labels. */
  label: ReportedLabel | null;
}

/** Status columns repeat a handful of texts: read each once. */
const readingCache = new Map<string, LabelReading>();

function cachedReading(text: string): LabelReading {
  let reading = readingCache.get(text);
  if (reading === undefined) {
    const key = labelKey(text);
    const cleaned = cleanText(text);
    reading = { key, cleaned, label: labelOf(key ? STATUS_LABELS.get(key) : undefined, cleaned) };
    if (readingCache.size >= 2000) readingCache.clear();
    readingCache.set(text, reading);
  }
  return reading;
}

/**
 * A status label: Vượt / Vượt chỉ tiêu / Vượt KH → exceeded; Đạt / Đạt chỉ tiêu / Hoàn thành
 * → achieved; Không đạt / K đạt / K.đạt / KĐ / Chưa đạt / Không hoàn thành → missed;
 * Cơ bản đạt / Cơ bản hoàn thành → missed with `close`. Anything else → null.
 */
export function parseStatusLabel(text: string): ReportedLabel | null {
  if (typeof text !== "string" || text.length > 200) return null;
  return cachedReading(text).label;
}

function labelOf(entry: LabelEntry | undefined, cleaned: string): ReportedLabel | null {
  if (!entry) return null;
  const label: ReportedLabel = { status: entry.status, text: cleaned };
  if (entry.close) label.close = true;
  return label;
}

/** Yes/no answers to a qualitative target, beyond the status labels. */
const QUALITATIVE_YES = [
  "co",
  "dat chuan",
  "da dat chuan",
  "dat yeu cau",
  "dam bao",
  "da co",
  "xong",
  "da xong",
];
const QUALITATIVE_NO = [
  "khong",
  "chua",
  "chua co",
  "khong co",
  "chua dat chuan",
  "khong dat chuan",
  "chua dat yeu cau",
  "khong dat yeu cau",
  "khong dam bao",
  "chua xong",
];
/** Prefixes that settle the answer whatever follows ("Đạt chuẩn NTM nâng cao"). */
const YES_PREFIXES = ["dat chuan ", "da dat chuan ", "hoan thanh ", "da hoan thanh "];
const NO_PREFIXES = ["chua dat ", "khong dat ", "chua hoan thanh ", "khong hoan thanh "];

/**
 * A qualitative actual value: Đạt / Đạt chuẩn / Hoàn thành / Có → achieved; Không đạt /
 * Chưa đạt / Không / Chưa → missed; Cơ bản đạt → missed, close; Vượt → exceeded. Else null.
 */
export function parseQualitativeActual(text: string): ReportedLabel | null {
  if (typeof text !== "string" || text.length > 200) return null;
  const label = parseStatusLabel(text);
  if (label) return label;
  const { key, cleaned } = cachedReading(text);
  if (!key) return null;
  if (QUALITATIVE_YES.includes(key)) return { status: "achieved", text: cleaned };
  if (QUALITATIVE_NO.includes(key)) return { status: "missed", text: cleaned };
  if (NO_PREFIXES.some((p) => key.startsWith(p))) return { status: "missed", text: cleaned };
  if (key.startsWith("co ban dat ") || key.startsWith("co ban hoan thanh "))
    return { status: "missed", text: cleaned, close: true };
  if (YES_PREFIXES.some((p) => key.startsWith(p))) return { status: "achieved", text: cleaned };
  return null;
}
