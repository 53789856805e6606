/**
 * LiveRegistry's own logic with registry-js and reg.exe replaced by fakes: path parsing, the
 * missing-vs-empty checks, hole filling from `reg export`, and how failures become
 * RegistryWriteError reasons (Wine grants every access, so access-denied is only testable here).
 * The real registry is exercised by scripts/wine/tests/live-registry.wine-test.ts.
 */

import { writeFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { encodeRegFile, writeReg } from './reg-file/write-reg';
import { RegistryWriteError } from './registry-source';

/** Fake registry-js: keys by upper-cased subkey below HKLM, values as registry-js returns them. */
const fake = vi.hoisted(() => ({
  keys: new Map<string, { name: string; subkeys: string[]; values: ({ name: string; type: string; data: unknown } | undefined)[] }>(),
  setValue: null as null | ((...args: unknown[]) => boolean),
}));

vi.mock('registry-js', () => {
  const HKEY = { HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE', HKEY_CURRENT_USER: 'HKEY_CURRENT_USER', HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT', HKEY_USERS: 'HKEY_USERS', HKEY_CURRENT_CONFIG: 'HKEY_CURRENT_CONFIG' };
  const RegistryValueType = { REG_SZ: 'REG_SZ', REG_EXPAND_SZ: 'REG_EXPAND_SZ', REG_DWORD: 'REG_DWORD' };
  const get = (subkey: string | null | undefined) => fake.keys.get((subkey ?? '').toUpperCase());
  return {
    HKEY,
    RegistryValueType,
    enumerateKeys: (_h: string, subkey?: string | null) => get(subkey)?.subkeys ?? [],
    enumerateValues: (_h: string, subkey: string) => {
      const key = get(subkey);
      if (subkey.toUpperCase() === 'SECRET') throw new Error("RegOpenKeyEx failed - exit code: '5'");
      return key ? key.values : [];
    },
    createKey: () => false,
    setValue: (...args: unknown[]) => fake.setValue!(...args),
  };
});

const { LiveRegistry, parseLivePath } = await import('./live-registry');

function addKey(path: string, values: ({ name: string; type: string; data: unknown } | undefined)[] = [], subkeys: string[] = []) {
  fake.keys.set(path.toUpperCase(), { name: path, subkeys, values });
}

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\T';

beforeEach(() => {
  fake.keys.clear();
  addKey('', [], ['SOFTWARE']);
  addKey('SOFTWARE', [], ['T', 'Empty']);
  addKey('SOFTWARE\\Empty');
  fake.setValue = () => true;
});

async function failure(p: Promise<unknown>): Promise<RegistryWriteError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryWriteError);
  return error as RegistryWriteError;
}

describe('parseLivePath', () => {
  it('splits long and short hive names and trims a trailing backslash', () => {
    expect(parseLivePath('HKEY_LOCAL_MACHINE\\SYSTEM\\X\\')).toMatchObject({ subkey: 'SYSTEM\\X', full: 'HKEY_LOCAL_MACHINE\\SYSTEM\\X' });
    expect(parseLivePath('hklm\\SYSTEM')).toMatchObject({ subkey: 'SYSTEM', full: 'HKEY_LOCAL_MACHINE\\SYSTEM' });
    expect(parseLivePath('HKCU')).toMatchObject({ subkey: '', full: 'HKEY_CURRENT_USER' });
  });
  it('rejects unknown hives and empty key names', () => {
    expect(() => parseLivePath('HKEY_NOPE\\X')).toThrow(/hive/);
    expect(() => parseLivePath('HKLM\\A\\\\B')).toThrow(/empty key name/);
  });
});

describe('reading', () => {
  it('tells a missing key (null) from an empty one ([])', async () => {
    const live = new LiveRegistry({ runReg: async () => ({ code: 1, output: '' }) });
    expect(await live.listSubkeys(`${KEY}\\Missing`)).toBeNull();
    expect(await live.readValues(`${KEY}\\Missing`)).toBeNull();
    expect(await live.listSubkeys('HKLM\\SOFTWARE\\Empty')).toEqual([]);
    expect(await live.readValues('HKLM\\SOFTWARE\\empty')).toEqual([]);
  });

  it('fills the holes registry-js leaves from reg export, in order', async () => {
    addKey('SOFTWARE\\T', [{ name: 'A', type: 'REG_SZ', data: 'x' }, undefined, { name: 'C', type: 'REG_DWORD', data: 7 }]);
    const exported = writeReg([
      { path: KEY, values: [{ name: 'A', value: { type: 'REG_SZ', data: 'x' } }, { name: 'B', value: { type: 'REG_QWORD', data: '5' } }, { name: 'C', value: { type: 'REG_DWORD', data: 7 } }] },
      { path: `${KEY}\\Sub`, values: [{ name: 'Z', value: { type: 'REG_BINARY', data: [1] } }] },
    ]);
    const runReg = vi.fn(async (args: readonly string[]) => {
      expect(args.slice(0, 2)).toEqual(['export', KEY]);
      await writeFile(args[2]!, encodeRegFile(exported));
      return { code: 0, output: '' };
    });
    const live = new LiveRegistry({ runReg });
    expect(await live.readValues(KEY)).toEqual([
      { name: 'A', value: { type: 'REG_SZ', data: 'x' } },
      { name: 'B', value: { type: 'REG_QWORD', data: '5' } },
      { name: 'C', value: { type: 'REG_DWORD', data: 7 } },
    ]);
    expect(runReg).toHaveBeenCalledTimes(1);
  });

  it('reports an unreadable key instead of calling it empty', async () => {
    addKey('SECRET');
    fake.keys.get('')!.subkeys.push('Secret');
    const live = new LiveRegistry({ runReg: async () => ({ code: 1, output: '' }) });
    await expect(live.readValues('HKLM\\Secret')).rejects.toThrow(/access is denied/);
    await expect(live.listSubkeys('HKLM\\Secret')).rejects.toThrow(/access is denied/);
  });
});

describe('writing', () => {
  it('maps registry-js open failures to key-missing and access-denied, and false to failed', async () => {
    addKey('SOFTWARE\\T');
    const live = new LiveRegistry({ runReg: async () => ({ code: 1, output: '' }) });
    fake.setValue = () => {
      throw new TypeError('RegOpenKeyEx : cannot find the registrykey, error_code : ERROR_FILE_NOT_FOUND');
    };
    expect((await failure(live.setValue(KEY, 'v', { type: 'REG_SZ', data: '1' }))).reason).toBe('key-missing');
    fake.setValue = () => {
      throw new TypeError("RegOpenKeyEx failed - exit code: '5'");
    };
    const denied = await failure(live.setValue(KEY, 'v', { type: 'REG_DWORD', data: 1 }));
    expect(denied.reason).toBe('access-denied');
    expect(denied.message).toMatch(/administrator/);
    fake.setValue = () => false;
    expect((await failure(live.setValue(KEY, 'v', { type: 'REG_SZ', data: '1' }))).reason).toBe('failed');
  });

  it('passes DWORDs to registry-js as decimal text and other types to reg import', async () => {
    addKey('SOFTWARE\\T');
    const calls: unknown[][] = [];
    fake.setValue = (...args) => (calls.push(args), true);
    const runReg = vi.fn(async (_args: readonly string[]) => ({ code: 1, output: 'ERROR: Error accessing the registry.' }));
    const live = new LiveRegistry({ runReg });
    await live.setValue(KEY, 'd', { type: 'REG_DWORD', data: 4294967295 });
    expect(calls).toEqual([['HKEY_LOCAL_MACHINE', 'SOFTWARE\\T', 'd', 'REG_DWORD', '4294967295']]);
    expect((await failure(live.setValue(KEY, 'q', { type: 'REG_QWORD', data: '1' }))).reason).toBe('access-denied');
    expect(runReg.mock.calls[0]![0]![0]).toBe('import');
    expect((await failure(live.setValue(`${KEY}\\Missing`, 'q', { type: 'REG_QWORD', data: '1' }))).reason).toBe('key-missing');
  });

  it('deletes through reg delete only when the value is there, and classifies failures by re-reading', async () => {
    addKey('SOFTWARE\\T', [{ name: 'Present', type: 'REG_SZ', data: '1' }]);
    const runReg = vi.fn(async (_args: readonly string[]) => ({ code: 1, output: 'ERROR: Access is denied.' }));
    const live = new LiveRegistry({ runReg });
    await live.deleteValue(KEY, 'Absent');
    expect(runReg).not.toHaveBeenCalled();
    const denied = await failure(live.deleteValue(KEY, 'present'));
    expect(denied.reason).toBe('access-denied');
    expect(runReg.mock.calls[0]![0]).toEqual(['delete', KEY, '/v', 'present', '/f']);
    runReg.mockResolvedValueOnce({ code: 1, output: 'ERREUR : something localized' });
    expect((await failure(live.deleteValue(KEY, 'Present'))).reason).toBe('failed');
    // reg failed, but the value is gone when read again: someone else deleted it; fine.
    runReg.mockImplementationOnce(async () => {
      fake.keys.get('SOFTWARE\\T')!.values = [];
      return { code: 1, output: 'gone' };
    });
    await live.deleteValue(KEY, 'Present');
    expect((await failure(live.deleteValue(`${KEY}\\Missing`, 'x'))).reason).toBe('key-missing');
  });

  it('uses /ve for the default value', async () => {
    addKey('SOFTWARE\\T', [{ name: '', type: 'REG_SZ', data: 'd' }]);
    const runReg = vi.fn(async (_args: readonly string[]) => ({ code: 0, output: '' }));
    await new LiveRegistry({ runReg }).deleteValue(KEY, '');
    expect(runReg.mock.calls[0]![0]).toEqual(['delete', KEY, '/ve', '/f']);
  });
});
