import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRegBytes } from './decode-reg-bytes';

const TEXT = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Test]\r\n"Name"="Café ✓ 日本"\r\n';

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    out[o++] = text.charCodeAt(i) & 0xff;
    out[o++] = text.charCodeAt(i) >>> 8;
  }
  return out;
}

describe('decodeRegBytes', () => {
  it('decodes UTF-16LE with a BOM and drops the BOM', () => {
    expect(decodeRegBytes(utf16le(TEXT, true))).toBe(TEXT);
  });

  it('detects UTF-16LE without a BOM from the NULs at odd offsets', () => {
    expect(decodeRegBytes(utf16le(TEXT, false))).toBe(TEXT);
  });

  it('decodes UTF-16BE with a BOM', () => {
    const le = utf16le(TEXT, false);
    const be = new Uint8Array(le.length + 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < le.length; i += 2) {
      be[i + 2] = le[i + 1]!;
      be[i + 3] = le[i]!;
    }
    expect(decodeRegBytes(be)).toBe(TEXT);
  });

  it('decodes UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeRegBytes(utf8)).toBe(TEXT);
    expect(decodeRegBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT);
  });

  it('falls back to windows-1252 for bytes that are not UTF-8 (REGEDIT4 ANSI files)', () => {
    const ansi = Uint8Array.from([...'REGEDIT4\r\n"a"="caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x80, 0x22]));
    expect(decodeRegBytes(ansi)).toBe('REGEDIT4\r\n"a"="café€"');
  });

  it('keeps lone surrogates in UTF-16LE (registry strings may hold them)', () => {
    expect(decodeRegBytes(utf16le('REGEDIT4 \uD800x', true))).toBe('REGEDIT4 \uD800x');
  });

  it('turns an odd trailing byte of a UTF-16LE file into U+FFFD', () => {
    expect(decodeRegBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBe('A\uFFFD');
  });

  it('handles the empty file and a lone BOM', () => {
    expect(decodeRegBytes(new Uint8Array())).toBe('');
    expect(decodeRegBytes(Uint8Array.from([0xff, 0xfe]))).toBe('');
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => typeof decodeRegBytes(bytes) === 'string'));
  });
});
