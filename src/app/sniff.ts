/**
 * What kind of file the user gave us, decided from its bytes (never from its name alone):
 * a file renamed to .xlsx, an old .xls, or a password-protected workbook must each get a
 * clear message instead of a parser stack trace. The command line and the browser page both
 * ask here; each words the message its own way.
 */

export type FileKind =
  | "xlsx"
  /** Empty file (0 bytes). */
  | "empty"
  /** Excel binary workbook (.xlsb): a ZIP holding xl/workbook.bin. */
  | "xlsb"
  /** A ZIP that is not a workbook (.docx, .odt, .zip …). */
  | "otherZip"
  /** A ZIP whose start is right but whose end is missing or damaged. */
  | "truncatedZip"
  /** An OLE compound file holding an encrypted OOXML package: a password-protected workbook. */
  | "encrypted"
  /** An OLE compound file holding a legacy Excel 97–2003 workbook (.xls). */
  | "legacyXls"
  /** Another OLE compound file (old .doc, .msg …). */
  | "otherOle"
  /** Anything else (text, CSV, HTML, PDF, image …). */
  | "unknown";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** Ends every ZIP; an empty archive is this record alone. */
const ZIP_END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** OLE/CFB magic: D0 CF 11 E0 A1 B1 1A E1. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOfBytes(bytes: Uint8Array, needle: number[], from = 0): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = from; i <= last; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

/** CFB directory entry names are UTF-16LE. */
function utf16le(text: string): number[] {
  return Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/**
 * ZIP entry names are stored uncompressed in the local headers and the central directory,
 * so looking for the name in the raw bytes tells what the package holds without unzipping.
 */
function sniffZip(bytes: Uint8Array): FileKind {
  // The end-of-central-directory record sits in the last 22 bytes (+ a comment ≤ 64 KiB).
  const tailStart = Math.max(0, bytes.length - 22 - 0xffff);
  const hasEnd = indexOfBytes(bytes, ZIP_END_OF_CENTRAL_DIRECTORY, tailStart) >= 0;
  if (indexOfBytes(bytes, ascii("xl/workbook.xml")) >= 0) return hasEnd ? "xlsx" : "truncatedZip";
  if (indexOfBytes(bytes, ascii("xl/workbook.bin")) >= 0) return "xlsb";
  return hasEnd ? "otherZip" : "truncatedZip";
}

function sniffOle(bytes: Uint8Array): FileKind {
  if (indexOfBytes(bytes, utf16le("EncryptionInfo")) >= 0) return "encrypted";
  if (indexOfBytes(bytes, utf16le("EncryptedPackage")) >= 0) return "encrypted";
  if (indexOfBytes(bytes, utf16le("Workbook")) >= 0 || indexOfBytes(bytes, utf16le("Book")) >= 0) {
    return "legacyXls";
  }
  return "otherOle";
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return sniffZip(bytes);
  if (startsWith(bytes, ZIP_END_OF_CENTRAL_DIRECTORY)) return "otherZip";
  if (startsWith(bytes, CFB_MAGIC)) return sniffOle(bytes);
  return "unknown";
}
