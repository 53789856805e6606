/**
 * Turn the bytes of a `.reg` file into text the way regedit reads it: regedit and
 * `reg export` write UTF-16LE with a BOM, REGEDIT4 files and hand-written ones are
 * ANSI or UTF-8.
 */

import { decodeUtf16be, decodeUtf16le } from './utf16';
import { decodeWindows1252 } from './windows-1252';

/** How many leading bytes the UTF-16LE guess looks at; a header plus a key line is plenty. */
const SNIFF_BYTES = 4096;

const UTF16LE = new TextDecoder('utf-16le');

/** Decode `.reg` file bytes to text without the BOM: UTF-16LE/BE with BOM, UTF-8 (BOM optional), BOM-less UTF-16LE, else windows-1252. */
export function decodeRegBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16be(bytes, 2);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (looksLikeUtf16le(bytes)) return utf16le(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: what regedit calls ANSI, which on Western systems is windows-1252.
    return decodeWindows1252(bytes);
  }
}

/**
 * The native decoder is many times faster than decoding by hand, but it turns lone
 * surrogates into U+FFFD; only then (rare) decode again code unit by code unit.
 */
function utf16le(bytes: Uint8Array): string {
  const text = UTF16LE.decode(bytes);
  return text.includes('\uFFFD') ? decodeUtf16le(bytes) : text;
}

/**
 * A BOM-less UTF-16LE `.reg` file is mostly ASCII, so most high bytes (odd offsets) are NUL
 * while low bytes are not; ANSI and UTF-8 text has no NUL bytes at all.
 */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n === 0) return false;
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const units = n / 2;
  return oddNuls * 4 >= units && evenNuls * 4 < oddNuls;
}
