/**
 * OLE compound files (signature D0 CF 11 E0 A1 B1 1A E1): Word 97–2003 .doc, Excel .xls, and
 * password-protected OOXML (an "EncryptionInfo" and an "EncryptedPackage" stream). Only the
 * directory's stream names are read (and, for a .doc, the encryption flag of its header), following the FAT chain of the directory, every loop
 * bounded by the file's sector count.
 */
export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasOleSignature(bytes: Uint8Array): boolean {
  if (bytes.length < OLE_SIGNATURE.length) return false;
  for (let k = 0; k < OLE_SIGNATURE.length; k++) if (bytes[k] !== OLE_SIGNATURE[k]) return false;
  return true;
}

export type OleKind = "encrypted-ooxml" | "encrypted-doc" | "doc" | "xls" | "unknown";

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

interface OleEntry {
  name: string;
  /** The stream's first sector and its size in bytes. */
  start: number;
  size: number;
}

interface OleDirectory {
  entries: OleEntry[];
  /** The first byte of a sector, or -1 when it is not in the file. */
  sectorOffset(sector: number): number;
  miniStreamCutoff: number;
}

/** The streams and storages in the directory, or null when it cannot be read. */
function readOleDirectory(bytes: Uint8Array): OleDirectory | null {
  if (!hasOleSignature(bytes) || bytes.length < 512) return null;
  const shift = u16(bytes, 30);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const offsetOf = (sector: number) => 512 + sector * sectorSize;
  const inFile = (sector: number) => sector <= MAX_SECTOR && offsetOf(sector) + sectorSize <= bytes.length;

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let k = 0; k < HEADER_DIFAT_ENTRIES; k++) {
    const s = u32(bytes, 76 + k * 4);
    if (inFile(s)) fatSectors.push(s);
  }
  let difat = u32(bytes, 68);
  const perDifat = sectorSize / 4 - 1;
  for (let guard = 0; inFile(difat) && guard < sectorCount; guard++) {
    const at = offsetOf(difat);
    for (let k = 0; k < perDifat; k++) {
      const s = u32(bytes, at + k * 4);
      if (inFile(s)) fatSectors.push(s);
    }
    difat = u32(bytes, at + perDifat * 4);
  }
  const fatNext = (sector: number): number => {
    const perFat = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perFat)];
    if (fatSector === undefined) return END_OF_CHAIN;
    return u32(bytes, offsetOf(fatSector) + (sector % perFat) * 4);
  };

  const entries: OleEntry[] = [];
  let sector = u32(bytes, 48);
  for (let guard = 0; inFile(sector) && guard < sectorCount; guard++) {
    const at = offsetOf(sector);
    for (let e = 0; e < sectorSize / DIRECTORY_ENTRY_SIZE; e++) {
      const entry = at + e * DIRECTORY_ENTRY_SIZE;
      const nameBytes = u16(bytes, entry + 64);
      const type = bytes[entry + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let k = 0; k + 2 < nameBytes; k += 2) name += String.fromCharCode(u16(bytes, entry + k));
      entries.push({ name, start: u32(bytes, entry + 116), size: u32(bytes, entry + 120) });
    }
    sector = fatNext(sector);
  }
  if (entries.length === 0) return null;
  return {
    entries,
    sectorOffset: (s) => (inFile(s) ? offsetOf(s) : -1),
    miniStreamCutoff: u32(bytes, 56),
  };
}

export function oleStreamNames(bytes: Uint8Array): string[] | null {
  return readOleDirectory(bytes)?.entries.map((e) => e.name) ?? null;
}

const FIB_IDENT = 0xa5ec;
const FIB_ENCRYPTED = 0x0100;

/** Word 97's own password protection: the fEncrypted bit of the FIB at the WordDocument stream's start. */
function wordDocumentEncrypted(bytes: Uint8Array, dir: OleDirectory, entry: OleEntry): boolean {
  if (entry.size < dir.miniStreamCutoff) return false;
  const at = dir.sectorOffset(entry.start);
  if (at < 0 || u16(bytes, at) !== FIB_IDENT) return false;
  return (u16(bytes, at + 0x0a) & FIB_ENCRYPTED) !== 0;
}

export function oleKind(bytes: Uint8Array): OleKind {
  const dir = readOleDirectory(bytes);
  if (!dir) return "unknown";
  const names = dir.entries.map((e) => e.name);
  if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage")) return "encrypted-ooxml";
  const word = dir.entries.find((e) => e.name === "WordDocument");
  if (word) return wordDocumentEncrypted(bytes, dir, word) ? "encrypted-doc" : "doc";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  return "unknown";
}
