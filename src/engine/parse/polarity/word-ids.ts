/** A name read into the ids of the words polarity looks for, and the concepts found among them. */
import { ABSENCE, LOWER_IS_BETTER, POSITIVE_ACTIONS, type Concept } from "./concepts";
import {
  EXTENDED_END,
  OTHER,
  PIECE,
  pieceOf,
  SEPARATOR,
  SLASH_CHAR,
  SYMBOL_OF_CODE,
  symbolOf,
  symbolOfPiece,
} from "./name-chars";
import { words } from "./words";
import { isFoldSpace } from "../../text/fast-fold";

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
export type PhraseIndex = Array<PhraseEntry[] | undefined>;

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

export const LOWER_IS_BETTER_INDEX = indexPhrases(LOWER_IS_BETTER);
export const POSITIVE_ACTIONS_INDEX = indexPhrases(POSITIVE_ACTIONS);
export const ABSENCE_INDEX = indexPhrases(ABSENCE);
export const GIAM = wordId("giam");
export const THOAT = wordId("thoat");
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

export function hasCueWord(ids: readonly number[]): boolean {
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

/**
 * The ids of `words(text)`, in one pass over the characters (no string per word). Text
 * outside the tabled Latin ranges takes the slow path.
 */
export function wordIds(text: string): number[] {
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
export function findConcept<Key extends string>(
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
