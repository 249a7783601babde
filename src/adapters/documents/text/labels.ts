/**
 * Numbering typed at the start of a paragraph: "(3) Tổng đàn …", "2.1- Đối với xã A", "a) …",
 * "II. …", and bullets "-", "+", "•". Only the first few characters are looked at, with anchored
 * patterns of bounded length, so hostile text costs nothing.
 */

export interface TypedLabel {
  /** The label as written, e.g. "(3)", "2.1-", "a)", "-". */
  label: string;
  /** The text after the label and its spaces. */
  rest: string;
}

const HEAD_LENGTH = 24;

const PATTERNS: readonly RegExp[] = [
  // (3)  (a)  (IV)
  /^\((?:\d{1,3}|[a-zđ]|[IVXLC]{1,6})\)(?=\s)/u,
  // 2.1.  2.1-  1.10  2.1.3.  (sub-levels have at most two digits, so "5.000 con" is not one)
  /^\d{1,3}(?:\.\d{1,2}){1,4}(?:\.-|[.)-])?(?=\s)/u,
  // 1.  3)  4-
  /^\d{1,3}[.)-](?=\s)/u,
  // II.  IV)  III-
  /^[IVXLC]{1,6}[.)-](?=\s)/u,
  // a)  b.  đ)
  /^[a-zđ][.)](?=\s)/u,
  // A)  B. (followed by a capital, so an initial such as "H. Bạch Thông" is rarely taken)
  /^[A-ZĐ]\)(?=\s)/u,
  /^[A-ZĐ]\.(?=\s+\p{Lu})/u,
  // bullets
  /^[-+•–*▪●○◦](?=\s)/u,
];

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
}

/** The typed label at the start of `text` (after leading spaces), or null. */
export function typedLabel(text: string): TypedLabel | null {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  const head = text.slice(start, start + HEAD_LENGTH);
  for (const pattern of PATTERNS) {
    const m = pattern.exec(head);
    if (!m) continue;
    let restStart = start + m[0].length;
    while (restStart < text.length && isSpace(text.charCodeAt(restStart))) restStart++;
    return { label: m[0], rest: text.slice(restStart) };
  }
  return null;
}
