/** A name read once per row, in one pass over its characters: its digits and whether it may hold a polarity cue. */
import { isDigitCode } from "../../text/chars";
import { isFoldSpace } from "../../text/fast-fold";
import { ABSENCE, LOWER_IS_BETTER } from "./concepts";
import { EXTENDED_END, SEPARATOR, SLASH_CHAR, SYMBOL_OF_CODE, symbolOf } from "./name-chars";
import { hasCueWord, wordIds } from "./word-ids";

/** A name as the row parsers need it: its digits for the target parser, its cue words for polarity. */
export interface NameReading {
  /** The name's ASCII digits from its first non-zero one ("Mục 2.05" → "205"). */
  digits: string;
  /** Whether a word of the name may be a polarity cue (CUE_WORD): if not, the default applies. */
  hasCue: boolean;
}

/** The digits of a text, without separators or leading zeros ("1.250,5" → "12505"). */
export function digitsOf(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code) && (out !== "" || code !== 0x30)) out += text[i];
  }
  return out;
}

/** Read a name once for the row: in one pass over its characters for most names. */
export function readName(name: string): NameReading {
  const text = typeof name === "string" ? name : "";
  return scanName(text) ?? { digits: digitsOf(text), hasCue: hasCueWord(wordIds(text)) };
}

// A name's cues are found by hashing its words rather than walking the trie (a memory load per
// character). A phrase is met word by word: its first word is a known lead, its first two words
// a known pair, its first three a known triple. A hash may match words that are no cue (a
// needless exact reading, never a wrong one); a cue always matches.

function nextHash(hash: number, symbol: number): number {
  return (Math.imul(hash, 31) + symbol + 1) | 0;
}

/** The hash of a run of words from the hash of the run before the last word and of that word. */
function joinHash(run: number, word: number): number {
  return (Math.imul(run ^ 0x5bd1e995, 0x01000193) + word) | 0;
}

function hashOfWord(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = nextHash(hash, symbolOf(word.charCodeAt(k)));
  return hash;
}

/** The run ends a cue phrase (or, for a triple, may: longer phrases are read exactly). */
const CUE = 1;
/** The run starts a longer cue phrase. */
const LEAD = 2;

/** Flags by hash, one hash per slot of `hash & mask`: a table size with no two in one slot. */
interface HashFlags {
  mask: number;
  hashes: Int32Array;
  flags: Uint8Array;
}

function hashFlags(entries: Map<number, number>): HashFlags {
  let mask = 63;
  while (new Set([...entries.keys()].map((hash) => hash & mask)).size < entries.size) mask = mask * 2 + 1;
  const table: HashFlags = { mask, hashes: new Int32Array(mask + 1), flags: new Uint8Array(mask + 1) };
  for (const [hash, flags] of entries) {
    table.hashes[hash & mask] = hash;
    table.flags[hash & mask] = flags;
  }
  return table;
}

function flagsOf(table: HashFlags, hash: number): number {
  const slot = hash & table.mask;
  return table.hashes[slot] === hash ? table.flags[slot] : 0;
}

/** The flags of a phrase's first one, two and three words, by length of the run. */
function cueTables(phrases: string[]): HashFlags[] {
  const byLength = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  for (const phrase of phrases) {
    const words = phrase.split(" ").map(hashOfWord);
    let run = 0;
    for (let k = 0; k < Math.min(words.length, 3); k++) {
      run = k === 0 ? words[0] : joinHash(run, words[k]);
      const flags = k === words.length - 1 || k === 2 ? CUE : LEAD;
      // scanName keeps a lead's hash with 0 for "none".
      if (flags === LEAD && run === 0) throw new Error(`The cue "${phrase}" hashes to 0`);
      byLength[k].set(run, (byLength[k].get(run) ?? 0) | flags);
    }
  }
  return byLength.map(hashFlags);
}

const [CUE_WORDS, CUE_PAIRS, CUE_TRIPLES] = cueTables([
  "giam",
  ...[...ABSENCE, ...LOWER_IS_BETTER].flatMap((c) => c.phrases),
]);

/**
 * One pass over a name's characters: its digits and whether it may hold a cue. The digits are
 * sliced once when they form one run ("(12)"), the common case. Null for text this pass does
 * not read (characters that fold to several or none, text outside the tabled Latin ranges).
 */
function scanName(text: string): NameReading | null {
  let digitStart = -1;
  let digitEnd = -1;
  let scattered = false;
  let hash = 0;
  let inWord = false;
  // The cue phrases under way, kept in locals (no object per name): the last word's hash when
  // it leads a cue phrase, the last two words' hash when they do, else 0.
  let lead = 0;
  let pair = 0;
  let found = false;
  const n = text.length;
  // One step past the end: the end of the text ends the last word.
  for (let i = 0; i <= n; i++) {
    let symbol = SEPARATOR;
    if (i < n) {
      const code = text.charCodeAt(i);
      if (code < EXTENDED_END) symbol = SYMBOL_OF_CODE[code];
      else if (!isFoldSpace(code)) return null;
      if (symbol >= 0) {
        // ASCII digits are their own symbols; leading zeros are not digits of the name.
        if (code <= 0x39) {
          if (digitEnd === i) digitEnd++;
          else if (digitStart >= 0) scattered = true;
          else if (code !== 0x30) {
            digitStart = i;
            digitEnd = i + 1;
          }
        }
        hash = nextHash(hash, symbol);
        inWord = true;
        continue;
      }
      if (symbol < SLASH_CHAR) return null;
    }
    if (!inWord) continue;
    // A word ends: does it end a cue phrase, or carry one on?
    let nextPair = 0;
    if (pair !== 0 && (flagsOf(CUE_TRIPLES, joinHash(pair, hash)) & CUE) !== 0) found = true;
    if (lead !== 0) {
      const run = joinHash(lead, hash);
      const flags = flagsOf(CUE_PAIRS, run);
      if ((flags & CUE) !== 0) found = true;
      if ((flags & LEAD) !== 0) nextPair = run;
    }
    const flags = flagsOf(CUE_WORDS, hash);
    if ((flags & CUE) !== 0) found = true;
    lead = (flags & LEAD) !== 0 ? hash : 0;
    pair = nextPair;
    hash = 0;
    inWord = false;
  }
  const digits = scattered ? digitsOf(text) : digitStart < 0 ? "" : text.slice(digitStart, digitEnd);
  return { digits, hasCue: found };
}
