/**
 * Polarity (GUIDE §5): is a higher actual better, or a lower one? Default higher. Lower when
 * the target is an at-most expression, the name says "giảm … xuống", or the quantity is one
 * a commune wants less of (hộ nghèo, tai nạn, tội phạm …). Every decision names its cue.
 *
 * Traps handled before the word list: "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm" measures the
 * rate of reduction (higher is better); "Số bản không có ma túy" counts good villages.
 */
import {
  constantMessage,
  message,
  type Absence,
  type EngineMessage,
  type LowerQuantity,
  type PositiveAction,
} from "../messages";
import type { PolarityDecision, Target } from "../types";
import { foldChar, foldFast, isFoldSpace, isTabledChar } from "../text/fast-fold";
import { isDigitCode } from "../text/chars";
import { comparatorFromName, targetComparatorCue } from "./targets";

interface Concept<Key extends string> {
  /** Folded phrases, matched on word boundaries. */
  phrases: string[];
  /** What the catalogs call it in a polarity reason. */
  key: Key;
}

/** Quantities a commune wants less of. */
const LOWER_IS_BETTER: Array<Concept<LowerQuantity>> = [
  { phrases: ["ho can ngheo"], key: "near-poor-households" },
  { phrases: ["ho ngheo", "ty le ngheo", "ngheo da chieu"], key: "poor-households" },
  {
    phrases: ["lao dong nong nghiep", "lao dong trong nong nghiep", "lao dong trong linh vuc nong nghiep"],
    key: "farm-labour",
  },
  { phrases: ["tai nan"], key: "accidents" },
  { phrases: ["vu viec phuc tap", "phuc tap"], key: "complex-incidents" },
  { phrases: ["khieu kien", "khieu nai", "don thu", "vuot cap"], key: "complaints" },
  { phrases: ["toi pham", "pham toi"], key: "crime" },
  { phrases: ["nguoi nghien", "nghien ma tuy", "doi tuong nghien", "con nghien"], key: "drug-addicts" },
  { phrases: ["ma tuy", "te nan"], key: "drug-harm" },
  { phrases: ["suy dinh duong", "thap coi"], key: "malnutrition" },
  { phrases: ["that nghiep"], key: "unemployment" },
  { phrases: ["chay no", "chay rung", "hoa hoan", "vu chay"], key: "fires" },
  { phrases: ["o nhiem"], key: "pollution" },
  { phrases: ["tu vong"], key: "deaths" },
  { phrases: ["nha tam", "dot nat"], key: "makeshift-housing" },
  { phrases: ["sinh con thu 3", "con thu ba", "sinh con thu ba"], key: "third-births" },
  { phrases: ["tao hon", "ket hon can huyet"], key: "child-marriage" },
  { phrases: ["bo hoc"], key: "drop-out" },
  { phrases: ["no xau", "no dong"], key: "bad-debt" },
  { phrases: ["vi pham"], key: "violations" },
];

/**
 * Words that turn a bad quantity into a good one: "hộ nghèo được hỗ trợ", "vụ việc được
 * giải quyết", "người nghiện được cai nghiện", "thoát nghèo".
 */
const POSITIVE_ACTIONS: Array<Concept<PositiveAction>> = [
  { phrases: ["duoc"], key: "handled" },
  { phrases: ["thoat ngheo"], key: "out-of-poverty" },
  { phrases: ["giai quyet"], key: "resolved" },
  { phrases: ["hoa giai"], key: "mediated" },
  { phrases: ["ho tro"], key: "supported" },
  { phrases: ["xoa"], key: "removed" },
  { phrases: ["cai nghien"], key: "rehabilitated" },
  { phrases: ["dieu tra", "kham pha", "phat hien", "truy to"], key: "investigated" },
  { phrases: ["dao tao"], key: "trained" },
  { phrases: ["quan ly"], key: "managed" },
  { phrases: ["xu ly"], key: "dealt-with" },
];

/** "Không có …", "sạch ma túy": a count of good units. */
const ABSENCE: Array<Concept<Absence>> = [
  {
    phrases: ["khong co", "khong con", "khong xay ra", "khong de xay ra", "khong phat sinh"],
    key: "without",
  },
  { phrases: ["sach ma tuy"], key: "drug-free" },
];

/** Words of a folded name, punctuation dropped: "tỷ lệ (%)" → ["ty", "le"]. */
function words(text: string): string[] {
  const f = foldFast(text);
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k < f.length; k++) {
    const code = f.charCodeAt(k);
    const isWordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (isWordChar) {
      if (start < 0) start = k;
    } else {
      if (start >= 0) out.push(f.slice(start, k));
      start = -1;
      if (code === 0x2f) out.push("/");
    }
  }
  if (start >= 0) out.push(f.slice(start));
  return out;
}

/** The words joined with a space before and after, so a phrase is found as " ho ngheo ". */
function padded(list: string[]): string {
  return ` ${list.join(" ")} `;
}

function hasPhrase(text: string, phrase: string): boolean {
  return text.includes(` ${phrase} `);
}

// ---------------------------------------------------------------- word ids

/**
 * The words the rules look for, as a trie over a–z and 0–9, so a name is read into word ids in
 * one pass over its characters without building a string per word. Other words get UNKNOWN.
 */
const UNKNOWN = -1;
const SLASH = -2;
const SYMBOLS = 36;
/** Child node per symbol, while the trie is built; frozen into `trieChildren` below. */
const trieBuilding: number[] = [];
const trieWord: number[] = [];
let wordCount = 0;

function newNode(): number {
  trieWord.push(UNKNOWN);
  for (let k = 0; k < SYMBOLS; k++) trieBuilding.push(-1);
  return trieWord.length - 1;
}
newNode();

/** a–z → 0–25, 0–9 → 26–35, anything else → -1. */
function symbolOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return -1;
}

function wordId(word: string): number {
  let node = 0;
  for (let k = 0; k < word.length; k++) {
    const at = node * SYMBOLS + symbolOf(word.charCodeAt(k));
    if (trieBuilding[at] < 0) trieBuilding[at] = newNode();
    node = trieBuilding[at];
  }
  if (trieWord[node] === UNKNOWN) {
    trieWord[node] = wordCount++;
  }
  return trieWord[node];
}

/** A phrase's words as ids, with the concept's place in its list. */
interface PhraseEntry {
  ids: number[];
  rank: number;
}
/** The phrases by the id of their first word (an array: word ids are small and dense). */
type PhraseIndex = Array<PhraseEntry[] | undefined>;

function indexPhrases(concepts: ReadonlyArray<Concept<string>>): PhraseIndex {
  const index: PhraseIndex = [];
  concepts.forEach((concept, rank) => {
    for (const phrase of concept.phrases) {
      const ids = phrase.split(" ").map(wordId);
      const entries = index[ids[0]] ?? [];
      entries.push({ ids, rank });
      index[ids[0]] = entries;
    }
  });
  return index;
}

const LOWER_IS_BETTER_INDEX = indexPhrases(LOWER_IS_BETTER);
const POSITIVE_ACTIONS_INDEX = indexPhrases(POSITIVE_ACTIONS);
const ABSENCE_INDEX = indexPhrases(ABSENCE);
const GIAM = wordId("giam");
const THOAT = wordId("thoat");
const trieChildren = Int32Array.from(trieBuilding);

/**
 * Words that can change a name's polarity from the default: "giảm" and the first word of every
 * absence or lower-is-better phrase. A name with none of them is higher-better by default.
 */
const CUE_WORD = new Uint8Array(wordCount);
CUE_WORD[GIAM] = 1;
for (const index of [ABSENCE_INDEX, LOWER_IS_BETTER_INDEX])
  index.forEach((entries, id) => {
    if (entries) CUE_WORD[id] = 1;
  });

function hasCueWord(ids: readonly number[]): boolean {
  for (let k = 0; k < ids.length; k++) if (ids[k] >= 0 && CUE_WORD[ids[k]] === 1) return true;
  return false;
}

/** Word ids of a text read through `words()`: the slow path for scripts fastfold does not table. */
function idsOfWords(list: string[]): number[] {
  return list.map((w) => {
    if (w === "/") return SLASH;
    let node = 0;
    for (let k = 0; k < w.length && node >= 0; k++)
      node = trieChildren[node * SYMBOLS + symbolOf(w.charCodeAt(k))];
    return node >= 0 ? trieWord[node] : UNKNOWN;
  });
}

/** What a character is to `words()`: a symbol 0–35, or one of these. */
const SEPARATOR = -1;
const SLASH_CHAR = -2;
/** Folds to several characters or none (a combining mark): look at its piece. */
const PIECE = -3;
/** Outside the tabled ranges: read the whole text the slow way. */
const OTHER = -4;

function symbolOfPiece(piece: string): number {
  if (piece.length !== 1) return PIECE;
  const symbol = symbolOf(piece.charCodeAt(0));
  return symbol >= 0 ? symbol : piece === "/" ? SLASH_CHAR : SEPARATOR;
}

/** fold() of each character of the Latin ranges fastfold tables, as a symbol. */
const LATIN_END = 0x370;
const EXTENDED_START = 0x1e00;
const EXTENDED_END = 0x1f00;
const PIECES: string[] = [];
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
const SYMBOL_OF_CODE = new Int8Array(EXTENDED_END);
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
function pieceOf(code: number): string {
  return PIECES[code < LATIN_END ? code : code - EXTENDED_START + LATIN_END];
}

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

/**
 * The ids of `words(text)`, in one pass over the characters (no string per word). Text
 * outside the tabled Latin ranges takes the slow path.
 */
function wordIds(text: string): number[] {
  const out: number[] = [];
  let node = -1;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let symbol = SEPARATOR;
    let code = -1;
    if (i < n) {
      code = text.charCodeAt(i);
      if (code < EXTENDED_END) symbol = SYMBOL_OF_CODE[code];
      else if (!isFoldSpace(code)) return idsOfWords(words(text));
      if (symbol === OTHER) return idsOfWords(words(text));
    }
    if (symbol === PIECE) {
      const piece = pieceOf(code);
      for (let k = 0; k < piece.length; k++) {
        const one = symbolOfPiece(piece[k]);
        if (one >= 0) {
          if (!inWord) node = 0;
          inWord = true;
          if (node >= 0) node = trieChildren[node * SYMBOLS + one];
        } else {
          if (inWord) out.push(node >= 0 ? trieWord[node] : UNKNOWN);
          inWord = false;
          if (one === SLASH_CHAR) out.push(SLASH);
        }
      }
      continue;
    }
    if (symbol >= 0) {
      if (!inWord) node = 0;
      inWord = true;
      if (node >= 0) node = trieChildren[node * SYMBOLS + symbol];
      continue;
    }
    if (inWord) out.push(node >= 0 ? trieWord[node] : UNKNOWN);
    inWord = false;
    if (symbol === SLASH_CHAR) out.push(SLASH);
  }
  return out;
}

/**
 * The first concept (in list order) with a phrase among the name's consecutive words: the
 * same answer as looking for " phrase " in the padded name, one look-up per word.
 */
function findConcept<Key extends string>(
  ids: readonly number[],
  concepts: ReadonlyArray<Concept<Key>>,
  index: PhraseIndex,
): Concept<Key> | null {
  let best = concepts.length;
  for (let k = 0; k < ids.length; k++) {
    if (ids[k] < 0) continue;
    const entries = index[ids[k]];
    if (!entries) continue;
    for (const entry of entries) {
      if (entry.rank >= best) continue;
      const n = entry.ids.length;
      let m = 1;
      while (m < n && ids[k + m] === entry.ids[m]) m++;
      if (m === n) best = entry.rank;
    }
  }
  return best < concepts.length ? concepts[best] : null;
}

/** The default decision, shared by most indicators: the report only reads it. */
const DEFAULT_DECISION: PolarityDecision = {
  polarity: "higher",
  reason: constantMessage("polarity/default"),
};

function decision(polarity: "higher" | "lower", reason: EngineMessage): PolarityDecision {
  return { polarity, reason };
}

// Decisions whose reason names no cue: one each, shared (decisions are read, never changed).
const REDUCE_TO: PolarityDecision = decision("lower", constantMessage("polarity/reduce-to"));
const REDUCTION_RATE: PolarityDecision = decision("higher", constantMessage("polarity/reduction-rate"));
const REDUCTION_SIZE: PolarityDecision = decision("higher", constantMessage("polarity/reduction-size"));

/** After "giảm": "xuống" within a few words, or "còn" before a level ("giảm còn 3%"). */
function reductionTo(list: string[], at: number): boolean {
  for (let k = at + 1; k < list.length && k <= at + 10; k++) {
    if (list[k] === "xuong") return true;
    if (list[k] === "con") {
      const next = list[k + 1];
      if (next === undefined || next === "duoi" || next === "khoang" || /^[0-9]/.test(next)) return true;
    }
  }
  return false;
}

const RATE_WORDS = ["binh quan", "moi nam", "hang nam", "/ nam"];

/**
 * Decide the polarity of one indicator from its name, its target and its unit. The caller
 * applies per-row overrides (set `overridden`); this function only infers.
 */
export function inferPolarity(name: string, target: Target, unit: string): PolarityDecision {
  return inferPolarityOf(name, readName(name), target, unit);
}

/**
 * Whether inferPolarity reads the target itself (its comparator, its level) rather than only
 * the name and the unit.
 */
export function polarityReadsTarget(target: Target): boolean {
  return target.kind === "atMost" || (target.kind === "atLeast" && !target.plain);
}

/** inferPolarity for a name already read with readName. */
export function inferPolarityOf(
  name: string,
  reading: NameReading,
  target: Target,
  unit: string,
): PolarityDecision {
  // Most names: no cue word, so none of the rules below applies.
  if (!polarityReadsTarget(target) && !reading.hasCue) return DEFAULT_DECISION;
  return infer(name, wordIds(typeof name === "string" ? name : ""), target, unit);
}

function infer(name: string, ids: readonly number[], target: Target, unit: string): PolarityDecision {
  // 1. The target's own comparator.
  if (polarityReadsTarget(target)) {
    const lower = target.kind === "atMost";
    if (target.fromName) {
      const cue = comparatorFromName(name, target.value)?.cue ?? (lower ? "dưới" : "trở lên");
      return lower
        ? decision(
            "lower",
            message("polarity/name-at-most", {
              cue,
              afterReduce: ids.includes(GIAM) && cue.startsWith("xuống"),
            }),
          )
        : decision("higher", message("polarity/name-at-least", { cue }));
    }
    const cue = targetComparatorCue(target.text) ?? (lower ? "không quá" : "trở lên");
    return lower
      ? decision("lower", message("polarity/target-at-most", { cue }))
      : decision("higher", message("polarity/target-at-least", { cue }));
  }

  // 2. "giảm" in the name: a level to reach ("giảm … xuống 3%") or the size of a reduction.
  if (ids.includes(GIAM) && !ids.includes(THOAT)) {
    const list = words(typeof name === "string" ? name : "");
    const giam = list.indexOf("giam");
    if (reductionTo(list, giam)) return REDUCE_TO;
    const unitWords = words(typeof unit === "string" ? unit : "");
    const nameText = padded(list);
    const unitText = padded(unitWords);
    const rate =
      RATE_WORDS.some((p) => hasPhrase(nameText, p) || hasPhrase(unitText, p)) ||
      (unitWords.includes("/") && unitWords.includes("nam"));
    return rate ? REDUCTION_RATE : REDUCTION_SIZE;
  }

  // 3. A count of good units: "Số bản không có ma túy".
  const absence = findConcept(ids, ABSENCE, ABSENCE_INDEX);
  if (absence) return decision("higher", message("polarity/absence", { absence: absence.key }));

  // 4. A quantity a commune wants less of, unless the name counts what was done about it.
  const bad = findConcept(ids, LOWER_IS_BETTER, LOWER_IS_BETTER_INDEX);
  if (bad) {
    const action = findConcept(ids, POSITIVE_ACTIONS, POSITIVE_ACTIONS_INDEX);
    if (action)
      return decision("higher", message("polarity/work-done", { quantity: bad.key, action: action.key }));
    return decision("lower", message("polarity/lower-quantity", { quantity: bad.key }));
  }

  // Most indicators: one decision shared by all of them (decisions are read, never changed).
  return DEFAULT_DECISION;
}
