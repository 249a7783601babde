/**
 * The uncompressed size of each file in a zip, from its central directory alone (nothing is
 * inflated): how much XML a reader has ahead of it, known before it starts.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;

/** File name → uncompressed bytes (folders left out); empty when the directory cannot be read (the reader will say why). */
export function zipEntrySizes(bytes: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return sizes;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (!name.endsWith("/")) sizes.set(name.replace(/^\//, ""), size);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}
