/**
 * One line of an add-registry or del-registry section ("INF AddReg directive", "INF DelReg
 * directive") as a registry operation relative to HKR, the adapter's instance key:
 *
 *   reg-root, [subkey], [value-entry-name], [flags], [value][, value…]
 *
 * Flags are decimal or 0x-hex; the type is in the high word (REG_SZ 0x0, REG_MULTI_SZ 0x10000,
 * REG_EXPAND_SZ 0x20000) or, with FLG_ADDREG_BINVALUETYPE (0x1), binary data (REG_BINARY 0x1,
 * REG_DWORD 0x10001, REG_NONE 0x20001, REG_QWORD 0xB0001, any other high word: that registry type
 * number with the bytes given). Lines for other roots than HKR never reach an adapter's key.
 */

import type { SourceLocation } from '../../../shared/model/adapter';
import type { RegistryValue } from '../../../shared/model/registry-value';
import type { DiagnosticList } from './inf-diagnostic';
import { parseInfNumber } from './target-os';

export const FLG_ADDREG_BINVALUETYPE = 0x1;
export const FLG_ADDREG_NOCLOBBER = 0x2;
export const FLG_ADDREG_DELVAL = 0x4;
export const FLG_ADDREG_APPEND = 0x8;
export const FLG_ADDREG_KEYONLY = 0x10;
export const FLG_ADDREG_OVERWRITEONLY = 0x20;
export const FLG_ADDREG_KEYONLY_COMMON = 0x2000;
export const FLG_DELREG_MULTI_SZ_DELSTRING = 0x18002;

/** How a value is set: always, only when absent (NOCLOBBER), only when present (OVERWRITEONLY), or appended to a REG_MULTI_SZ. */
export type SetMode = 'replace' | 'no-clobber' | 'overwrite-only' | 'append';

/**
 * A registry operation on the adapter's instance key; `subkey` is relative to it ('' = the key
 * itself). `subkeyLower` and `param` (the lower-case keyword when the subkey is under
 * Ndi\params) are worked out once per line, as one AddReg line is applied to many install sections.
 */
export type RegOp = { readonly subkey: string; readonly subkeyLower: string; readonly param: string | null; readonly at: SourceLocation } & (
  | { readonly op: 'set'; readonly name: string; readonly value: RegistryValue; readonly mode: SetMode }
  | { readonly op: 'create-key' }
  | { readonly op: 'delete-value'; readonly name: string }
  | { readonly op: 'delete-key' }
  | { readonly op: 'delete-string'; readonly name: string; readonly text: string }
);

const PARAMS_PREFIX = 'ndi\\params\\';

/** The place part of an operation. */
function place(subkey: string, at: SourceLocation): { subkey: string; subkeyLower: string; param: string | null; at: SourceLocation } {
  const subkeyLower = subkey.toLowerCase();
  let param: string | null = null;
  if (subkeyLower.startsWith(PARAMS_PREFIX)) {
    const slash = subkeyLower.indexOf('\\', PARAMS_PREFIX.length);
    param = slash < 0 ? subkeyLower.slice(PARAMS_PREFIX.length) : subkeyLower.slice(PARAMS_PREFIX.length, slash);
  }
  return { subkey, subkeyLower, param, at };
}

const OTHER_ROOTS = new Set(['HKLM', 'HKCU', 'HKCR', 'HKU']);
/** Windows' limit on one key name. */
const MAX_KEY_NAME = 255;

/** True when every name of the backslash-separated `path` is neither empty nor over Windows' limit. */
function keyNamesFit(path: string): boolean {
  for (let start = 0; start <= path.length;) {
    const slash = path.indexOf('\\', start);
    const end = slash < 0 ? path.length : slash;
    if (end === start || end - start > MAX_KEY_NAME) return false;
    start = end + 1;
  }
  return true;
}

/** The subkey as a clean relative path; null (with a diagnostic) when Windows could not open it. */
function subkeyOf(text: string | undefined, at: SourceLocation, diagnostics: DiagnosticList): string | null {
  let path = (text ?? '').trim();
  while (path.endsWith('\\')) path = path.slice(0, -1);
  while (path.startsWith('\\')) path = path.slice(1);
  if (path === '') return '';
  if (!keyNamesFit(path)) {
    diagnostics.add({
      id: 'inf.bad-subkey',
      severity: 'error',
      message: `The subkey "${path}" has an empty or over-long key name; Windows cannot create it, so the line is skipped.`,
      at,
    });
    return null;
  }
  return path;
}

/** True when the line is for HKR; other roots are reported once per line and skipped. */
function isInstanceRoot(root: string | undefined, directive: 'AddReg' | 'DelReg', at: SourceLocation, diagnostics: DiagnosticList): boolean {
  const r = (root ?? '').trim().toUpperCase();
  if (r === 'HKR') return true;
  if (OTHER_ROOTS.has(r)) {
    diagnostics.add({
      id: 'inf.other-root',
      severity: 'info',
      message: `This ${directive} line writes ${r}, not the adapter's own key (HKR): it is not part of the Advanced page and is not shown.`,
      at,
    });
  } else {
    diagnostics.add({
      id: 'inf.bad-root',
      severity: 'error',
      message: `"${root ?? ''}" is not a registry root an INF can use (HKR, HKLM, HKCU, HKCR, HKU); Windows would reject the line.`,
      at,
    });
  }
  return false;
}

function flagsOf(text: string | undefined, at: SourceLocation, diagnostics: DiagnosticList): number | null {
  const t = (text ?? '').trim();
  if (t === '') return 0;
  const n = parseInfNumber(t);
  if (n === null) {
    diagnostics.add({ id: 'inf.bad-flags', severity: 'error', message: `The flags "${t}" are not a decimal or 0x-hex number; the line is skipped.`, at });
  }
  return n;
}

/** A DWORD as INF writes it: decimal, 0x-hex, or a negative decimal (two's complement). */
function dwordOf(text: string): number | null {
  const t = text.trim();
  if (/^-\d{1,10}$/.test(t)) {
    const n = Number(t);
    return n >= -0x80000000 ? n >>> 0 : null;
  }
  return parseInfNumber(t);
}

/** Bytes written as hex fields (`1,0A,ff` or `0x1a`); null when one is not a byte. */
function bytesOf(fields: readonly string[]): number[] | null {
  const out: number[] = [];
  for (const f of fields) {
    const t = f.trim().replace(/^0x/i, '');
    if (!/^[0-9a-f]{1,2}$/i.test(t)) return null;
    out.push(parseInt(t, 16));
  }
  return out;
}

function littleEndian(bytes: readonly number[]): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** The value of an AddReg line for its type flags; null with a diagnostic when it cannot be stored. */
function valueOf(flags: number, fields: readonly string[], at: SourceLocation, diagnostics: DiagnosticList): RegistryValue | null {
  const high = flags >>> 16;
  const bad = (what: string) => {
    diagnostics.add({ id: 'inf.bad-value', severity: 'error', message: `${what}; the line is skipped.`, at });
    return null;
  };
  if ((flags & FLG_ADDREG_BINVALUETYPE) === 0) {
    if (high === 0) return { type: 'REG_SZ', data: fields[0] ?? '' };
    if (high === 2) return { type: 'REG_EXPAND_SZ', data: fields[0] ?? '' };
    if (high === 1) {
      const strings: string[] = [];
      for (const f of fields) {
        if (f === '') break;
        strings.push(f);
      }
      return { type: 'REG_MULTI_SZ', data: strings };
    }
    return bad(`The flags 0x${flags.toString(16)} name no registry type`);
  }
  if (high === 1 || high === 4) {
    if (fields.length <= 1) {
      const n = dwordOf(fields[0] ?? '0');
      return n === null ? bad(`"${fields[0]}" is not a 32-bit number for a REG_DWORD`) : { type: 'REG_DWORD', data: n };
    }
    const bytes = bytesOf(fields);
    if (bytes === null || bytes.length > 4) return bad('A REG_DWORD written as bytes needs up to four hex bytes');
    return { type: 'REG_DWORD', data: Number(littleEndian(bytes)) };
  }
  if (high === 0xb) {
    if (fields.length <= 1) {
      const t = (fields[0] ?? '0').trim();
      const n = /^0x[0-9a-f]{1,16}$/i.test(t) ? BigInt(t) : /^\d{1,20}$/.test(t) ? BigInt(t) : null;
      return n === null || n > 0xffffffffffffffffn ? bad(`"${t}" is not a 64-bit number for a REG_QWORD`) : { type: 'REG_QWORD', data: n.toString() };
    }
    const bytes = bytesOf(fields);
    if (bytes === null || bytes.length > 8) return bad('A REG_QWORD written as bytes needs up to eight hex bytes');
    return { type: 'REG_QWORD', data: littleEndian(bytes).toString() };
  }
  const bytes = bytesOf(fields.length === 1 && fields[0] === '' ? [] : fields);
  if (bytes === null) return bad('Binary data must be hex bytes separated by commas');
  if (high === 0 || high === 3) return { type: 'REG_BINARY', data: bytes };
  if (high === 2) return { type: 'REG_NONE', data: bytes };
  return { type: 'REG_UNKNOWN', rawType: high, data: bytes };
}

/** One line of an add-registry section (fields already substituted); null when it does not touch the adapter's key. */
export function addRegOp(fields: readonly string[], at: SourceLocation, diagnostics: DiagnosticList): RegOp | null {
  if (!isInstanceRoot(fields[0], 'AddReg', at, diagnostics)) return null;
  const subkey = subkeyOf(fields[1], at, diagnostics);
  if (subkey === null) return null;
  if (fields.length < 3) return { op: 'create-key', ...place(subkey, at) };
  const name = fields[2]!;
  const flags = flagsOf(fields[3], at, diagnostics);
  if (flags === null) return null;
  if ((flags & (FLG_ADDREG_KEYONLY | FLG_ADDREG_KEYONLY_COMMON)) !== 0) return { op: 'create-key', ...place(subkey, at) };
  if ((flags & FLG_ADDREG_DELVAL) !== 0)
    return name === '' && fields.length < 4 ? { op: 'delete-key', ...place(subkey, at) } : { op: 'delete-value', name, ...place(subkey, at) };
  const value = valueOf(flags, fields.slice(4), at, diagnostics);
  if (value === null) return null;
  const mode: SetMode =
    (flags & FLG_ADDREG_APPEND) !== 0 && value.type === 'REG_MULTI_SZ'
      ? 'append'
      : (flags & FLG_ADDREG_NOCLOBBER) !== 0
        ? 'no-clobber'
        : (flags & FLG_ADDREG_OVERWRITEONLY) !== 0
          ? 'overwrite-only'
          : 'replace';
  return { op: 'set', name, value, mode, ...place(subkey, at) };
}

/** One line of a del-registry section (fields already substituted); null when it does not touch the adapter's key. */
export function delRegOp(fields: readonly string[], at: SourceLocation, diagnostics: DiagnosticList): RegOp | null {
  if (!isInstanceRoot(fields[0], 'DelReg', at, diagnostics)) return null;
  const subkey = subkeyOf(fields[1], at, diagnostics);
  if (subkey === null) return null;
  const name = fields[2];
  const flags = flagsOf(fields[3], at, diagnostics);
  if (flags === null) return null;
  if (name === undefined || (name === '' && fields.length < 4) || (flags & FLG_ADDREG_KEYONLY_COMMON) !== 0) return { op: 'delete-key', ...place(subkey, at) };
  if ((flags & FLG_DELREG_MULTI_SZ_DELSTRING) === FLG_DELREG_MULTI_SZ_DELSTRING)
    return { op: 'delete-string', name, text: fields[4] ?? '', ...place(subkey, at) };
  return { op: 'delete-value', name, ...place(subkey, at) };
}
