/**
 * Header synonyms: which column role a header label names.
 * Labels are matched folded (no diacritics, lower case, line breaks as spaces) and with
 * punctuation removed, so "Kết\nquả\nthực\nhiện", "KẾT QUẢ THỰC HIỆN" and "Kết quả thực hiện:"
 * all read "ket qua thuc hien".
 */
import type { ColumnRole } from "../types";
import { foldFast } from "../text/fast-fold";

export interface HeaderLabel {
  role: ColumnRole;
  /** The label is "Chỉ tiêu" alone: the name column, unless another column already names it. */
  plainChiTieu?: boolean;
}

/** Folded label with punctuation as spaces; "%" kept as its own token. */
export function normaliseLabel(text: string): string {
  return normaliseFolded(foldFast(text));
}

/** normaliseLabel for text already folded. */
export function normaliseFolded(folded: string): string {
  return folded
    .replace(/%/g, " % ")
    .replace(/[^a-z0-9% ]+/g, " ")
    .replace(/ +/g, " ")
    .trim();
}

function startsWithWords(label: string, words: readonly string[]): boolean {
  return words.some((w) => label === w || label.startsWith(w + " "));
}

function hasWords(label: string, words: string): boolean {
  return ` ${label} `.includes(` ${words} `);
}

/** What follows "chỉ tiêu" when the label names the approved target ("Chỉ tiêu NQ", "Chỉ tiêu giao"). */
const TARGET_QUALIFIERS = [
  "nq",
  "nghi quyet",
  "dh",
  "dai hoi",
  "giao",
  "duoc giao",
  "ke hoach",
  "kh",
  "nhiem ky",
  "den",
  "nam",
  "theo",
  "de ra",
  "dat ra",
  "phan dau",
  "cap tren giao",
  "huyen giao",
  "tinh giao",
];

const STATUS_STARTS = [
  "muc do dat",
  "muc do hoan thanh",
  "xep loai",
  "dat khong dat",
  "dat hay khong",
  "dat chua dat",
];
const PERCENT_STARTS = ["ty le", "ti le", "so sanh", "so voi"];
const CODE_LABELS = new Set(["tt", "stt", "so tt", "so thu tu", "thu tu", "ma so", "ma"]);
const UNIT_STARTS = ["dvt", "dv tinh", "don vi tinh", "don vi", "dv"];
/** "Đơn vị chủ trì / thực hiện / phụ trách" names an agency, not a unit of measure. */
const AGENCY_UNITS = [
  "don vi chu tri",
  "don vi thuc hien",
  "don vi phu trach",
  "don vi phoi hop",
  "dv chu tri",
];
const TARGET_STARTS = [
  "muc tieu",
  "ke hoach",
  "kh",
  "nq",
  "nghi quyet",
  "theo nq",
  "theo nghi quyet",
  "dinh huong",
  "chi tieu giao",
  "ke hoach giao",
];
const ACTUAL_STARTS = [
  "ket qua",
  "thuc hien",
  "th",
  "uoc thuc hien",
  "uoc th",
  "uoc",
  "uoc dat",
  "so lieu thuc hien",
  "thuc te",
  "ket qua dat duoc",
  "dat duoc",
];
const NAME_STARTS = [
  "ten chi tieu",
  "noi dung",
  "cac chi tieu",
  "danh muc chi tieu",
  "ten",
  "chi tieu chu yeu",
  "chi tieu kinh te",
  "nhom chi tieu",
];

/** Header labels are short; a sentence that mentions "%" or "kết quả" is not one. */
const MAX_LABEL_WORDS = 12;

/** The column role a header label names, or null. Order matters: the most specific reading first. */
export function classifyHeaderLabel(text: string): HeaderLabel | null {
  return classifyFoldedLabel(foldFast(text));
}

/** classifyHeaderLabel for text already folded. */
export function classifyFoldedLabel(folded: string): HeaderLabel | null {
  const label = normaliseFolded(folded);
  if (label === "" || label.split(" ").length > MAX_LABEL_WORDS) return null;
  if (startsWithWords(label, ["ghi chu", "chu thich"])) return { role: "note" };
  // "Tỷ lệ (%)", "Đạt (%)", "% so với KH", "So sánh (%)", "Tỷ lệ so với NQ".
  if (hasWords(label, "%")) return { role: "percent" };
  if (hasWords(label, "danh gia")) return { role: "status" };
  if (startsWithWords(label, STATUS_STARTS)) return { role: "status" };
  if (startsWithWords(label, PERCENT_STARTS)) return { role: "percent" };
  if (CODE_LABELS.has(label)) return { role: "code" };
  if (startsWithWords(label, UNIT_STARTS)) {
    return startsWithWords(label, AGENCY_UNITS) ? null : { role: "unit" };
  }
  if (label === "chi tieu") return { role: "name", plainChiTieu: true };
  if (label.startsWith("chi tieu ")) {
    const rest = label.slice("chi tieu ".length);
    if (startsWithWords(rest, TARGET_QUALIFIERS) || /^\d{4}\b/.test(rest)) return { role: "target" };
  }
  if (startsWithWords(label, TARGET_STARTS)) return { role: "target" };
  if (startsWithWords(label, ACTUAL_STARTS)) return { role: "actual" };
  if (startsWithWords(label, NAME_STARTS)) return { role: "name" };
  if (label.startsWith("chi tieu ")) return { role: "name" };
  return null;
}
