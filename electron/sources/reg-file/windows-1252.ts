/**
 * windows-1252 ("ANSI" on Western Windows) by table. Node 20's TextDecoder('windows-1252')
 * decodes as ISO-8859-1, turning 0x80 into U+0080 instead of €, so it cannot be used.
 */

/** Code points for bytes 0x80–0x9F; every other byte is its own code point. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 8192;

/** Decode windows-1252 bytes to text. */
export function decodeWindows1252(bytes: ArrayLike<number>): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes[i] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return out;
}
