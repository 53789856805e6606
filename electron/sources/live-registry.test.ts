/**
 * LiveRegistry's own logic with registry-js and native-reg replaced by fakes over one in-memory
 * registry: path parsing, missing vs empty vs unreadable, hole filling, which library writes
 * what, and how Win32 codes become RegistryWriteError reasons. The fakes behave as the real
 * libraries do where it matters (registry-js drops the terminating NUL, cuts strings at NUL and
 * loses lone surrogates through UTF-8; native-reg returns null for a missing key and throws a
 * Win32Error with `errno` and Windows' localized text otherwise), so routing a value to the wrong
 * library fails a test. Wine grants every access, so access denied is only testable here; the
 * real libraries are exercised by scripts/wine/tests/live-registry.wine-test.ts.
 */

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';

import type { RegistryValue } from '../../shared/model/registry-value';
import { valueToHex } from './reg-file/registry-value-bytes';
import { RegistryWriteError } from './registry-source';

interface FakeValue {
  name: string;
  type: number;
  bytes: number[];
}
interface FakeKey {
  name: string;
  subkeys: FakeKey[];
  values: FakeValue[];
}

const fake = vi.hoisted(() => ({
  root: { name: 'HKLM', subkeys: [], values: [] } as FakeKey,
  /** Upper-case subkey paths whose opening fails with this Win32 code. */
  failOpen: new Map<string, number>(),
  /** Win32 code native-reg's setValueRaw / deleteValue fail with, if any. */
  failWrite: null as number | null,
  /** registry-js setValue: 'throw' as for a key it cannot open, 'false' as for a failed RegSetValueEx. */
  registryJsSet: 'ok' as 'ok' | 'throw' | 'false',
  /** Runs after registry-js enumerates values (to change the key between the two libraries' reads). */
  afterEnumerate: null as null | (() => void),
  calls: [] as string[],
  openHandles: 0,
}));

function find(path: string | null | undefined): FakeKey | null {
  let key = fake.root;
  for (const part of (path ?? '').split('\\').filter(Boolean)) {
    const next = key.subkeys.find((k) => k.name.toUpperCase() === part.toUpperCase());
    if (!next) return null;
    key = next;
  }
  return key;
}

function win32Error(errno: number): Error {
  // Windows' own text, localized: the code must decide, never the words.
  return Object.assign(new Error(errno === 5 ? 'Zugriff verweigert' : 'Fehler'), { code: 'Win32Error', errno, syscall: 'RegOpenKeyExW' });
}

function utf16(text: string): number[] {
  return [...Buffer.from(text, 'utf16le')];
}

vi.mock('registry-js', () => {
  const HKEY = {
    HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE',
    HKEY_CURRENT_USER: 'HKEY_CURRENT_USER',
    HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT',
    HKEY_USERS: 'HKEY_USERS',
    HKEY_CURRENT_CONFIG: 'HKEY_CURRENT_CONFIG',
  };
  const RegistryValueType = { REG_SZ: 'REG_SZ', REG_EXPAND_SZ: 'REG_EXPAND_SZ', REG_DWORD: 'REG_DWORD' };
  const denied = (subkey: string | null | undefined) => fake.failOpen.get((subkey ?? '').toUpperCase());
  return {
    HKEY,
    RegistryValueType,
    enumerateKeys: (_h: string, subkey?: string | null) => {
      fake.calls.push(`registry-js enumerateKeys ${subkey}`);
      return denied(subkey) ? [] : (find(subkey)?.subkeys.map((k) => k.name) ?? []);
    },
    enumerateValues: (_h: string, subkey: string) => {
      fake.calls.push(`registry-js enumerateValues ${subkey}`);
      const code = denied(subkey);
      if (code) throw new Error(`RegOpenKeyEx failed - exit code: '${code}'`);
      const values = (find(subkey)?.values ?? []).map((v) => {
        if (v.type === 1 || v.type === 2) {
          let text = Buffer.from(v.bytes).toString('utf16le');
          if (text.endsWith('\0')) text = text.slice(0, -1);
          return { name: v.name, type: v.type === 1 ? 'REG_SZ' : 'REG_EXPAND_SZ', data: text };
        }
        if (v.type === 4) return { name: v.name, type: 'REG_DWORD', data: Buffer.from(v.bytes).readUInt32LE(0) };
        return undefined;
      });
      fake.afterEnumerate?.();
      return values;
    },
    setValue: (_h: string, subkey: string, name: string, type: string, data: string) => {
      fake.calls.push(`registry-js setValue ${name} ${type}`);
      if (fake.registryJsSet === 'throw' || denied(subkey)) throw new Error("RegOpenKeyEx failed - exit code: '5'");
      if (fake.registryJsSet === 'false') return false;
      const key = find(subkey);
      if (!key) throw new TypeError('RegOpenKeyEx : cannot find the registrykey, error_code : ERROR_FILE_NOT_FOUND');
      // As registry-js: through UTF-8 (lone surrogates become U+FFFD), cut at NUL, no terminating NUL.
      const lossy = (s: string) => Buffer.from(s, 'utf8').toString('utf8').split('\0')[0]!;
      const bytes = type === 'REG_DWORD' ? [...Buffer.from(Uint32Array.of(Number(data)).buffer)] : utf16(lossy(data));
      const n = lossy(name);
      key.values = key.values.filter((v) => v.name.toUpperCase() !== n.toUpperCase());
      key.values.push({ name: n, type: type === 'REG_DWORD' ? 4 : type === 'REG_SZ' ? 1 : 2, bytes });
      return true;
    },
    createKey: () => {
      throw new Error('LiveRegistry must create keys through native-reg, which says why it failed');
    },
  };
});

vi.mock('native-reg', async (importOriginal) => {
  const real = (await importOriginal()) as Record<'HKEY' | 'Access', object>;
  type Handle = { key: FakeKey; path: string; closed: boolean };
  const open = (path: string): Handle => {
    fake.openHandles++;
    return { key: find(path)!, path, closed: false };
  };
  const checkOpen = (subkey: string) => {
    const code = fake.failOpen.get(subkey.toUpperCase());
    if (code) throw win32Error(code);
  };
  return {
    HKEY: real.HKEY,
    Access: real.Access,
    openKey: (_h: number, subkey: string) => {
      fake.calls.push(`native-reg openKey ${subkey}`);
      checkOpen(subkey);
      return find(subkey) ? open(subkey) : null;
    },
    createKey: (_h: number, subkey: string) => {
      fake.calls.push(`native-reg createKey ${subkey}`);
      checkOpen(subkey);
      let key = fake.root;
      for (const part of subkey.split('\\')) {
        let next = key.subkeys.find((k) => k.name.toUpperCase() === part.toUpperCase());
        if (!next) key.subkeys.push((next = { name: part, subkeys: [], values: [] }));
        key = next;
      }
      return open(subkey);
    },
    closeKey: (h: Handle) => {
      expect(h.closed).toBe(false);
      h.closed = true;
      fake.openHandles--;
    },
    enumKeyNames: (h: Handle) => h.key.subkeys.map((k) => k.name),
    enumValueNames: (h: Handle) => h.key.values.map((v) => v.name),
    queryValueRaw: (h: Handle, name: string) => {
      const v = h.key.values.find((x) => x.name.toUpperCase() === name.toUpperCase());
      return v ? Object.assign(Buffer.from(v.bytes), { type: v.type }) : null;
    },
    setValueRaw: (h: Handle, fullName: string, type: number, data: Buffer) => {
      // native-reg hands Windows the name as a NUL-terminated string.
      const name = fullName.split('\0')[0]!;
      fake.calls.push(`native-reg setValueRaw ${name} ${type}`);
      if (fake.failWrite) throw win32Error(fake.failWrite);
      h.key.values = h.key.values.filter((v) => v.name.toUpperCase() !== name.toUpperCase());
      h.key.values.push({ name, type, bytes: [...data] });
    },
    deleteValue: (h: Handle, name: string) => {
      fake.calls.push(`native-reg deleteValue ${name}`);
      if (fake.failWrite) throw win32Error(fake.failWrite);
      const before = h.key.values.length;
      h.key.values = h.key.values.filter((v) => v.name.toUpperCase() !== name.toUpperCase());
      return h.key.values.length < before;
    },
  };
});

const { LiveRegistry, parseLivePath } = await import('./live-registry');

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\T';
const live = new LiveRegistry();

function addKey(path: string, values: [string, RegistryValue][] = []): FakeKey {
  let key = fake.root;
  for (const part of path.split('\\')) {
    let next = key.subkeys.find((k) => k.name === part);
    if (!next) key.subkeys.push((next = { name: part, subkeys: [], values: [] }));
    key = next;
  }
  key.values = values.map(([name, value]) => ({ name, ...toFake(value) }));
  return key;
}

function toFake(value: RegistryValue): { type: number; bytes: number[] } {
  const { type, bytes } = valueToHex(value);
  return { type, bytes };
}

async function failure(p: Promise<unknown>): Promise<RegistryWriteError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryWriteError);
  return error as RegistryWriteError;
}

beforeEach(() => {
  fake.root = { name: 'HKLM', subkeys: [], values: [] };
  addKey('SOFTWARE\\T');
  addKey('SOFTWARE\\Empty');
  fake.failOpen.clear();
  fake.failWrite = null;
  fake.registryJsSet = 'ok';
  fake.afterEnumerate = null;
  fake.calls = [];
  fake.openHandles = 0;
});

afterEach(() => {
  expect(fake.openHandles, 'every key native-reg opened is closed').toBe(0);
});

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
    expect(await live.listSubkeys(`${KEY}\\Missing`)).toBeNull();
    expect(await live.readValues(`${KEY}\\Missing`)).toBeNull();
    expect(await live.listSubkeys('HKLM\\SOFTWARE\\Empty')).toEqual([]);
    expect(await live.readValues('HKLM\\SOFTWARE\\empty')).toEqual([]);
  });

  it('reads strings and DWORDs through registry-js alone', async () => {
    addKey('SOFTWARE\\T', [
      ['A', { type: 'REG_SZ', data: 'x' }],
      ['B', { type: 'REG_DWORD', data: 7 }],
    ]);
    expect(await live.readValues(KEY)).toEqual([
      { name: 'A', value: { type: 'REG_SZ', data: 'x' } },
      { name: 'B', value: { type: 'REG_DWORD', data: 7 } },
    ]);
    expect(fake.calls).toEqual(['registry-js enumerateValues SOFTWARE\\T']);
  });

  it('fills the holes registry-js leaves from native-reg, in order and with their exact types', async () => {
    const values: [string, RegistryValue][] = [
      ['A', { type: 'REG_SZ', data: 'x' }],
      ['Q', { type: 'REG_QWORD', data: '18446744073709551615' }],
      ['D', { type: 'REG_DWORD', data: 7 }],
      ['M', { type: 'REG_MULTI_SZ', data: ['a', 'b'] }],
      ['Bin', { type: 'REG_BINARY', data: [0, 255] }],
      ['None', { type: 'REG_NONE', data: [] }],
      ['BigEndian', { type: 'REG_UNKNOWN', rawType: 5, data: [0, 0, 0, 1] }],
    ];
    addKey('SOFTWARE\\T', values);
    expect(await live.readValues(KEY)).toEqual(values.map(([name, value]) => ({ name, value })));
  });

  it('reads again when the key changes between registry-js and native-reg', async () => {
    const key = addKey('SOFTWARE\\T', [
      ['A', { type: 'REG_SZ', data: 'x' }],
      ['Q', { type: 'REG_QWORD', data: '5' }],
    ]);
    fake.afterEnumerate = () => {
      fake.afterEnumerate = null;
      key.values.push({ name: 'New', ...toFake({ type: 'REG_BINARY', data: [1] }) });
    };
    expect((await live.readValues(KEY))?.map((e) => e.name)).toEqual(['A', 'Q', 'New']);
    expect(fake.calls.filter((c) => c.startsWith('registry-js enumerateValues'))).toHaveLength(2);
  });

  it('says an unreadable key is unreadable, by its error code, whatever language Windows speaks', async () => {
    addKey('SOFTWARE\\Secret', [['A', { type: 'REG_SZ', data: 'x' }]]);
    fake.failOpen.set('SOFTWARE\\SECRET', 5);
    await expect(live.readValues('HKLM\\SOFTWARE\\Secret')).rejects.toThrow(
      'Cannot read the registry key HKEY_LOCAL_MACHINE\\SOFTWARE\\Secret: access is denied.',
    );
    await expect(live.listSubkeys('HKLM\\SOFTWARE\\Secret')).rejects.toThrow(/access is denied\.$/);
  });
});

describe('writing', () => {
  it('writes REG_SZ and REG_DWORD through registry-js, DWORDs as decimal text', async () => {
    await live.setValue(KEY, 'd', { type: 'REG_DWORD', data: 4294967295 });
    await live.setValue(KEY, 's', { type: 'REG_SZ', data: 'ü 9014' });
    expect(fake.calls).toEqual(['registry-js setValue d REG_DWORD', 'registry-js setValue s REG_SZ']);
    expect(await live.readValues(KEY)).toEqual([
      { name: 'd', value: { type: 'REG_DWORD', data: 4294967295 } },
      { name: 's', value: { type: 'REG_SZ', data: 'ü 9014' } },
    ]);
  });

  it('writes every other type through native-reg, with the bytes regedit would store', async () => {
    await live.setValue(KEY, 'e', { type: 'REG_EXPAND_SZ', data: '%X%' });
    await live.setValue(KEY, 'm', { type: 'REG_MULTI_SZ', data: ['a', 'b'] });
    await live.setValue(KEY, 'q', { type: 'REG_QWORD', data: '1' });
    await live.setValue(KEY, 'nul', { type: 'REG_SZ', data: 'a\0b' });
    await live.setValue(KEY, 'lone \uD800', { type: 'REG_SZ', data: 'x' });
    expect(fake.calls).toEqual([
      'native-reg openKey SOFTWARE\\T',
      'native-reg setValueRaw e 2',
      'native-reg openKey SOFTWARE\\T',
      'native-reg setValueRaw m 7',
      'native-reg openKey SOFTWARE\\T',
      'native-reg setValueRaw q 11',
      'native-reg openKey SOFTWARE\\T',
      'native-reg setValueRaw nul 1',
      'native-reg openKey SOFTWARE\\T',
      'native-reg setValueRaw lone \uD800 1',
    ]);
    const stored = find('SOFTWARE\\T')!.values;
    expect(stored.find((v) => v.name === 'e')!.bytes).toEqual([...utf16('%X%'), 0, 0]);
    expect(stored.find((v) => v.name === 'm')!.bytes).toEqual([...utf16('a\0b\0'), 0, 0]);
    expect(stored.find((v) => v.name === 'q')!.bytes).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads back every value it writes, whichever library writes it', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', 'ü', '€', '\0', '\uD800', '\uDC00', '😀', '"', '\\'), maxLength: 8 });
    const value: fc.Arbitrary<RegistryValue> = fc.oneof(
      text.map((data) => ({ type: 'REG_SZ' as const, data })),
      text.map((data) => ({ type: 'REG_EXPAND_SZ' as const, data })),
      fc
        .array(
          text.filter((s) => !s.includes('\0') && s !== ''),
          { maxLength: 3 },
        )
        .map((data) => ({ type: 'REG_MULTI_SZ' as const, data })),
      fc.integer({ min: 0, max: 0xffffffff }).map((data) => ({ type: 'REG_DWORD' as const, data })),
      fc.bigInt({ min: 0n, max: 0xffffffffffffffffn }).map((n) => ({ type: 'REG_QWORD' as const, data: n.toString() })),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 9 }).map((data) => ({ type: 'REG_BINARY' as const, data })),
    );
    await fc.assert(
      fc.asyncProperty(text, value, async (name, v) => {
        fake.root = { name: 'HKLM', subkeys: [], values: [] };
        addKey('SOFTWARE\\T');
        if (name.includes('\0')) {
          // Windows takes value names NUL-terminated: such a name cannot be written, so it is refused.
          expect((await failure(live.setValue(KEY, name, v))).message).toMatch(/name contains a NUL character/);
          expect(await live.readValues(KEY)).toEqual([]);
          return;
        }
        await live.setValue(KEY, name, v);
        expect(await live.readValues(KEY)).toEqual([{ name, value: v }]);
      }),
      { numRuns: 300 },
    );
  });

  it('learns why registry-js failed from native-reg, which repeats the write and reports the code', async () => {
    fake.registryJsSet = 'false';
    await live.setValue(KEY, 'v', { type: 'REG_SZ', data: '1' });
    expect(find('SOFTWARE\\T')!.values).toEqual([{ name: 'v', type: 1, bytes: [...utf16('1'), 0, 0] }]);

    fake.registryJsSet = 'throw';
    fake.failOpen.set('SOFTWARE\\T', 5);
    const denied = await failure(live.setValue(KEY, 'v', { type: 'REG_DWORD', data: 1 }));
    expect(denied.reason).toBe('access-denied');
    expect(denied.message).toBe(
      'Access denied: Windows did not let this program write the value "v" in HKEY_LOCAL_MACHINE\\SOFTWARE\\T; run it as administrator to change it.',
    );

    fake.failOpen.clear();
    fake.registryJsSet = 'false';
    fake.failWrite = 1013;
    const failed = await failure(live.setValue(KEY, 'v', { type: 'REG_SZ', data: '1' }));
    expect(failed.reason).toBe('failed');
    expect(failed.message).toBe(
      'Could not write the value "v" in HKEY_LOCAL_MACHINE\\SOFTWARE\\T: the registry key could not be written (Windows error 1013).',
    );
  });

  it('fails with key-missing, without creating it, when the key does not exist', async () => {
    for (const value of [
      { type: 'REG_SZ', data: '1' },
      { type: 'REG_QWORD', data: '1' },
    ] as const) {
      const e = await failure(live.setValue(`${KEY}\\Missing`, 'v', value));
      expect(e.reason).toBe('key-missing');
      expect(e.message).toBe('Cannot write the value "v" in HKEY_LOCAL_MACHINE\\SOFTWARE\\T\\Missing: the key does not exist (any more).');
    }
    expect(find('SOFTWARE\\T\\Missing')).toBeNull();
  });

  it('refuses data no registry value can hold, before touching the registry', async () => {
    const e = await failure(live.setValue(KEY, 'q', { type: 'REG_QWORD', data: '-1' }));
    expect(e.reason).toBe('failed');
    expect(e.message).toMatch(/^Cannot write the value "q" in .*: REG_QWORD data "-1" is not an unsigned 64-bit decimal\.$/);
    expect(fake.calls).toEqual([]);
  });

  it('creates keys through native-reg and maps its failures', async () => {
    await live.createKey(`${KEY}\\A\\B`);
    expect(find('SOFTWARE\\T\\A\\B')).not.toBeNull();
    fake.failOpen.set('SOFTWARE\\T\\C', 5);
    expect((await failure(live.createKey(`${KEY}\\C`))).reason).toBe('access-denied');
  });
});

describe('deleting', () => {
  it('deletes through native-reg; an absent value is a no-op, a missing key is key-missing', async () => {
    addKey('SOFTWARE\\T', [
      ['Present', { type: 'REG_SZ', data: '1' }],
      ['', { type: 'REG_SZ', data: 'default' }],
    ]);
    await live.deleteValue(KEY, 'present');
    await live.deleteValue(KEY, 'Absent');
    await live.deleteValue(KEY, '');
    expect(find('SOFTWARE\\T')!.values).toEqual([]);
    expect(fake.calls.filter((c) => c.includes('deleteValue'))).toEqual([
      'native-reg deleteValue present',
      'native-reg deleteValue Absent',
      'native-reg deleteValue ',
    ]);
    const missing = await failure(live.deleteValue(`${KEY}\\Missing`, 'x'));
    expect(missing.reason).toBe('key-missing');
    expect(missing.message).toBe('Cannot delete the value "x" in HKEY_LOCAL_MACHINE\\SOFTWARE\\T\\Missing: the key does not exist (any more).');
  });

  it('maps access denied by code, whether opening or deleting fails', async () => {
    addKey('SOFTWARE\\T', [['v', { type: 'REG_SZ', data: '1' }]]);
    fake.failWrite = 5;
    expect((await failure(live.deleteValue(KEY, 'v'))).reason).toBe('access-denied');
    fake.failWrite = null;
    fake.failOpen.set('SOFTWARE\\T', 5);
    expect((await failure(live.deleteValue(KEY, 'v'))).reason).toBe('access-denied');
    fake.failOpen.set('SOFTWARE\\T', 1018);
    expect((await failure(live.deleteValue(KEY, 'v'))).reason).toBe('key-missing');
  });
});
