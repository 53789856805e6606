/**
 * The `live` source: this computer's registry, through registry-js (Windows only).
 *
 * This is the ONLY file in the project that imports 'registry-js'. Off Windows registry-js
 * compiles to an empty module whose functions silently return [] / false, so nothing here
 * is meaningful there: `isLiveRegistryAvailable()` says whether to use it at all, and the
 * real code path is tested under Windows Node.js in Wine (`scripts/wine/`).
 *
 * What registry-js 1.16.1 does (read from its src/main.cc, checked under Wine):
 * - `enumerateValues` returns REG_SZ / REG_EXPAND_SZ (string, one trailing NUL trimmed) and
 *   REG_DWORD (number) only. A value of any other type leaves a HOLE at its index in the
 *   returned array: no name, no type. It returns [] for a missing key and throws for any
 *   other RegOpenKeyEx failure ("RegOpenKeyEx failed - exit code: '5'" = access denied).
 * - `enumerateKeys` returns [] for a missing key AND for a key it may not open: it never
 *   reports an error. Missing vs empty is told apart here by looking the key up in its
 *   parent's subkeys.
 * - `setValue` writes REG_SZ / REG_EXPAND_SZ (UTF-16, cut at the first NUL, stored without a
 *   terminating NUL) and REG_DWORD only; it returns false for other types without trying.
 *   The plain variant THROWS when the key cannot be opened for writing, with the reason in
 *   the message ("... ERROR_FILE_NOT_FOUND" for a missing key, "exit code: '5'" for access
 *   denied); it returns false when RegSetValueEx itself fails (no code). The *Safe variants
 *   swallow those errors and return false, losing the reason, so they are not used here.
 * - `createKey` returns false on any failure, without a reason.
 * - There is no delete-value and no delete-key.
 *
 * What this file adds on top, using Windows' own `reg.exe` (see `runReg`):
 * - values of the types registry-js cannot read come from `reg export` of that key (a
 *   UTF-16LE `.reg` file, exact for every type), decoded by the project's `.reg` reader;
 * - values of the types registry-js cannot write go in through `reg import` of a one-value
 *   `.reg` file written by the project's `.reg` writer;
 * - values are deleted with `reg delete`.
 */

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as registry from 'registry-js';

import type { RegistryEntry, RegistryValue } from '../../shared/model/registry-value';
import { decodeRegBytes } from './reg-file/decode-reg-bytes';
import { parseReg } from './reg-file/parse-reg';
import { encodeRegFile, writeReg } from './reg-file/write-reg';
import { RegistryWriteError, type RegistrySource } from './registry-source';

/** True where registry-js really reads the registry (Windows). */
export function isLiveRegistryAvailable(): boolean {
  return process.platform === 'win32';
}

/** Hive names as users and `reg.exe` spell them, to registry-js's HKEY and the long name. */
const HIVES: ReadonlyMap<string, { readonly hkey: registry.HKEY; readonly name: string }> = new Map(
  (
    [
      [registry.HKEY.HKEY_LOCAL_MACHINE, ['HKLM']],
      [registry.HKEY.HKEY_CURRENT_USER, ['HKCU']],
      [registry.HKEY.HKEY_CLASSES_ROOT, ['HKCR']],
      [registry.HKEY.HKEY_USERS, ['HKU']],
      [registry.HKEY.HKEY_CURRENT_CONFIG, ['HKCC']],
    ] as const
  ).flatMap(([hkey, aliases]) => [hkey as string, ...aliases].map((alias) => [alias, { hkey, name: hkey as string }] as const)),
);

/** A full key path split for registry-js: the hive and the path below it ('' for the hive itself). */
export interface LiveKeyPath {
  readonly hkey: registry.HKEY;
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
  return { hkey: hive.hkey, subkey, full: subkey ? `${hive.name}\\${subkey}` : hive.name };
}

/** Registry names compare case-insensitively (Windows upper-cases both sides). */
function sameName(a: string, b: string): boolean {
  return a === b || a.toUpperCase() === b.toUpperCase();
}

/** The entries registry-js returned, with undefined where it left a hole (a type it does not read). */
type RawEntries = readonly (registry.RegistryValue | undefined)[];

/** What `reg.exe` said: exit code and both streams. */
export interface RegResult {
  readonly code: number;
  readonly output: string;
}

/** Runs `reg.exe` with these arguments (no shell). Replaceable for tests. */
export type RegRunner = (args: readonly string[]) => Promise<RegResult>;

/** Longest a single `reg.exe` call may take before it is treated as failed. */
const REG_TIMEOUT_MS = 60_000;

/**
 * `%SystemRoot%\System32\reg.exe`, run directly (execFile with an argument array: no shell,
 * so no quoting or injection through key or value names). Every call passes `/reg:64` so it
 * sees the same 64-bit view registry-js opens (KEY_WOW64_64KEY), even from a 32-bit process.
 */
export const runReg: RegRunner = (args) => {
  const systemRoot = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
  const exe = path.win32.join(systemRoot, 'System32', 'reg.exe');
  return new Promise((resolve) => {
    execFile(
      exe,
      [...args, '/reg:64'],
      { windowsHide: true, timeout: REG_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        if (!error) return resolve({ code: 0, output });
        const code = typeof error.code === 'number' ? error.code : -1;
        resolve({ code, output: output || error.message });
      },
    );
  });
};

/** Options for tests: a fake `reg.exe` and a scratch folder. */
export interface LiveRegistryOptions {
  readonly runReg?: RegRunner;
  readonly tempDir?: string;
}

export class LiveRegistry implements RegistrySource {
  readonly kind = 'live' as const;
  readonly label = "this computer's registry";

  private readonly reg: RegRunner;
  private readonly tempRoot: string;

  constructor(options: LiveRegistryOptions = {}) {
    this.reg = options.runReg ?? runReg;
    this.tempRoot = options.tempDir ?? tmpdir();
  }

  async listSubkeys(fullPath: string): Promise<readonly string[] | null> {
    const key = parseLivePath(fullPath);
    const names = registry.enumerateKeys(key.hkey, key.subkey || null);
    if (names.length > 0) return [...names];
    // Listed nothing: missing, empty, or unreadable (enumerateKeys hides all three). Reading its
    // values tells most cases apart in one cheap call: it throws when the key cannot be opened,
    // and a key that has values exists. Only a key with neither subkeys nor values needs the
    // parent's listing (keyExists), which costs a call per sibling: under Ndi\params that was
    // one call per keyword for each of the (many) keywords without an enum subkey.
    if (this.enumerateRaw(key).length > 0) return [];
    return this.keyExists(key) ? [] : null;
  }

  async readValues(fullPath: string): Promise<readonly RegistryEntry[] | null> {
    const key = parseLivePath(fullPath);
    for (let attempt = 0; ; attempt++) {
      const raw = this.enumerateRaw(key);
      if (raw.length === 0) return this.keyExists(key) ? [] : null;
      const entries = await this.completeEntries(key, raw);
      if (entries) return entries;
      // The key changed between the two reads (values added or removed): read both again.
      if (attempt === 2) throw new Error(`The values of ${key.full} kept changing while they were read`);
    }
  }

  async createKey(fullPath: string): Promise<void> {
    const key = this.writablePath(fullPath);
    if (key.subkey === '') return;
    if (registry.createKey(key.hkey, key.subkey)) return;
    if (this.keyExists(key)) return;
    // registry-js gives no reason; by far the usual one is missing rights on HKEY_LOCAL_MACHINE.
    throw new RegistryWriteError(
      'failed',
      `Could not create the registry key ${key.full}. Writing under ${key.full.split('\\')[0]} usually needs administrator rights.`,
    );
  }

  async setValue(fullPath: string, name: string, value: RegistryValue): Promise<void> {
    const key = this.writablePath(fullPath);
    const where = `${describeName(name)} in ${key.full}`;
    if (!registryJsCanWrite(value)) return this.importValue(key, name, value);
    let written: boolean;
    try {
      const data = value.type === 'REG_DWORD' ? String(value.data) : value.data;
      written = registry.setValue(key.hkey, key.subkey, name, registry.RegistryValueType[value.type], data);
    } catch (error) {
      throw openFailure(error, key, where);
    }
    if (!written) throw new RegistryWriteError('failed', `Windows refused to write ${where}.`);
  }

  /**
   * Deleting a value needs a way registry-js does not have. `reg.exe delete <key> /v <name> /f`
   * is used because it is part of every Windows since XP, runs under this process's own token so
   * the same ACL checks apply as to every other write here (no elevation of its own, no UAC
   * prompt), deletes exactly one value atomically, and needs no change to a native addon we would
   * then have to build and ship for every architecture. Rejected: writing an empty string instead
   * (not the same as absent: a driver uses its default only when the value is missing);
   * PowerShell `Remove-ItemProperty` (slow to start, blocked by some policies); `reg import` of
   * `"name"=-` (a temp file and vaguer errors); patching registry-js (a fork to maintain).
   *
   * Absent before the call is a no-op; a missing key is a 'key-missing' error. The outcome of a
   * failed `reg delete` is decided by reading the key again, not by parsing its (localized)
   * message, except to tell "Access is denied" from other failures.
   */
  async deleteValue(fullPath: string, name: string): Promise<void> {
    const key = this.writablePath(fullPath);
    const where = `${describeName(name)} in ${key.full}`;
    const present = await this.valuePresence(key, name);
    if (present === 'key-missing') throw keyMissing(key, where);
    if (present === 'absent') return;
    const args = name === '' ? ['delete', key.full, '/ve', '/f'] : ['delete', key.full, '/v', name, '/f'];
    const result = await this.reg(args);
    if (result.code === 0) return;
    const after = await this.valuePresence(key, name);
    if (after === 'absent') return; // gone anyway (deleted by someone else meanwhile)
    if (after === 'key-missing') throw keyMissing(key, where);
    throw regFailure(result, `Could not delete ${where}`);
  }

  // --- reading -----------------------------------------------------------------------------

  /** registry-js's enumerateValues, with its exceptions turned into a sentence. */
  private enumerateRaw(key: LiveKeyPath): RawEntries {
    try {
      return registry.enumerateValues(key.hkey, key.subkey);
    } catch (error) {
      const code = win32Code(error);
      const why = code === 5 ? 'access is denied' : errorText(error);
      throw new Error(`Cannot read the registry key ${key.full}: ${why}.`);
    }
  }

  /**
   * A key exists when its parent lists it (registry-js cannot tell "missing" from "empty").
   * A hive root always exists.
   */
  private keyExists(key: LiveKeyPath): boolean {
    if (key.subkey === '') return true;
    const cut = key.subkey.lastIndexOf('\\');
    const parent = cut < 0 ? null : key.subkey.slice(0, cut);
    const leaf = key.subkey.slice(cut + 1);
    return registry.enumerateKeys(key.hkey, parent).some((n) => sameName(n, leaf));
  }

  /**
   * registry-js's entries with its holes filled from `reg export`. Both list values in the same
   * (RegEnumValue) order, so hole i is export value i; the names registry-js did return must
   * match the export's at their indices, else the key changed in between and null is returned.
   */
  private async completeEntries(key: LiveKeyPath, raw: RawEntries): Promise<RegistryEntry[] | null> {
    const entries: RegistryEntry[] = [];
    let holes = false;
    for (let i = 0; i < raw.length; i++) {
      const e = raw[i];
      if (e === undefined) {
        holes = true;
        continue;
      }
      entries.push(fromRegistryJs(e));
    }
    if (!holes) return entries;

    const exported = await this.exportValues(key);
    if (exported === null || exported.length !== raw.length) return null;
    const out: RegistryEntry[] = [];
    for (let i = 0; i < raw.length; i++) {
      const e = raw[i];
      const x = exported[i]!;
      if (e === undefined) {
        if (x.value.type === 'REG_SZ' || x.value.type === 'REG_EXPAND_SZ' || x.value.type === 'REG_DWORD') return null;
        out.push(x);
      } else {
        if (!sameName(e.name, x.name)) return null;
        out.push(fromRegistryJs(e));
      }
    }
    return out;
  }

  /** The values of exactly `key` (not its subkeys), in registry order, from `reg export`; null when the key is gone. */
  private async exportValues(key: LiveKeyPath): Promise<RegistryEntry[] | null> {
    return this.withTempFile('export.reg', async (file) => {
      const result = await this.reg(['export', key.full, file, '/y']);
      if (result.code !== 0) {
        if (!this.keyExists(key)) return null;
        throw new Error(`Cannot read the values of ${key.full}: reg export failed: ${result.output || `exit code ${result.code}`}`);
      }
      const document = parseReg(decodeRegBytes(await readFile(file)), `reg export of ${key.full}`);
      // `reg export` writes the key itself first, then its subkeys: keep the first section only.
      const first = document.operations.find((op) => op.op === 'open-key');
      if (!first) return [];
      const values: RegistryEntry[] = [];
      for (const op of document.operations) {
        if (op.op === 'set-value' && op.path === first.path) values.push({ name: op.name, value: op.value });
      }
      return values;
    });
  }

  private async valuePresence(key: LiveKeyPath, name: string): Promise<'present' | 'absent' | 'key-missing'> {
    const raw = this.enumerateRaw(key);
    if (raw.some((e) => e !== undefined && sameName(e.name, name))) return 'present';
    if (raw.length === 0) return this.keyExists(key) ? 'absent' : 'key-missing';
    if (!raw.includes(undefined)) return 'absent';
    // Some values are of types registry-js does not name: ask reg export for the full list.
    const values = await this.readValues(key.full);
    if (values === null) return 'key-missing';
    return values.some((v) => sameName(v.name, name)) ? 'present' : 'absent';
  }

  // --- writing -----------------------------------------------------------------------------

  private writablePath(fullPath: string): LiveKeyPath {
    try {
      return parseLivePath(fullPath);
    } catch (error) {
      throw new RegistryWriteError('failed', errorText(error));
    }
  }

  /**
   * Types registry-js cannot write (REG_MULTI_SZ, REG_QWORD, REG_BINARY, REG_NONE, other type
   * codes, and strings holding NUL, which it would cut short) go in through `reg import` of a
   * one-value `.reg` file: the project's writer encodes every type exactly as regedit does.
   * `reg import` would create a missing key, so that is checked first.
   */
  private async importValue(key: LiveKeyPath, name: string, value: RegistryValue): Promise<void> {
    const where = `${describeName(name)} in ${key.full}`;
    let text: string;
    try {
      text = writeReg([{ path: key.full, values: [{ name, value }] }]);
    } catch (error) {
      throw new RegistryWriteError('failed', `Cannot write ${where}: ${errorText(error)}.`);
    }
    if (!this.keyExists(key)) throw keyMissing(key, where);
    await this.withTempFile('value.reg', async (file) => {
      await writeFile(file, encodeRegFile(text));
      const result = await this.reg(['import', file]);
      if (result.code !== 0) throw regFailure(result, `Could not write ${where}`);
    });
  }

  private async withTempFile<T>(name: string, use: (file: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(this.tempRoot, 'nicprops-reg-'));
    try {
      return await use(path.join(dir, name));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** registry-js's entry (one of the three types it reads) as our RegistryEntry. */
function fromRegistryJs(e: registry.RegistryValue): RegistryEntry {
  switch (e.type) {
    case registry.RegistryValueType.REG_SZ:
      return { name: e.name, value: { type: 'REG_SZ', data: e.data } };
    case registry.RegistryValueType.REG_EXPAND_SZ:
      return { name: e.name, value: { type: 'REG_EXPAND_SZ', data: e.data } };
    case registry.RegistryValueType.REG_DWORD:
      return { name: e.name, value: { type: 'REG_DWORD', data: e.data >>> 0 } };
  }
}

/** REG_SZ / REG_EXPAND_SZ without NUL, and REG_DWORD in range: what registry-js writes exactly. */
function registryJsCanWrite(
  value: RegistryValue,
): value is Extract<RegistryValue, { type: 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD' }> {
  if (value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ') return !value.data.includes('\0');
  if (value.type === 'REG_DWORD') return Number.isInteger(value.data) && value.data >= 0 && value.data <= 0xffffffff;
  return false;
}

function describeName(name: string): string {
  return name === '' ? 'the default value' : `the value "${name}"`;
}

function keyMissing(key: LiveKeyPath, where: string): RegistryWriteError {
  return new RegistryWriteError('key-missing', `Cannot write ${where}: the key does not exist (any more).`);
}

/** The Win32 error code registry-js put in its message ("exit code: '5'"), if any. */
function win32Code(error: unknown): number | null {
  const m = /exit code: '(\d+)'/.exec(errorText(error));
  return m ? Number(m[1]) : null;
}

/** registry-js setValue threw: it could not open the key for writing. */
function openFailure(error: unknown, key: LiveKeyPath, where: string): RegistryWriteError {
  const text = errorText(error);
  if (text.includes('ERROR_FILE_NOT_FOUND') || win32Code(error) === 2) return keyMissing(key, where);
  if (win32Code(error) === 5) {
    return new RegistryWriteError('access-denied', `Access denied writing ${where}: run as administrator to change it.`);
  }
  return new RegistryWriteError('failed', `Could not write ${where}: ${text}.`);
}

/** A failed `reg.exe` call as a RegistryWriteError with reg's own message. */
function regFailure(result: RegResult, what: string): RegistryWriteError {
  const said = result.output.replace(/\s+/g, ' ').trim() || `reg.exe exit code ${result.code}`;
  // "ERROR: Access is denied." (reg delete/add); reg import reports "Error accessing the registry".
  if (/access is denied|accessing the registry/i.test(said)) {
    return new RegistryWriteError('access-denied', `${what}: access denied (run as administrator to change it). reg.exe said: ${said}`);
  }
  return new RegistryWriteError('failed', `${what}: reg.exe said: ${said}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
