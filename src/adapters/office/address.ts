/** Excel's last column, XFD: a name of up to three letters at or before it is a column. */
const LAST_COLUMN = "XFD";

function isColumn(letters: string): boolean {
  const upper = letters.toUpperCase();
  return upper.length < 3 || (upper.length === 3 && upper <= LAST_COLUMN);
}

/**
 * Whether Excel would read the bare name as a reference: an A1 cell ("KH2025", "Q1"), an R1C1
 * one ("R1C1", "R", "C5"), or a name starting with a digit.
 */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && isColumn(a1[1]) && Number(a1[2]) >= 1) return true;
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return true;
  return /^\d/.test(name);
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain ASCII word that cannot
 * be read as a cell, else in single quotes with quotes doubled ('Biểu 01'!F8, 'KH2025'!F8).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, address: string): string {
  return `${quoteSheetName(sheetName)}!${address}`;
}

/** "'Biểu 01'!$F$8" → "F8": the cell part, without sheet or $ signs, upper case. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase();
}
