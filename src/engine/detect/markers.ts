/**
 * Recognisers for the kinds of rows met in and around a table: codes (TT), group titles,
 * summary statements, notes, signature blocks and column-number rows.
 * All patterns are bounded (no nested quantifiers) and work on short, folded text.
 */
import { foldFast } from "../text/fast-fold";
import { isDigitCode } from "../text/chars";

/** I … XXXIX, optionally a sub-group number ("II.1"), optionally followed by "." or ")". */
const ROMAN_CODE = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:\.\d{1,2})?[.)]?$/;
/** "A", "b", "a)", "B.", "(a)". */
const LETTER_CODE = /^\(?[A-Za-zĐđ][.)]?$/;
/** A group code followed by its title in the same cell: "I. CÁC CHỈ TIÊU …", "b) Các chỉ tiêu …". */
const CODE_AND_TITLE = /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|[A-Za-zĐđ])\s{0,3}[.):–-]\s{0,3}(\S.*)$/;
const ROMAN_AND_TITLE = /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s{1,3}(\S.*)$/;

/** "-", "+", "*", "•": a bullet in the TT column marks a sub-item of the TT above. */
const BULLET_CODE = /^[-+*•·–—]{1,2}$/;
/** "a", "b)", "c.": a lower-case letter under a numbered TT with its own numbers is a sub-item. */
const LOWER_LETTER_CODE = /^\(?[a-zđ][.)]?$/;

// The length tests below are the longest text each pattern can match: longer texts (names,
// sentences) are answered without running the pattern.

export function isBulletCode(code: string): boolean {
  return code.length <= 2 && BULLET_CODE.test(code);
}

export function isLowerLetterCode(code: string): boolean {
  return code.length <= 3 && LOWER_LETTER_CODE.test(code);
}

/**
 * "1", "01", "1.", "2.1", "2.1." — an indicator's TT: /^\d{1,6}(?:\.\d{1,3}){0,3}\.?$/,
 * read one character at a time (every row's TT is tested).
 */
export function isNumericCode(code: string): boolean {
  const n = code.length;
  let i = digitsFrom(code, 0);
  if (i < 1 || i > 6) return false;
  let parts = 0;
  while (i < n) {
    if (code.charCodeAt(i) !== 0x2e) return false;
    i++;
    if (i === n) return true;
    const digits = digitsFrom(code, i) - i;
    if (digits < 1 || digits > 3 || ++parts > 3) return false;
    i += digits;
  }
  return true;
}

/** The index just past the run of ASCII digits starting at `from`. */
function digitsFrom(text: string, from: number): number {
  let i = from;
  while (isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** "2.1." → "2.1"; "1." → "1". Leading zeros are kept as written. */
export function normaliseNumericCode(code: string): string {
  return code.endsWith(".") ? code.slice(0, -1) : code;
}

export function isGroupCode(code: string): boolean {
  return code.length <= 11 && (ROMAN_CODE.test(code) || LETTER_CODE.test(code));
}

/** "a)" → "a", "II." → "II", "(b)" → "b". */
export function normaliseGroupCode(code: string): string {
  return code.replace(/^\(/, "").replace(/[.)]$/, "");
}

/** Split a cell holding both a group code and its title; null when it does not. */
export function splitCodeAndTitle(text: string): { code: string; title: string } | null {
  const m = CODE_AND_TITLE.exec(text) ?? ROMAN_AND_TITLE.exec(text);
  if (!m || m[1] === "") return null;
  return { code: m[1], title: m[2].trim() };
}

const GROUP_TITLE = /^(?:nhom(?: chi tieu)?|cac chi tieu|chi tieu ve|linh vuc|khoi|phan)\b/;

/** A title that reads as a group heading even without a code ("Nhóm chỉ tiêu về kinh tế"). */
export function looksLikeGroupTitle(text: string): boolean {
  return GROUP_TITLE.test(foldFast(text));
}

const GROUP_HEADING = /^(?:nhom chi tieu|cac chi tieu|chi tieu) ve\b/;

/**
 * A group heading of the table body ("Chỉ tiêu về kinh tế", "Các chỉ tiêu về xã hội"), never a
 * column label, although "Chỉ tiêu …" starts both.
 */
export function isGroupHeadingText(text: string): boolean {
  return GROUP_HEADING.test(foldFast(text));
}

const INDICATOR_GROUP_TITLE = /^(?:nhom chi tieu|cac chi tieu|chi tieu ve)\b/;

/**
 * A title that names a group of indicators in so many words ("Nhóm chỉ tiêu về …", "Các chỉ
 * tiêu về …", "Chỉ tiêu về …"): strong enough to override a TT merged down over its row,
 * where "Nhóm trường mầm non" stays a sub-item.
 */
export function namesIndicatorGroup(text: string): boolean {
  return INDICATOR_GROUP_TITLE.test(foldFast(text));
}

const STATED_COUNT = /(?:\(\s{0,2}|\bgom\s{1,2}|\bco\s{1,2})(\d{1,3})\s{0,2}chi tieu/;

/** "b) Các chỉ tiêu về xã hội, môi trường (14 chỉ tiêu)" → 14. */
export function statedCount(title: string): number | undefined {
  const m = STATED_COUNT.exec(foldFast(title));
  return m ? Number(m[1]) : undefined;
}

/** Folded text without leading bullets or punctuation ("* Ghi chú" → "ghi chu"). */
export function leadFold(text: string): string {
  return lead(foldFast(text));
}

/** leadFold for text already folded. */
export function lead(folded: string): string {
  const c = folded.charCodeAt(0);
  const plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return plain ? folded : folded.replace(/^[^a-z0-9]+/, "");
}

const TOTAL_START = /^(?:tong so|tong cong|tong|cong|trong do|tom lai|ket qua)\b/;
const OUTCOME_WORD = /\b(?:vuot|dat|hoan thanh)\b/;

/**
 * A summary statement (given leadFold text): "Tổng số: 23 chỉ tiêu; vượt: 07; …",
 * "Tổng cộng 23 chỉ tiêu", "… có 18/23 chỉ tiêu đạt và vượt …", "Trong đó: vượt 07, đạt 11".
 */
export function isStatementFolded(f: string): boolean {
  if (!/\d/.test(f)) return false;
  const mentionsIndicators = f.includes("chi tieu");
  const startsAsTotal = TOTAL_START.test(f);
  const namesOutcome = OUTCOME_WORD.test(f);
  return (startsAsTotal && (mentionsIndicators || namesOutcome)) || (mentionsIndicators && namesOutcome);
}

export function isStatementText(text: string): boolean {
  return isStatementFolded(leadFold(text));
}

const NOTE_START = /^(?:ghi chu|chu thich|luu y)\b/;

export function isNoteFolded(f: string): boolean {
  return NOTE_START.test(f);
}

export function isNoteText(text: string): boolean {
  return isNoteFolded(leadFold(text));
}

const SIGNATURE_START =
  /^(?:nguoi lap|nguoi tong hop|t\s?\/\s?m\b|tm\b|kt\b|thay mat|bi thu|pho bi thu|chu tich|pho chu tich|xac nhan|thu truong|truong ban|ke toan|ky ten|ky,|noi nhan)/;
const DATE_LINE = /\bngay\b.{0,16}\bthang\b.{0,12}\bnam\b/;
/** Signature cells are short; a long text is a sentence, not a signature line. */
const MAX_SIGNATURE_LENGTH = 120;

/** A cell of the signature block: "NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY", "BÍ THƯ", a date line … */
export function isSignatureFolded(f: string): boolean {
  if (f.length > MAX_SIGNATURE_LENGTH) return false;
  return SIGNATURE_START.test(f) || DATE_LINE.test(f);
}

export function isSignatureText(text: string): boolean {
  return isSignatureFolded(leadFold(text));
}

const COLUMN_NUMBER = /^\(?\s{0,2}(?:\d{1,2}|[A-Za-z])\s{0,2}\)?$/;
const COLUMN_FORMULA = /^[\d()=/*x:+\-%.,\s]{1,40}$/;

/** A cell of the column-number row under a header: "1", "(2)", "(A)", "(6)=(5)/(4)". */
export function isColumnNumberText(text: string): boolean {
  if (text.length > 40) return false;
  return (text.length <= 8 && COLUMN_NUMBER.test(text)) || (text.includes("=") && COLUMN_FORMULA.test(text));
}
