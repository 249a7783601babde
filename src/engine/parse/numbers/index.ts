/**
 * Numbers in cells: reading them in the sheet's convention (`parse`), the fast path for bare
 * numbers, the convention a sheet proves, and writing numbers for messages (`format`).
 */
export { bareNumberIsAmbiguous, bareNumberValue, endsWithPercent } from "./bare-number";
export { interpretBody, scanBodyEnd, type NumberBody } from "./body";
export {
  EXCEL_ERRORS,
  excelErrorText,
  isDashChar,
  isDigitChar,
  isPlaceholderText,
  normalizeSpaces,
} from "./cell-text";
export { isDateCell, isDateFormat, serialToDay, type CalendarDay } from "./dates";
export { conventionEvidence, decideConvention } from "./convention";
export { formatNumber } from "./format";
export { isPercentFormat, parseCellNumber, parseNumberText } from "./parse";
export { fewDecimals, numberText, scaledDigits } from "../../text/number-text";
