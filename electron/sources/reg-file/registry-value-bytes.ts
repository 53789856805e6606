/**
 * Registry values to and from the raw bytes of a `hex(N):` line, with N the
 * registry type code. Shared by the `.reg` reader and writer so they agree.
 */

import { REGISTRY_TYPE_CODES, type RegistryValue } from '../../../shared/model/registry-value';
import { decodeUtf16le, writeUtf16le } from './utf16';
import { decodeWindows1252 } from './windows-1252';

/**
 * The value a `hex(type):` byte list stands for. `ansi` is for REGEDIT4 files, whose
 * string types hold single-byte ANSI text. Data that does not fit its type (a 3-byte
 * DWORD, an odd-length UTF-16 string) is kept byte for byte as REG_UNKNOWN with that
 * type number, so nothing in a customer's export is silently changed.
 */
export function valueFromHex(type: number, bytes: readonly number[], ansi: boolean): RegistryValue {
  const c = REGISTRY_TYPE_CODES;
  switch (type) {
    case c.REG_NONE:
      return { type: 'REG_NONE', data: bytes };
    case c.REG_BINARY:
      return { type: 'REG_BINARY', data: bytes };
    case c.REG_SZ:
    case c.REG_EXPAND_SZ: {
      const text = decodeText(bytes, ansi);
      if (text === null) break;
      return { type: type === c.REG_SZ ? 'REG_SZ' : 'REG_EXPAND_SZ', data: stripNul(text) };
    }
    case c.REG_MULTI_SZ: {
      const text = decodeText(bytes, ansi);
      if (text === null) break;
      return { type: 'REG_MULTI_SZ', data: splitMultiString(text) };
    }
    case c.REG_DWORD:
      if (bytes.length !== 4) break;
      return { type: 'REG_DWORD', data: (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0 };
    case c.REG_QWORD: {
      if (bytes.length !== 8) break;
      let n = 0n;
      for (let i = 7; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
      return { type: 'REG_QWORD', data: n.toString() };
    }
  }
  return { type: 'REG_UNKNOWN', rawType: type, data: bytes };
}

/** The type code and bytes regedit writes for `value` (strings as UTF-16LE with terminating NULs). */
export function valueToHex(value: RegistryValue): { type: number; bytes: number[] } {
  const c = REGISTRY_TYPE_CODES;
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type: c[value.type], bytes: utf16(`${value.data}\0`) };
    case 'REG_MULTI_SZ':
      for (const s of value.data) {
        if (s.includes('\0')) throw new RangeError('a REG_MULTI_SZ string cannot contain NUL: NUL separates the strings');
      }
      // An empty list is one NUL; otherwise each string ends in NUL and the list in one more.
      return { type: c.REG_MULTI_SZ, bytes: utf16(value.data.length === 0 ? '\0' : `${value.data.join('\0')}\0\0`) };
    case 'REG_DWORD': {
      const n = checkDword(value.data);
      return { type: c.REG_DWORD, bytes: [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24] };
    }
    case 'REG_QWORD': {
      let n = checkQword(value.data);
      const bytes: number[] = [];
      for (let i = 0; i < 8; i++, n >>= 8n) bytes.push(Number(n & 0xffn));
      return { type: c.REG_QWORD, bytes };
    }
    case 'REG_BINARY':
    case 'REG_NONE':
      return { type: c[value.type], bytes: checkBytes(value.data) };
    case 'REG_UNKNOWN':
      if (!Number.isInteger(value.rawType) || value.rawType < 0 || value.rawType > 0xffffffff) {
        throw new RangeError(`registry type ${value.rawType} is not a 32-bit type code`);
      }
      return { type: value.rawType, bytes: checkBytes(value.data) };
  }
}

/** A DWORD's data as an unsigned 32-bit integer, or a RangeError. */
export function checkDword(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`REG_DWORD data ${n} is not an unsigned 32-bit integer`);
  return n;
}

function checkQword(text: string): bigint {
  if (!/^\d{1,20}$/.test(text) || BigInt(text) > 0xffffffffffffffffn) {
    throw new RangeError(`REG_QWORD data "${text}" is not an unsigned 64-bit decimal`);
  }
  return BigInt(text);
}

function checkBytes(data: readonly number[]): number[] {
  for (const b of data) {
    if (!Number.isInteger(b) || b < 0 || b > 255) throw new RangeError(`byte ${b} is not in 0..255`);
  }
  return [...data];
}

function utf16(text: string): number[] {
  const out = new Array<number>(text.length * 2);
  writeUtf16le(text, out, 0);
  return out;
}

/** Null when UTF-16 data has an odd length, which no string decoding would keep intact. */
function decodeText(bytes: readonly number[], ansi: boolean): string | null {
  if (ansi) return decodeWindows1252(bytes);
  if (bytes.length % 2 === 1) return null;
  return decodeUtf16le(bytes);
}

function stripNul(text: string): string {
  return text.endsWith('\0') ? text.slice(0, -1) : text;
}

/** `a\0b\0\0` -> [a, b]; `\0` -> []; a missing terminator is tolerated as regedit does. */
function splitMultiString(text: string): string[] {
  let s = stripNul(text);
  if (s.length === 0) return [];
  s = stripNul(s);
  return s.split('\0');
}
