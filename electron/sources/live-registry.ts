/**
 * The `live` source: this computer's registry, in-process, through two N-API libraries
 * (Windows only). This is the ONLY file in the project that imports 'registry-js' or
 * 'native-reg' (lint enforces it). Off Windows registry-js compiles to an empty module whose
 * functions silently return [] / false and native-reg's functions assert, so nothing here is
 * meaningful there: `isLiveRegistryAvailable()` says whether to use it at all, and the real code
 * path is tested under Windows Node.js in Wine (`scripts/wine/`).
 *
 * registry-js 1.16.1 (the product's chosen registry library; read from its src/main.cc, checked
 * under Wine) does the bulk of the work, in as few registry calls as the API allows:
 * - `enumerateValues` opens a key, enumerates every value WITH its data in one RegEnumValue call
 *   each, and closes it. It returns REG_SZ / REG_EXPAND_SZ (one trailing NUL trimmed) and
 *   REG_DWORD only: a value of any other type leaves a HOLE at its index (no name, no type). It
 *   returns [] for a missing key and throws for any other failure.
 * - `enumerateKeys` returns [] for a missing key AND for one it may not open: it never reports
 *   an error.
 * - `setValue` writes REG_SZ (UTF-16 without a terminating NUL, cut at the first NUL; names and
 *   data pass through UTF-8, so lone surrogates do not survive) and REG_DWORD. It throws when
 *   the key cannot be opened, with the reason only in English text, and returns a bare false
 *   when RegSetValueEx fails.
 * - There is no delete-value, and no way to read or write other types.
 *
 * native-reg 1.1.1 (thin N-API wrappers over the Reg* functions, prebuilt for win32
 * x64/ia32/arm64) does the rest: open a key and tell missing (null) from unreadable (a Win32Error
 * carrying the code as `errno`), read any value as its raw type and bytes, write any type,
 * delete values, create keys. Its value reads cost two registry calls each (size, then data), so
 * it fills registry-js's holes instead of replacing it.
 *
 * Every failure is decided by its Win32 code, mapped to words and RegistryWriteError reasons in
 * win32-errors.ts; when registry-js fails it does not say why in a form that survives
 * localization, so native-reg repeats the operation and reports the code.
 *
 * Both libraries are loaded when first needed, not when this file is: a command that never
 * touches the live registry loads neither, and a read of keys holding only REG_SZ and REG_DWORD
 * values never loads native-reg.
 */

import type * as NativeReg from 'native-reg';
import type * as RegistryJs from 'registry-js';

import type { RegistryEntry, RegistryValue } from '../../shared/model/registry-value';
import { valueFromHex, valueToHex } from './reg-file/registry-value-bytes';
import { RegistryWriteError, type RegistrySource } from './registry-source';
import { registryReadError, registryWriteError, WIN32, win32CodeOf, type RegistryAction } from './win32-errors';

/** True where the registry libraries really read the registry (Windows). */
export function isLiveRegistryAvailable(): boolean {
  return process.platform === 'win32';
}

/** The hives by their long names, as both libraries name them (native-reg without `HKEY_`). */
type HiveName = 'HKEY_LOCAL_MACHINE' | 'HKEY_CURRENT_USER' | 'HKEY_CLASSES_ROOT' | 'HKEY_USERS' | 'HKEY_CURRENT_CONFIG';

/** Hive names as users and `reg.exe` spell them, to the long name. */
const HIVES: ReadonlyMap<string, HiveName> = new Map(
  (
    [
      ['HKEY_LOCAL_MACHINE', 'HKLM'],
      ['HKEY_CURRENT_USER', 'HKCU'],
      ['HKEY_CLASSES_ROOT', 'HKCR'],
      ['HKEY_USERS', 'HKU'],
      ['HKEY_CURRENT_CONFIG', 'HKCC'],
    ] as const
  ).flatMap(([hive, alias]) => [[hive, hive] as const, [alias, hive] as const]),
);

/** A full key path split for the libraries: the hive and the path below it ('' for the hive itself). */
export interface LiveKeyPath {
  readonly hive: HiveName;
  /** `HKEY_LOCAL_MACHINE\SYSTEM\…`: the long hive name, single backslashes, no trailing one. */
  readonly full: string;
  readonly subkey: string;
}

/** Split `HKEY_LOCAL_MACHINE\SYSTEM\…` (or `HKLM\…`); throws for an unknown hive or an empty segment. */
export function parseLivePath(fullPath: string): LiveKeyPath {
  const parts = fullPath.replace(/\\+$/, '').split('\\');
  const hive = HIVES.get((parts[0] ?? '').toUpperCase());
  if (!hive) throw new Error(`"${fullPath}" is not a registry path: it must start with a hive such as HKEY_LOCAL_MACHINE`);
  const rest = parts.slice(1);
  if (rest.some((p) => p.length === 0)) throw new Error(`"${fullPath}" is not a registry path: it has an empty key name`);
  const subkey = rest.join('\\');
  return { hive, subkey, full: subkey ? `${hive}\\${subkey}` : hive };
}

/** registry-js and native-reg, each loaded on its first use (see the top of this file). */
let registryJs: Promise<typeof RegistryJs> | undefined;
let nativeReg: Promise<typeof NativeReg> | undefined;
const loadRegistryJs = () => (registryJs ??= import('registry-js'));
const loadNativeReg = () => (nativeReg ??= import('native-reg'));

/** How native-reg opens a key: to read it, to write its values, or to create it. */
type KeyAccess = 'read' | 'write-values' | 'create';

/**
 * The rights for `access`. WOW64_64KEY: the 64-bit view, as registry-js opens keys, so a 32-bit
 * build sees the same keys as a 64-bit one.
 */
function accessMask(native: typeof NativeReg, access: KeyAccess): NativeReg.Access {
  const { Access } = native;
  return (access === 'read' ? Access.READ : access === 'write-values' ? Access.SET_VALUE : Access.QUERY_VALUE) | Access.WOW64_64KEY;
}

/** The hive's handle in native-reg, which names it without `HKEY_`. */
function nativeHive(native: typeof NativeReg, key: LiveKeyPath): NativeReg.HKEY {
  return native.HKEY[key.hive.slice('HKEY_'.length) as keyof typeof NativeReg.HKEY];
}

/** How often a key that keeps changing while it is read is read again before giving up. */
const READ_ATTEMPTS = 3;

/** Registry names compare case-insensitively (Windows upper-cases both sides). */
function sameName(a: string, b: string): boolean {
  return a === b || a.toUpperCase() === b.toUpperCase();
}

/** The entries registry-js returned, with undefined where it left a hole (a type it does not read). */
type RawEntries = readonly (RegistryJs.RegistryValue | undefined)[];

/** A read that saw the key change under it (a value appeared, vanished or grew): read again. */
const CHANGED = Symbol('changed while read');

export class LiveRegistry implements RegistrySource {
  readonly kind = 'live' as const;
  readonly label = "this computer's registry";

  async listSubkeys(fullPath: string): Promise<readonly string[] | null> {
    const key = parseLivePath(fullPath);
    const registry = await loadRegistryJs();
    const names = registry.enumerateKeys(registry.HKEY[key.hive], key.subkey || null);
    if (names.length > 0) return [...names];
    // registry-js lists nothing for a missing, an empty and an unreadable key alike; opening it
    // tells the three apart (null, a list, or an error with its code).
    const native = await loadNativeReg();
    return withKey(native, key, 'read', { verb: 'read', key: key.full }, (h) => native.enumKeyNames(h));
  }

  async readValues(fullPath: string): Promise<readonly RegistryEntry[] | null> {
    const key = parseLivePath(fullPath);
    const registry = await loadRegistryJs();
    for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
      let raw: RawEntries;
      try {
        raw = registry.enumerateValues(registry.HKEY[key.hive], key.subkey);
      } catch {
        // registry-js says why only in text; native-reg reads the key itself, or throws with the code.
        raw = [];
      }
      const complete = raw.length > 0 && !raw.includes(undefined);
      if (complete) return raw.map((e) => fromRegistryJs(registry, e!));
      const native = await loadNativeReg();
      const entries = raw.length === 0 ? readNative(native, key) : fillHoles(registry, native, key, raw);
      if (entries !== CHANGED) return entries;
    }
    throw new Error(`Cannot read the registry key ${key.full}: its values kept changing while they were read.`);
  }

  async createKey(fullPath: string): Promise<void> {
    const key = writablePath(fullPath);
    if (key.subkey === '') return;
    const native = await loadNativeReg();
    const action: RegistryAction = { verb: 'create', key: key.full };
    let h: NativeReg.HKEY;
    try {
      h = native.createKey(nativeHive(native, key), key.subkey, accessMask(native, 'create'));
    } catch (error) {
      throw writeFailure(error, action);
    }
    native.closeKey(h);
  }

  async setValue(fullPath: string, name: string, value: RegistryValue): Promise<void> {
    const key = writablePath(fullPath);
    const action: RegistryAction = { verb: 'write', key: key.full, name };
    checkName(action);
    if (registryJsWrites(name, value)) {
      const registry = await loadRegistryJs();
      try {
        const data = value.type === 'REG_DWORD' ? String(value.data) : value.data;
        if (registry.setValue(registry.HKEY[key.hive], key.subkey, name, registry.RegistryValueType[value.type], data)) return;
      } catch {
        // Fall through: native-reg repeats the write and, if it fails again, reports the code.
      }
    }
    let raw: { type: number; bytes: number[] };
    try {
      raw = valueToHex(value);
    } catch (error) {
      throw new RegistryWriteError('failed', `Cannot write ${describeName(name)} in ${key.full}: ${errorText(error)}.`);
    }
    const native = await loadNativeReg();
    const written = withKey(native, key, 'write-values', action, (h) => native.setValueRaw(h, name, raw.type, Buffer.from(raw.bytes)));
    if (written === null) throw registryWriteError(WIN32.FILE_NOT_FOUND, action);
  }

  /** Delete one value: a no-op when it is absent, 'key-missing' when the key is. */
  async deleteValue(fullPath: string, name: string): Promise<void> {
    const key = writablePath(fullPath);
    const action: RegistryAction = { verb: 'delete', key: key.full, name };
    checkName(action);
    const native = await loadNativeReg();
    // false from deleteValue: the value was already absent.
    const done = withKey(native, key, 'write-values', action, (h) => native.deleteValue(h, name));
    if (done === null) throw registryWriteError(WIN32.FILE_NOT_FOUND, action);
  }
}

/**
 * Open `key` with native-reg, run `use` on the handle and close it. Null when the key does not
 * exist; any Win32 failure becomes the sentence for `action` (a read error or a RegistryWriteError).
 */
function withKey<T>(native: typeof NativeReg, key: LiveKeyPath, access: KeyAccess, action: RegistryAction, use: (h: NativeReg.HKEY) => T): T | null {
  let h: NativeReg.HKEY | null;
  try {
    h = native.openKey(nativeHive(native, key), key.subkey, accessMask(native, access));
  } catch (error) {
    throw action.verb === 'read' ? readFailure(error, key) : writeFailure(error, action);
  }
  if (h === null) return null;
  try {
    return use(h);
  } catch (error) {
    throw action.verb === 'read' ? readFailure(error, key) : writeFailure(error, action);
  } finally {
    native.closeKey(h);
  }
}

/** Every value of `key` through native-reg (null when the key does not exist). */
function readNative(native: typeof NativeReg, key: LiveKeyPath): RegistryEntry[] | null | typeof CHANGED {
  return withKey(native, key, 'read', { verb: 'read', key: key.full }, (h) =>
    unlessChanged(() => {
      const out: RegistryEntry[] = [];
      for (const name of native.enumValueNames(h)) {
        const value = queryValue(native, h, name);
        if (value === CHANGED) return CHANGED;
        out.push({ name, value });
      }
      return out;
    }),
  );
}

/**
 * registry-js's entries with its holes filled by native-reg. Both list values in RegEnumValue
 * order, so hole i is the i-th name native-reg lists; the names registry-js did return must match
 * native-reg's at their indices, else the key changed in between (CHANGED: read both again).
 */
function fillHoles(registry: typeof RegistryJs, native: typeof NativeReg, key: LiveKeyPath, raw: RawEntries): RegistryEntry[] | typeof CHANGED {
  const filled = withKey(native, key, 'read', { verb: 'read', key: key.full }, (h) =>
    unlessChanged(() => {
      const names = native.enumValueNames(h);
      if (names.length !== raw.length) return CHANGED;
      const out: RegistryEntry[] = [];
      for (let i = 0; i < raw.length; i++) {
        const e = raw[i];
        const name = names[i]!;
        if (e !== undefined) {
          if (!sameName(e.name, name)) return CHANGED;
          out.push(fromRegistryJs(registry, e));
          continue;
        }
        const value = queryValue(native, h, name);
        // A type registry-js reads would not have left a hole: the value was replaced meanwhile.
        if (value === CHANGED || value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ' || value.type === 'REG_DWORD') return CHANGED;
        out.push({ name, value });
      }
      return out;
    }),
  );
  // The key vanished between the two reads: read again, which then finds it missing.
  return filled ?? CHANGED;
}

/** ERROR_MORE_DATA: a name or value grew between the size and the data call. Nothing is wrong; read again. */
function unlessChanged<T>(read: () => T): T | typeof CHANGED {
  try {
    return read();
  } catch (error) {
    if (win32CodeOf(error) === WIN32.MORE_DATA) return CHANGED;
    throw error;
  }
}

/** One value's type and bytes, decoded as the `.reg` reader decodes `hex(N):` (data that does not fit its type stays REG_UNKNOWN). */
function queryValue(native: typeof NativeReg, h: NativeReg.HKEY, name: string): RegistryValue | typeof CHANGED {
  const raw = native.queryValueRaw(h, name);
  if (raw === null) return CHANGED; // deleted between listing and reading
  return valueFromHex(raw.type, [...raw], false);
}

function readFailure(error: unknown, key: LiveKeyPath): Error {
  const code = win32CodeOf(error);
  return code === null ? new Error(`Cannot read the registry key ${key.full}: ${errorText(error)}.`) : registryReadError(code, key.full);
}

function writeFailure(error: unknown, action: RegistryAction): RegistryWriteError {
  if (error instanceof RegistryWriteError) return error;
  const code = win32CodeOf(error);
  if (code !== null) return registryWriteError(code, action);
  return new RegistryWriteError(
    'failed',
    `Could not ${action.verb} ${action.name === undefined ? `the registry key ${action.key}` : `${describeName(action.name)} in ${action.key}`}: ${errorText(error)}.`,
  );
}

function writablePath(fullPath: string): LiveKeyPath {
  try {
    return parseLivePath(fullPath);
  } catch (error) {
    throw new RegistryWriteError('failed', `${errorText(error)}.`);
  }
}

/** Both libraries pass names to Windows as NUL-terminated strings: a NUL would cut the name and hit another value. */
function checkName(action: RegistryAction): void {
  if (action.name?.includes('\0')) {
    throw new RegistryWriteError('failed', `Cannot ${action.verb} a value of ${action.key} whose name contains a NUL character: Windows cannot address it.`);
  }
}

/** registry-js's entry (one of the three types it reads) as our RegistryEntry. */
function fromRegistryJs(registry: typeof RegistryJs, e: RegistryJs.RegistryValue): RegistryEntry {
  switch (e.type) {
    case registry.RegistryValueType.REG_SZ:
      return { name: e.name, value: { type: 'REG_SZ', data: e.data } };
    case registry.RegistryValueType.REG_EXPAND_SZ:
      return { name: e.name, value: { type: 'REG_EXPAND_SZ', data: e.data } };
    case registry.RegistryValueType.REG_DWORD:
      return { name: e.name, value: { type: 'REG_DWORD', data: e.data >>> 0 } };
  }
}

/**
 * What registry-js writes exactly: REG_SZ without NUL and REG_DWORD in range, under a name and
 * with text that survive its UTF-8 conversion (no lone surrogates). REG_EXPAND_SZ goes to
 * native-reg, which stores the terminating NUL as Windows does (registry-js would drop it, and
 * `reg export` shows those bytes).
 */
const LONE_SURROGATE = /\p{Cs}/u;

function registryJsWrites(name: string, value: RegistryValue): value is { type: 'REG_SZ'; data: string } | { type: 'REG_DWORD'; data: number } {
  if (LONE_SURROGATE.test(name)) return false;
  if (value.type === 'REG_SZ') return !value.data.includes('\0') && !LONE_SURROGATE.test(value.data);
  if (value.type === 'REG_DWORD') return Number.isInteger(value.data) && value.data >= 0 && value.data <= 0xffffffff;
  return false;
}

function describeName(name: string): string {
  return name === '' ? 'the default value' : `the value "${name}"`;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
