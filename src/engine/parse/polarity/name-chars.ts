/**
 * What each character of a name is to the word readers: a letter or digit symbol (a–z → 0–25,
 * 0–9 → 26–35), a separator, a slash, a piece that folds to several characters, or a character
 * outside the tabled Latin ranges. One table look-up per character.
 */
import { foldChar, isFoldSpace, isTabledChar } from "../../text/fast-fold";

/** a–z → 0–25, 0–9 → 26–35, anything else → -1. */
export function symbolOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return -1;
}

/** What a character is to `words()`: a symbol 0–35, or one of these. */
export const SEPARATOR = -1;
export const SLASH_CHAR = -2;
/** Folds to several characters or none (a combining mark): look at its piece. */
export const PIECE = -3;
/** Outside the tabled ranges: read the whole text the slow way. */
export const OTHER = -4;

export function symbolOfPiece(piece: string): number {
  if (piece.length !== 1) return PIECE;
  const symbol = symbolOf(piece.charCodeAt(0));
  return symbol >= 0 ? symbol : piece === "/" ? SLASH_CHAR : SEPARATOR;
}

/** fold() of each character of the Latin ranges fastfold tables, as a symbol. */
const LATIN_END = 0x370;
const EXTENDED_START = 0x1e00;
export const EXTENDED_END = 0x1f00;
export const PIECES: string[] = [];
for (let code = 0; code < LATIN_END; code++) {
  if (isFoldSpace(code)) PIECES.push(" ");
  else if (code < 0x80) PIECES.push(String.fromCharCode(code).toLowerCase());
  else PIECES.push(isTabledChar(code) ? foldChar(code) : "");
}
for (let code = EXTENDED_START; code < EXTENDED_END; code++) PIECES.push(foldChar(code));
/**
 * The symbol of every code point below EXTENDED_END, in one table so that the scan below does
 * one look-up per character: the tabled pieces, a separator for the spaces between the ranges,
 * OTHER for the rest.
 */
export const SYMBOL_OF_CODE = new Int8Array(EXTENDED_END);
for (let code = 0; code < EXTENDED_END; code++) {
  let symbol: number;
  if (code < LATIN_END) {
    const piece = PIECES[code];
    symbol = code >= 0x80 && !isTabledChar(code) && piece === "" ? OTHER : symbolOfPiece(piece);
  } else if (code >= EXTENDED_START) symbol = symbolOfPiece(PIECES[code - EXTENDED_START + LATIN_END]);
  else symbol = isFoldSpace(code) ? SEPARATOR : OTHER;
  SYMBOL_OF_CODE[code] = symbol;
}

/** The piece of a code point whose symbol is PIECE. */
export function pieceOf(code: number): string {
  return PIECES[code < LATIN_END ? code : code - EXTENDED_START + LATIN_END];
}
