/** Compound (OLE) files built in code: Word 97 .doc and password-protected Office files. */
import { OLE_SIGNATURE } from "../../../../src/adapters/documents/ole";

/**
 * A minimal compound file: header, one FAT sector, one directory sector naming `streams`, and a
 * WordDocument stream whose header (FIB) carries `fibFlags`.
 */
export function oleFile(streams: string[], fibFlags = 0): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(512 + 2 * sector + 4096);
  const view = new DataView(out.buffer);
  out.set(OLE_SIGNATURE, 0);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // the directory starts at sector 1
  view.setUint32(56, 4096, true); // streams from 4096 bytes up live in regular sectors
  view.setUint32(60, 0xfffffffe, true);
  view.setUint32(68, 0xfffffffe, true);
  for (let k = 0; k < 109; k++) view.setUint32(76 + k * 4, 0xffffffff, true);
  view.setUint32(76, 0, true); // the FAT is sector 0
  const fat = 512;
  for (let k = 0; k < 128; k++) view.setUint32(fat + k * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  // The WordDocument stream: sectors 2 to 9.
  for (let k = 2; k < 10; k++) view.setUint32(fat + k * 4, k === 9 ? 0xfffffffe : k + 1, true);
  const dir = 512 + sector;
  ["Root Entry", ...streams].slice(0, 4).forEach((name, e) => {
    const at = dir + e * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = e === 0 ? 5 : 2;
    if (name === "WordDocument") {
      view.setUint32(at + 116, 2, true);
      view.setUint32(at + 120, 4096, true);
    }
  });
  const fib = 512 + 2 * sector;
  view.setUint16(fib, 0xa5ec, true);
  view.setUint16(fib + 0x0a, fibFlags, true);
  return out;
}
