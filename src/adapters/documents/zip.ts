/**
 * A zip's central directory, read and bounded before anything is inflated; then one entry at a
 * time, inflated by JSZip as a stream that stops as soon as it passes the size the entry
 * declared (a lying header cannot make it produce more).
 */
import JSZip from "jszip";
import { DocumentReadError, type DocumentLimits } from "./types";

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function corruptZip(): DocumentReadError<"corrupt"> {
  return new DocumentReadError("corrupt", { reason: "zip" });
}

class Reader {
  constructor(private readonly bytes: Uint8Array) {}

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw corruptZip();
    return this.bytes[at] | (this.bytes[at + 1] << 8);
  }

  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw corruptZip();
    return (
      (this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16)) +
      this.bytes[at + 3] * 0x1000000
    );
  }

  /** A 64-bit size; anything past 2^53 is far beyond every limit anyway. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }
}

interface Directory {
  entries: number;
  offset: number;
  size: number;
}

function findEndOfCentralDirectory(bytes: Uint8Array, r: Reader): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let at = bytes.length - EOCD_MIN_LENGTH; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && r.u32(at) === EOCD_SIGNATURE) return at;
  }
  throw corruptZip();
}

function readDirectory(bytes: Uint8Array, r: Reader): Directory {
  const eocd = findEndOfCentralDirectory(bytes, r);
  let entries = r.u16(eocd + 10);
  let size = r.u32(eocd + 12);
  let offset = r.u32(eocd + 16);
  if (entries === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator >= 0 && r.u32(locator) === ZIP64_LOCATOR_SIGNATURE) {
      const record = r.u64(locator + 8);
      if (r.u32(record) !== ZIP64_EOCD_SIGNATURE) throw corruptZip();
      entries = r.u64(record + 32);
      size = r.u64(record + 40);
      offset = r.u64(record + 48);
    }
  }
  if (offset + size > bytes.length) throw corruptZip();
  return { entries, offset, size };
}

/** Sizes from a central directory entry's zip64 extra field, for the fields marked 0xFFFFFFFF. */
function zip64Sizes(
  r: Reader,
  extraStart: number,
  extraLength: number,
  sizes: { compressed: number; uncompressed: number },
): void {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (sizes.uncompressed === U32_MAX) {
        sizes.uncompressed = r.u64(field);
        field += 8;
      }
      if (sizes.compressed === U32_MAX) sizes.compressed = r.u64(field);
      return;
    }
    at += 4 + length;
  }
}

const NAME_DECODER = new TextDecoder("utf-8");

/**
 * The entries a zip declares, refused when there are too many, when their declared sizes add
 * up past the limit, or when one entry claims a compression ratio no Word part has.
 */
export function readZipDirectory(bytes: Uint8Array, limits: DocumentLimits): ZipEntryInfo[] {
  const r = new Reader(bytes);
  const dir = readDirectory(bytes, r);
  if (dir.entries > limits.maxZipEntries) {
    throw new DocumentReadError("too-many-entries", { limit: limits.maxZipEntries, actual: dir.entries });
  }
  const out: ZipEntryInfo[] = [];
  let total = 0;
  let at = dir.offset;
  const end = dir.offset + dir.size;
  for (let k = 0; k < dir.entries; k++) {
    if (at + 46 > end || r.u32(at) !== CENTRAL_HEADER_SIGNATURE) throw corruptZip();
    const sizes = { compressed: r.u32(at + 20), uncompressed: r.u32(at + 24) };
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > end) throw corruptZip();
    if (sizes.compressed === U32_MAX || sizes.uncompressed === U32_MAX) {
      zip64Sizes(r, nameStart + nameLength, extraLength, sizes);
    }
    const name = NAME_DECODER.decode(bytes.subarray(nameStart, nameStart + nameLength));
    total += sizes.uncompressed;
    if (total > limits.maxUncompressedBytes) {
      throw new DocumentReadError("too-large", {
        what: "uncompressed",
        limit: limits.maxUncompressedBytes,
        actual: total,
      });
    }
    if (
      sizes.uncompressed > limits.ratioFloorBytes &&
      (sizes.compressed === 0 || sizes.uncompressed / sizes.compressed > limits.maxCompressionRatio)
    ) {
      throw new DocumentReadError("too-large", {
        what: "ratio",
        limit: limits.maxCompressionRatio,
        actual:
          sizes.compressed === 0 ? sizes.uncompressed : Math.round(sizes.uncompressed / sizes.compressed),
        part: name,
      });
    }
    out.push({ name, compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return out;
}

/** An opened zip whose directory passed the bounds. */
export interface BoundedZip {
  entries: ReadonlyMap<string, ZipEntryInfo>;
  /** The entry's bytes, or null when the zip has no such entry. */
  read(name: string): Promise<Uint8Array | null>;
}

export async function openBoundedZip(bytes: Uint8Array, limits: DocumentLimits): Promise<BoundedZip> {
  const infos = readZipDirectory(bytes, limits);
  const entries = new Map(infos.map((e) => [e.name, e]));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw corruptZip();
  }
  return {
    entries,
    read: (name) => {
      const info = entries.get(name);
      const file = zip.file(name);
      if (!info || !file) return Promise.resolve(null);
      return inflateBounded(file, info);
    },
  };
}

/** JSZip's chunked reader (public in its code, missing from its type declarations). */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (e: unknown) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** Inflate one entry, stopping at the first byte past its declared size. */
function inflateBounded(file: JSZip.JSZipObject, info: ZipEntryInfo): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream(
      "uint8array",
    );
    stream.on("data", (chunk: Uint8Array) => {
      if (done) return;
      length += chunk.length;
      if (length > info.uncompressedSize) {
        done = true;
        stream.pause();
        reject(
          new DocumentReadError("too-large", {
            what: "entry",
            limit: info.uncompressedSize,
            actual: length,
            part: info.name,
          }),
        );
        return;
      }
      chunks.push(chunk);
    });
    stream.on("error", () => {
      if (done) return;
      done = true;
      reject(corruptZip());
    });
    stream.on("end", () => {
      if (done) return;
      done = true;
      const out = new Uint8Array(length);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    stream.resume();
  });
}
