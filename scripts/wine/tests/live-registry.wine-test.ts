/**
 * The `live` source against a real registry implementation: Windows Node.js + the project's
 * MinGW build of registry-js + native-reg's shipped win32-x64 prebuild, in a Wine prefix seeded
 * from fixtures/live-registry.reg. reg.exe is the independent oracle for what was written.
 * Runs ONLY under scripts/wine/run-tests.sh (node:test inside `wine node.exe`).
 */

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, it } from 'node:test';

import { isLiveRegistryAvailable, LiveRegistry } from '../../../electron/sources/live-registry';
import { RegistryWriteError } from '../../../electron/sources/registry-source';
import type { RegistryEntry, RegistryValue } from '../../../shared/model/registry-value';
import { NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY, adapterKeyPath, adapterParamsKeyPath } from '../../../shared/model/registry-paths';
import { regExportTree } from './support/wine';

const live = new LiveRegistry();
const A0 = adapterKeyPath('0000');
const A1 = adapterKeyPath('0001');
const MISSING = `${NET_CLASS_KEY}\\0099`;
const REG = `${process.env.SystemRoot ?? 'C:\\windows'}\\System32\\reg.exe`;

/** `reg query <key> /v <name>` (or /ve): the data column, or null when reg finds no such value. */
function regQuery(key: string, name: string): { type: string; data: string } | null {
  const args = ['query', key, ...(name === '' ? ['/ve'] : ['/v', name])];
  const r = spawnSync(REG, args, { encoding: 'utf8', windowsHide: true });
  if (r.status !== 0) return null;
  const line = r.stdout.split(/\r?\n/).find((l) => /^ {4}.* {4}REG_[A-Z_]+ {4}/.test(l) || /^ {4}.* {4}REG_[A-Z_]+$/.test(l));
  assert.ok(line, `reg query printed no value line: ${r.stdout}`);
  const m = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line)!;
  return { type: m[2]!, data: m[3] ?? '' };
}

/** Value names of exactly `key` in the order `reg export` writes them (RegEnumValue order). */
function regValueNames(key: string): string[] {
  const sections = regExport(key).split(/\r\n\r\n/);
  const own = sections.find((sec) => sec.startsWith(`[${key}]`)) ?? '';
  return own
    .split('\r\n')
    .slice(1)
    .map((line) => (line.startsWith('@=') ? '' : /^"((?:[^"\\]|\\.)*)"=/.exec(line)?.[1]?.replace(/\\(.)/g, '$1')))
    .filter((n): n is string => n !== undefined);
}

/** `reg export` text of one key (UTF-16LE file), for types Wine's reg query prints badly. */
function regExport(key: string): string {
  const file = `${process.env.TEMP ?? 'C:\\windows\\temp'}\\wine-test-export-${process.pid}.reg`;
  execFileSync(REG, ['export', key, file, '/y'], { windowsHide: true });
  const text = readFileSync(file).toString('utf16le');
  rmSync(file);
  return text.replace(/\\\r\n\s*/g, '');
}

function byName(entries: readonly RegistryEntry[] | null): Record<string, RegistryValue> {
  assert.ok(entries, 'expected values, got null');
  return Object.fromEntries(entries.map((e) => [e.name, e.value]));
}

async function writeError(p: Promise<unknown>): Promise<RegistryWriteError> {
  try {
    await p;
  } catch (error) {
    assert.ok(error instanceof RegistryWriteError, `expected a RegistryWriteError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the write to fail');
}

describe('environment', () => {
  it('runs the Windows code path', () => {
    assert.equal(process.platform, 'win32');
    assert.equal(isLiveRegistryAvailable(), true);
    assert.equal(live.kind, 'live');
  });
});

describe('reading', () => {
  it('lists the seeded adapters and subkeys in registry order', async () => {
    assert.deepEqual(await live.listSubkeys(NET_CLASS_KEY), ['0000', '0001']);
    assert.deepEqual(await live.listSubkeys(A0), ['Ndi']);
    assert.deepEqual(await live.listSubkeys(adapterParamsKeyPath('0000')), ['*JumboPacket']);
    assert.deepEqual(await live.listSubkeys(`${adapterParamsKeyPath('0000')}\\*JumboPacket`), ['enum']);
  });

  it('reads every value type with the right type and data, in registry order', async () => {
    const values = await live.readValues(A0);
    const expected: RegistryEntry[] = [
      { name: 'DriverDesc', value: { type: 'REG_SZ', data: 'Contoso Gigabit Ethernet' } },
      { name: 'NetCfgInstanceId', value: { type: 'REG_SZ', data: '{11111111-2222-3333-4444-555555555555}' } },
      { name: 'ComponentId', value: { type: 'REG_SZ', data: 'pci\\ven_8086&dev_15f3' } },
      { name: 'Characteristics', value: { type: 'REG_DWORD', data: 0x84 } },
      { name: '*JumboPacket', value: { type: 'REG_SZ', data: '1514' } },
      { name: 'InstallerPaths', value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\inf' } },
      { name: 'IncludedInfs', value: { type: 'REG_MULTI_SZ', data: ['pci.inf', 'net.inf'] } },
      { name: 'NetLuidIndex', value: { type: 'REG_QWORD', data: '578437695752307201' } },
      { name: 'DriverDateData', value: { type: 'REG_BINARY', data: [0x00, 0x80, 0x8c, 0xa3, 0xc5, 0x94, 0xd6, 0x01] } },
      { name: 'NoneValue', value: { type: 'REG_NONE', data: [0xde, 0xad] } },
      { name: 'BigEndian', value: { type: 'REG_UNKNOWN', rawType: 5, data: [0, 0, 0, 1] } },
      { name: 'Label ünïcödé', value: { type: 'REG_SZ', data: 'Größe €' } },
    ];
    assert.deepEqual(byName(values), byName(expected));
    // Registry order is RegEnumValue's (insertion order on Windows, sorted by name in Wine): the
    // order reg.exe lists them in.
    assert.deepEqual(
      values!.map((v) => v.name),
      regValueNames(A0),
    );
  });

  it('reads the default value, an empty string and an empty REG_MULTI_SZ', async () => {
    const cls = byName(await live.readValues(NET_CLASS_KEY));
    assert.deepEqual(cls[''], { type: 'REG_SZ', data: 'Network adapters' });
    assert.deepEqual(cls['IconPath'], { type: 'REG_MULTI_SZ', data: ['%systemroot%'] });
    const a1 = byName(await live.readValues(A1));
    assert.deepEqual(a1['Empty'], { type: 'REG_SZ', data: '' });
    assert.deepEqual(a1['EmptyList'], { type: 'REG_MULTI_SZ', data: [] });
  });

  it('reads the connection name key', async () => {
    const key = `${NETWORK_CONNECTIONS_KEY}\\{11111111-2222-3333-4444-555555555555}\\Connection`;
    assert.deepEqual(await live.readValues(key), [{ name: 'Name', value: { type: 'REG_SZ', data: 'Ethernet 2' } }]);
  });

  it('returns null for a missing key and [] for an empty one', async () => {
    assert.equal(await live.listSubkeys(MISSING), null);
    assert.equal(await live.readValues(MISSING), null);
    assert.equal(await live.readValues(`${MISSING}\\Ndi\\params`), null);
    assert.deepEqual(await live.listSubkeys(`${A1}\\EmptyKey`), []);
    assert.deepEqual(await live.readValues(`${A1}\\EmptyKey`), []);
    // A key with subkeys but no values exists: [] values, not null.
    assert.deepEqual(await live.readValues(adapterParamsKeyPath('0000')), []);
  });

  it('accepts paths case-insensitively and with the HKLM short form', async () => {
    const lower = A0.toLowerCase();
    assert.equal((await live.readValues(lower))?.length, 12);
    assert.deepEqual(await live.listSubkeys(A0.replace('HKEY_LOCAL_MACHINE', 'HKLM')), ['Ndi']);
  });
});

describe('writing', () => {
  it('writes REG_SZ and REG_DWORD through registry-js, visible to reg query', async () => {
    await live.setValue(A0, '*JumboPacket', { type: 'REG_SZ', data: '9014' });
    await live.setValue(A0, '*NewDword', { type: 'REG_DWORD', data: 0xffffffff });
    assert.deepEqual(regQuery(A0, '*JumboPacket'), { type: 'REG_SZ', data: '9014' });
    assert.deepEqual(regQuery(A0, '*NewDword'), { type: 'REG_DWORD', data: '0xffffffff' });
    // registry-js stores REG_SZ without the terminating NUL; reg export must still see all of it.
    assert.match(regExport(A0), /"\*JumboPacket"="9014"\r\n/);
    const v = byName(await live.readValues(A0));
    assert.deepEqual(v['*JumboPacket'], { type: 'REG_SZ', data: '9014' });
    assert.deepEqual(v['*NewDword'], { type: 'REG_DWORD', data: 0xffffffff });
  });

  it('replaces a value of another type', async () => {
    await live.setValue(A1, 'Characteristics', { type: 'REG_SZ', data: '1' });
    assert.deepEqual(regQuery(A1, 'Characteristics'), { type: 'REG_SZ', data: '1' });
    await live.setValue(A1, 'Characteristics', { type: 'REG_DWORD', data: 1 });
    assert.deepEqual(regQuery(A1, 'Characteristics'), { type: 'REG_DWORD', data: '0x1' });
  });

  it('writes the types registry-js cannot (through native-reg) exactly', async () => {
    const values: RegistryEntry[] = [
      { name: 'W-Multi', value: { type: 'REG_MULTI_SZ', data: ['a', '', 'ü b'] } },
      { name: 'W-MultiEmpty', value: { type: 'REG_MULTI_SZ', data: [] } },
      { name: 'W-Qword', value: { type: 'REG_QWORD', data: '18446744073709551615' } },
      { name: 'W-Binary', value: { type: 'REG_BINARY', data: [0, 1, 254, 255] } },
      { name: 'W-None', value: { type: 'REG_NONE', data: [] } },
      { name: 'W-Unknown', value: { type: 'REG_UNKNOWN', rawType: 0x20, data: [9, 8, 7] } },
      { name: 'W-SzNul', value: { type: 'REG_SZ', data: 'a\0b' } },
      { name: 'W-Expand', value: { type: 'REG_EXPAND_SZ', data: '%TEMP%\\x' } },
      { name: 'W "quoted" \\ name', value: { type: 'REG_SZ', data: 'ok' } },
      { name: '', value: { type: 'REG_SZ', data: 'default' } },
    ];
    for (const e of values) await live.setValue(A1, e.name, e.value);
    const got = byName(await live.readValues(A1));
    for (const e of values) assert.deepEqual(got[e.name], e.value, `value "${e.name}"`);
    const exported = regExport(A1);
    assert.match(exported, /"W-Qword"=hex\(b\):ff,ff,ff,ff,ff,ff,ff,ff/);
    assert.match(exported, /"W-Binary"=hex:00,01,fe,ff/);
    // Strings stored as Windows stores them: UTF-16LE with the terminating NUL(s).
    assert.match(exported, /"W-Expand"=hex\(2\):25,00,54,00,45,00,4d,00,50,00,25,00,5c,00,78,00,00,00\r\n/);
    assert.match(exported, /"W-Multi"=hex\(7\):61,00,00,00,00,00,fc,00,20,00,62,00,00,00,00,00\r\n/);
    assert.match(exported, /"W-MultiEmpty"=hex\(7\):00,00\r\n/);
    assert.match(exported, /"W-Unknown"=hex\(20\):09,08,07\r\n/);
    assert.deepEqual(regQuery(A1, 'W-Binary'), { type: 'REG_BINARY', data: '0001FEFF' });
    assert.deepEqual(regQuery(A1, ''), { type: 'REG_SZ', data: 'default' });
  });

  it('fails with key-missing when the key does not exist, for every write path', async () => {
    assert.equal((await writeError(live.setValue(MISSING, 'X', { type: 'REG_SZ', data: '1' }))).reason, 'key-missing');
    assert.equal((await writeError(live.setValue(MISSING, 'X', { type: 'REG_QWORD', data: '1' }))).reason, 'key-missing');
    assert.equal((await writeError(live.deleteValue(MISSING, 'X'))).reason, 'key-missing');
    assert.equal(await live.readValues(MISSING), null, 'no write may create the key');
  });

  it('round-trips every value type, replacing values of every other type, as reg export sees it', async () => {
    const types: RegistryValue[] = [
      { type: 'REG_SZ', data: 'Größe € "q" \\' },
      { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\inf' },
      { type: 'REG_MULTI_SZ', data: ['x', 'ÿ'] },
      { type: 'REG_DWORD', data: 0x80000001 },
      { type: 'REG_QWORD', data: '4294967296' },
      { type: 'REG_BINARY', data: [0xca, 0xfe] },
      { type: 'REG_NONE', data: [1] },
      { type: 'REG_UNKNOWN', rawType: 5, data: [0, 0, 0, 2] },
    ];
    const before = regExport(A0);
    for (const first of types) {
      for (const second of types) {
        await live.setValue(A1, 'RoundTrip', first);
        await live.setValue(A1, 'RoundTrip', second);
        assert.deepEqual(byName(await live.readValues(A1))['RoundTrip'], second, `${first.type} then ${second.type}`);
      }
    }
    // reg.exe reads it back exactly: the project's reader over reg export agrees with the source.
    const exported = regExportTree(A1)
      .get(A1.toLowerCase())!
      .values.find((v) => v.name === 'RoundTrip');
    assert.deepEqual(exported?.value, types[types.length - 1]);
    await live.deleteValue(A1, 'RoundTrip');
    assert.equal(regQuery(A1, 'RoundTrip'), null);
    assert.equal(regExport(A0), before, 'other keys untouched');
  });

  it('maps the failures Wine can produce by their Win32 codes', async () => {
    // 87 ERROR_INVALID_PARAMETER: a value name longer than the registry's 16383 characters. registry-js
    // only returns false; native-reg repeats the write and reports the code.
    const longName = 'n'.repeat(16384);
    for (const value of [
      { type: 'REG_SZ', data: '1' },
      { type: 'REG_BINARY', data: [1] },
    ] as const) {
      const e = await writeError(live.setValue(A1, longName, value));
      assert.equal(e.reason, 'failed');
      assert.match(e.message, /^Could not write the value "n+" in .*: Windows rejected the name or the data as invalid \(Windows error 87\)\.$/);
    }
    const e = await writeError(live.createKey(`${A1}\\${'k'.repeat(300)}`));
    assert.equal(e.reason, 'failed');
    assert.match(e.message, /^Could not create the registry key .*: Windows rejected the name or the data as invalid \(Windows error 87\)\.$/);
    // 2 ERROR_FILE_NOT_FOUND on open (native-reg: null): key-missing, for every write path.
    assert.equal(
      (await writeError(live.setValue(`${MISSING}\\Sub`, 'X', { type: 'REG_MULTI_SZ', data: [] }))).message,
      `Cannot write the value "X" in ${MISSING}\\Sub: the key does not exist (any more).`,
    );
    assert.equal(
      (await writeError(live.deleteValue(MISSING, ''))).message,
      `Cannot delete the default value in ${MISSING}: the key does not exist (any more).`,
    );
  });

  it('refuses a value name with NUL, which Windows would cut short and write elsewhere', async () => {
    const e = await writeError(live.setValue(A1, 'Characteristics\0x', { type: 'REG_DWORD', data: 9 }));
    assert.equal(e.reason, 'failed');
    assert.deepEqual(regQuery(A1, 'Characteristics'), { type: 'REG_DWORD', data: '0x1' });
  });

  it('rejects data a registry value cannot hold, without writing', async () => {
    const e = await writeError(live.setValue(A1, 'Bad', { type: 'REG_QWORD', data: '-1' }));
    assert.equal(e.reason, 'failed');
    assert.equal(regQuery(A1, 'Bad'), null);
  });

  it('creates keys with their parents, idempotently', async () => {
    const key = `${A1}\\Ndi\\params\\*New`;
    await live.createKey(key);
    await live.createKey(key);
    assert.deepEqual(await live.listSubkeys(`${A1}\\Ndi\\params`), ['*New']);
    assert.deepEqual(await live.readValues(key), []);
    await live.setValue(key, 'ParamDesc', { type: 'REG_SZ', data: 'New' });
    assert.deepEqual(regQuery(key, 'ParamDesc'), { type: 'REG_SZ', data: 'New' });
  });
});

describe('deleting (native-reg)', () => {
  it('deletes values of every kind and is idempotent', async () => {
    for (const name of ['*JumboPacket', 'DriverDateData', 'NetLuidIndex', 'Label ünïcödé']) {
      assert.notEqual(byName(await live.readValues(A0))[name], undefined, name);
      await live.deleteValue(A0, name);
      assert.equal(byName(await live.readValues(A0))[name], undefined, name);
      await live.deleteValue(A0, name); // already absent: no-op
    }
    assert.equal(regQuery(A0, '*JumboPacket'), null);
    assert.equal(regQuery(A0, 'DriverDateData'), null);
    // Case-insensitive like Windows, and names that need quoting on a command line.
    await live.deleteValue(A0, 'driverdesc');
    assert.equal(regQuery(A0, 'DriverDesc'), null);
    await live.deleteValue(A1, 'W "quoted" \\ name');
    assert.equal(byName(await live.readValues(A1))['W "quoted" \\ name'], undefined);
  });

  it('deletes the default value', async () => {
    await live.deleteValue(A1, '');
    assert.equal(byName(await live.readValues(A1))[''], undefined);
    await live.deleteValue(A1, '');
  });

  it('leaves the other values alone', async () => {
    const v = byName(await live.readValues(A0));
    assert.deepEqual(v['IncludedInfs'], { type: 'REG_MULTI_SZ', data: ['pci.inf', 'net.inf'] });
    assert.deepEqual(v['Characteristics'], { type: 'REG_DWORD', data: 0x84 });
  });
});
