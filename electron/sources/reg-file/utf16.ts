/**
 * UTF-16LE conversion by code unit, so lone surrogates (legal in registry strings)
 * survive a read/write round trip; TextDecoder would replace them with U+FFFD.
 */

const CHUNK = 8192;

/** Decode UTF-16LE bytes `[start, end)`; an odd trailing byte becomes U+FFFD. */
export function decodeUtf16le(bytes: ArrayLike<number>, start = 0, end = bytes.length): string {
  const units = Math.floor((end - start) / 2);
  const codes = new Uint16Array(units);
  for (let i = 0, b = start; i < units; i++, b += 2) codes[i] = bytes[b]! | (bytes[b + 1]! << 8);
  let out = '';
  for (let i = 0; i < units; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, Math.min(i + CHUNK, units)));
  return (end - start) % 2 === 1 ? out + '\uFFFD' : out;
}

/** Decode UTF-16BE bytes `[start, end)`. */
export function decodeUtf16be(bytes: ArrayLike<number>, start = 0, end = bytes.length): string {
  const swapped = new Uint8Array(end - start);
  for (let i = 0; i + 1 < swapped.length; i += 2) {
    swapped[i] = bytes[start + i + 1]!;
    swapped[i + 1] = bytes[start + i]!;
  }
  if (swapped.length % 2 === 1) swapped[swapped.length - 1] = bytes[end - 1]!;
  return decodeUtf16le(swapped);
}

/** Write `text` as UTF-16LE into `target` at `offset`; returns the offset after it. */
export function writeUtf16le(text: string, target: Uint8Array | number[], offset: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    target[offset++] = code & 0xff;
    target[offset++] = code >>> 8;
  }
  return offset;
}
