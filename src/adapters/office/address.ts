/** Sheet-qualified A1 references as Excel writes them: 'Biểu 01'!F8, Sheet1!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, address: string): string {
  return `${quoteSheetName(sheetName)}!${address}`;
}

/** "'Biểu 01'!$F$8" → "F8": the cell part, without sheet or $ signs, upper case. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase();
}
