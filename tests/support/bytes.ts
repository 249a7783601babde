/** Byte fixtures for the file-type tests: just enough structure for the sniffer, built by hand. */

export function concat(...parts: Array<number[] | Uint8Array>): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
export const utf16le = (text: string): number[] => Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
export const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** A ZIP-shaped buffer holding the given entry names (local headers + end record). */
export function zipWith(names: string[], { withEnd = true } = {}): Uint8Array {
  const entries = names.map((name) =>
    concat([0x50, 0x4b, 0x03, 0x04], zeros(26), ascii(name), ascii("data")),
  );
  const end = withEnd ? [concat([0x50, 0x4b, 0x05, 0x06], zeros(18))] : [];
  return concat(...entries, ...end);
}

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file header followed by directory entry names (UTF-16LE). */
export function oleWith(streamNames: string[]): Uint8Array {
  return concat(
    CFB_MAGIC,
    zeros(504),
    ...streamNames.map((n) => concat(utf16le(n), zeros(64 - 2 * n.length))),
  );
}
