/** Character tests shared by every stage. */

/** The UTF-16 code is an ASCII digit; false for NaN, what charCodeAt gives past the end. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
