/**
 * Dates Excel made of a value: "1-2", "3-4" or "05/07" typed into a General cell become a date
 * (a serial number shown with a date format). Such a cell holds no number of the table's.
 */
import type { Cell } from "../../grid";

/** Excel's day 0 (1899-12-30, counting the 1900 leap-year bug) in milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * A number format that shows a date: a day or year code ("d", "y") outside quoted literals,
 * escaped or spacing characters and bracketed parts ("[Red]", "[$-42A]"). Month "m" alone is not enough: "mm" is also
 * the minutes of a time format.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let quoted = false;
  let bracketed = false;
  for (let k = 0; k < format.length; k++) {
    const ch = format[k];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    // "\x" shows x; "_x" leaves x's width and "*x" fills with x: none is a code.
    else if (ch === "\\" || ch === "_" || ch === "*") k++;
    else if (ch === "[") bracketed = true;
    else if (ch === "]") bracketed = false;
    else if (!bracketed && (ch === "d" || ch === "D" || ch === "y" || ch === "Y")) return true;
  }
  return false;
}

/** A number cell shown as a date. */
export function isDateCell(cell: Cell | undefined): boolean {
  return cell !== undefined && typeof cell.value === "number" && isDateFormat(cell.numberFormat);
}

export interface CalendarDay {
  day: number;
  month: number;
  year: number;
}

/** The day an Excel serial number stands for (the time of day dropped). */
export function serialToDay(serial: number): CalendarDay {
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}
