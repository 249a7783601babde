#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16.png … icon-128.png): a small table with a
 * header row and a green check mark, the product's motif. Pure Node (zlib), no image tools:
 *   node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, "..", "assets");

const BLUE = [31, 78, 121, 255];
const HEADER = [68, 114, 196, 255];
const PAPER = [255, 255, 255, 255];
const LINE = [155, 175, 200, 255];
const GREEN = [46, 160, 67, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c = ~0;
  for (let i = 0; i < buf.length; i++) {
    c ^= buf[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const s = size / 16; // drawing unit: the 16 px design scaled
  const set = (x, y, color) => {
    const i = (y * size + x) * 4;
    pixels[i] = color[0];
    pixels[i + 1] = color[1];
    pixels[i + 2] = color[2];
    pixels[i + 3] = color[3];
  };
  const border = Math.max(1, Math.round(s));
  const left = 0;
  const top = Math.round(1 * s);
  const right = size - 1;
  const bottom = size - 1 - Math.round(1 * s);
  const headerBottom = top + Math.round(4 * s);
  const rows = [headerBottom + Math.round(3.5 * s), headerBottom + Math.round(7 * s)];
  const columnLine = left + Math.round(5 * s);
  // check mark from (7,10) to (9.5,12.5) to (14.5,5.5) in design units, stroke 1.6 units
  const stroke = Math.max(1.2, 1.6 * s);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let color = CLEAR;
      if (x >= left && x <= right && y >= top && y <= bottom) {
        const onBorder = x < left + border || x > right - border || y < top + border || y > bottom - border;
        if (onBorder) color = BLUE;
        else if (y < headerBottom) color = HEADER;
        else if (
          rows.some((r) => y >= r && y < r + Math.max(1, Math.round(s / 2))) ||
          (x >= columnLine && x < columnLine + Math.max(1, Math.round(s / 2)))
        )
          color = LINE;
        else color = PAPER;
      }
      const cx = (x + 0.5) / s;
      const cy = (y + 0.5) / s;
      const d = Math.min(
        distanceToSegment(cx, cy, 6.5, 10, 9.2, 12.8),
        distanceToSegment(cx, cy, 9.2, 12.8, 14.6, 5.8),
      );
      if (d * s <= stroke / 2) color = GREEN;
      set(x, y, color);
    }
  }
  return encodePng(size, pixels);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(OUT_DIR, `icon-${size}.png`), draw(size));
}
console.log(`icons written: ${SIZES.map((n) => `icon-${n}.png`).join(", ")}`);
