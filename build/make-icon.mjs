// Regenerates build/icon.png (512x512) and build/icon.ico (256x256 PNG entry) from code,
// so the icon has a source in the repo and needs no image tool: `node build/make-icon.mjs`.
// The glyph: a Fluent-blue rounded square with a white RJ45 port and three "setting" bars.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

/** Coverage of pixel (x, y) of a size x size canvas by the glyph, supersampled 4x4; returns RGBA. */
function pixel(size, x, y) {
  let bg = 0;
  let fg = 0;
  const n = 4;
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      const u = (x + (sx + 0.5) / n) / size; // 0..1
      const v = (y + (sy + 0.5) / n) / size;
      if (inRoundedRect(u, v, 0.04, 0.04, 0.96, 0.96, 0.18)) {
        bg++;
        if (inGlyph(u, v)) fg++;
      }
    }
  }
  const total = n * n;
  if (bg === 0) return [0, 0, 0, 0];
  const t = fg / bg;
  const rgb = BLUE.map((c, i) => Math.round(c * (1 - t) + WHITE[i] * t));
  return [...rgb, Math.round((bg / total) * 255)];
}

function inRoundedRect(u, v, x0, y0, x1, y1, r) {
  if (u < x0 || u > x1 || v < y0 || v > y1) return false;
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

function inGlyph(u, v) {
  // RJ45 port outline (a ring) with the latch notch at the bottom.
  const outer = inRoundedRect(u, v, 0.2, 0.18, 0.8, 0.62, 0.05);
  const inner = inRoundedRect(u, v, 0.27, 0.25, 0.73, 0.55, 0.02);
  const notch = u > 0.4 && u < 0.6 && v > 0.55 && v < 0.62;
  const port = outer && !inner && !notch;
  // Eight contacts inside the port.
  let pin = false;
  for (let i = 0; i < 8; i++) {
    const px = 0.31 + i * 0.054;
    if (u > px && u < px + 0.028 && v > 0.27 && v < 0.38) pin = true;
  }
  // Three slider bars below: the "Advanced properties".
  const bars = [0.7, 0.77, 0.84].some((by, i) => {
    const knob = [0.62, 0.38, 0.52][i];
    const bar = u > 0.2 && u < 0.8 && v > by && v < by + 0.022;
    const k = (u - knob) ** 2 + (v - (by + 0.011)) ** 2 < 0.03 ** 2;
    return bar || k;
  });
  return port || pin || bars;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      p.forEach((c, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = c));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico holding PNG-compressed entries (supported since Windows Vista). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const dir = Buffer.alloc(16 * pngs.length);
  let offset = 6 + dir.length;
  pngs.forEach(({ size, data }, i) => {
    const e = i * 16;
    dir[e] = size >= 256 ? 0 : size;
    dir[e + 1] = size >= 256 ? 0 : size;
    dir.writeUInt16LE(1, e + 4); // planes
    dir.writeUInt16LE(32, e + 6); // bpp
    dir.writeUInt32LE(data.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, dir, ...pngs.map((p) => p.data)]);
}

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here('./icon.png'), png(512));
writeFileSync(here('./icon.ico'), ico([16, 32, 48, 256].map((size) => ({ size, data: png(size) }))));
console.log('wrote build/icon.png and build/icon.ico');
