/**
 * Interop with Wine's reg.exe, both directions, on a prefix seeded from demo.reg and
 * fixtures/reg-interop/all-types.reg (every value type, escapes, non-ASCII names and data):
 *
 * - reg export -> the project's reader (decodeRegBytes + parseReg): nothing lost, compared with
 *   LiveRegistry's reads and with the seed files themselves;
 * - the project's writers -> reg import: `nicprops … --out x.reg --source live`, and
 *   MemoryRegistry.toRegText / writeReg with every value type, yield exactly the intended values.
 */

import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';

import demoRegText from '../../../electron/sources/demo/demo.reg';
import { LiveRegistry } from '../../../electron/sources/live-registry';
import { MemoryRegistry } from '../../../electron/sources/memory-registry';
import { decodeRegBytes } from '../../../electron/sources/reg-file/decode-reg-bytes';
import { parseReg } from '../../../electron/sources/reg-file/parse-reg';
import { encodeRegFile, writeReg } from '../../../electron/sources/reg-file/write-reg';
import { adapterKeyPath, NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY, TCPIP_PARAMETERS_KEY } from '../../../shared/model/registry-paths';
import type { RegistryEntry } from '../../../shared/model/registry-value';
import allTypesText from '../fixtures/reg-interop/all-types.reg';
import { cliJson, keysOf, makeTempDir, reg, regExportBytes, regExportTree, regQuery, treeAsSets, valueSet, type ExportedKey } from './support/wine';

const live = new LiveRegistry();
const tmp = makeTempDir('nicprops-interop');
after(() => rmSync(tmp, { recursive: true, force: true }));

const INTEROP = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\NicpropsInterop';
const SEEDED_ROOTS = [NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY, TCPIP_PARAMETERS_KEY, 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Ipsec', INTEROP];

/** The seed files as the project's reader sees them, by lower-case key path. */
const seed = new Map([...keysOf(parseReg(demoRegText, 'demo.reg')), ...keysOf(parseReg(allTypesText, 'all-types.reg'))]);

/** Keys of `tree` under `root` (inclusive). */
function under(tree: ReadonlyMap<string, ExportedKey>, root: string): Map<string, ExportedKey> {
  const r = root.toLowerCase();
  return new Map([...tree].filter(([k]) => k === r || k.startsWith(`${r}\\`)));
}

/** Every key under `root` read through LiveRegistry (values in the order it returns them). */
async function liveTree(root: string): Promise<Map<string, ExportedKey>> {
  const out = new Map<string, ExportedKey>();
  const walk = async (p: string) => {
    const values = await live.readValues(p);
    assert.ok(values, `${p} exists`);
    out.set(p.toLowerCase(), { path: p, values: [...values] });
    for (const sub of (await live.listSubkeys(p)) ?? []) await walk(`${p}\\${sub}`);
  };
  await walk(root);
  return out;
}

function importFile(file: string): void {
  const r = reg(['import', file]);
  assert.equal(r.code, 0, `reg import ${file}: ${r.stdout}${r.stderr}`);
}

describe('reg export -> the project reader: nothing lost', () => {
  it('writes UTF-16LE with a BOM and the 5.00 header', () => {
    const bytes = regExportBytes(INTEROP);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.match(decodeRegBytes(bytes), /^Windows Registry Editor Version 5\.00\r\n\r\n\[HKEY_LOCAL_MACHINE\\SOFTWARE\\NicpropsInterop\]\r\n/);
  });

  it('reads back every key and value of the seed, types, data and non-ASCII names included', () => {
    for (const root of SEEDED_ROOTS) {
      const exported = regExportTree(root);
      assert.deepEqual(treeAsSets(exported), treeAsSets(under(seed, root)), root);
    }
  });

  it('reads back the same as LiveRegistry, key by key, in the same value order', async () => {
    for (const root of [INTEROP, adapterKeyPath('0007'), adapterKeyPath('0015'), TCPIP_PARAMETERS_KEY]) {
      const exported = regExportTree(root);
      const read = await liveTree(root);
      assert.deepEqual([...read.keys()].sort(), [...exported.keys()].sort(), `keys under ${root}`);
      for (const [k, v] of read) assert.deepEqual(v.values, exported.get(k)!.values, `values of ${v.path}`);
    }
  });

  it('keeps the values regedit cannot show well: QWORD, unknown types, empty and embedded-empty multi-strings', async () => {
    const v = Object.fromEntries((await live.readValues(INTEROP))!.map((e) => [e.name, e.value]));
    assert.deepEqual(v['Qword'], { type: 'REG_QWORD', data: '18446744073709551615' });
    assert.deepEqual(v['QwordSmall'], { type: 'REG_QWORD', data: '42' });
    assert.deepEqual(v['Unknown'], { type: 'REG_UNKNOWN', rawType: 0x20, data: [1, 2, 3] });
    assert.deepEqual(v['BigEndian'], { type: 'REG_UNKNOWN', rawType: 5, data: [0, 0, 0, 1] });
    assert.deepEqual(v['MultiEmpty'], { type: 'REG_MULTI_SZ', data: [] });
    assert.deepEqual(v['Multi'], { type: 'REG_MULTI_SZ', data: ['eins', '', 'drei ü'] });
    assert.deepEqual(v['BinaryEmpty'], { type: 'REG_BINARY', data: [] });
    assert.deepEqual(v['Größe €'], { type: 'REG_SZ', data: 'Größe € 日本語 😀' });
    assert.deepEqual(v[''], { type: 'REG_SZ', data: 'default ✓' });
    assert.deepEqual(await live.readValues(`${INTEROP}\\Ключ 🔑`), [{ name: '名前', value: { type: 'REG_SZ', data: '値 é' } }]);
  });
});

describe('the project writers -> reg import: exactly the intended values', () => {
  const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\NicpropsWritten';
  const values: RegistryEntry[] = [
    { name: '', value: { type: 'REG_SZ', data: 'default' } },
    { name: 'Sz', value: { type: 'REG_SZ', data: 'a "quoted" \\ back\\slash' } },
    { name: 'SzEmpty', value: { type: 'REG_SZ', data: '' } },
    { name: 'SzNul', value: { type: 'REG_SZ', data: 'before\0after' } },
    { name: 'SzLines', value: { type: 'REG_SZ', data: 'one\r\ntwo' } },
    { name: 'Ünïcödé 名前 😀', value: { type: 'REG_SZ', data: 'Größe € 日本語 😀' } },
    { name: 'Name "with" \\ quotes', value: { type: 'REG_SZ', data: 'x' } },
    { name: 'Expand', value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\System32\\ü' } },
    { name: 'Multi', value: { type: 'REG_MULTI_SZ', data: ['eins', '', 'drei ü', '😀'] } },
    { name: 'MultiEmpty', value: { type: 'REG_MULTI_SZ', data: [] } },
    { name: 'MultiOneEmpty', value: { type: 'REG_MULTI_SZ', data: [''] } },
    { name: 'Dword', value: { type: 'REG_DWORD', data: 0xffffffff } },
    { name: 'DwordZero', value: { type: 'REG_DWORD', data: 0 } },
    { name: 'Qword', value: { type: 'REG_QWORD', data: '18446744073709551615' } },
    { name: 'QwordSmall', value: { type: 'REG_QWORD', data: '1' } },
    { name: 'Binary', value: { type: 'REG_BINARY', data: Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff) } },
    { name: 'BinaryEmpty', value: { type: 'REG_BINARY', data: [] } },
    { name: 'None', value: { type: 'REG_NONE', data: [0xde, 0xad] } },
    { name: 'NoneEmpty', value: { type: 'REG_NONE', data: [] } },
    { name: 'Unknown', value: { type: 'REG_UNKNOWN', rawType: 0x20, data: [9, 8, 7] } },
  ];
  const memory = new MemoryRegistry('reg-file', 'written');

  it('MemoryRegistry.toRegText (every value type) imports to exactly those values', async () => {
    for (const sub of [KEY, `${KEY}\\Ключ 🔑`, `${KEY}\\Empty`]) await memory.createKey(sub);
    for (const e of values) await memory.setValue(KEY, e.name, e.value);
    await memory.setValue(`${KEY}\\Ключ 🔑`, '値', { type: 'REG_MULTI_SZ', data: ['é'] });
    const file = path.join(tmp, 'memory.reg');
    writeFileSync(file, encodeRegFile(memory.toRegText(KEY)!));
    importFile(file);

    const expected = new Map<string, ExportedKey>(
      (memory.snapshot(KEY) ?? []).map((b) => [
        b.path.toLowerCase(),
        { path: b.path, values: b.values.flatMap((v) => (v.value === null ? [] : [{ name: v.name, value: v.value }])) },
      ]),
    );
    const read = await liveTree(KEY);
    assert.deepEqual(treeAsSets(read), treeAsSets(expected));
    // reg export of the same keys, read by the project's reader: identical but for one value.
    // Wine's reg export writes a REG_SZ only up to its first NUL ("SzNul"="before"), although the
    // registry holds all of it (registry-js and so LiveRegistry read it whole, just above).
    const exported = regExportTree(KEY);
    const sz = exported.get(KEY.toLowerCase())!.values.find((v) => v.name === 'SzNul');
    assert.deepEqual(sz?.value, { type: 'REG_SZ', data: 'before' }, 'Wine cuts REG_SZ at NUL on export');
    const withoutSzNul = (t: Map<string, ExportedKey>) =>
      treeAsSets(new Map([...t].map(([k, v]) => [k, { ...v, values: v.values.filter((e) => e.name !== 'SzNul') }])));
    assert.deepEqual(withoutSzNul(exported), withoutSzNul(expected));
    // What reg.exe itself shows for a few (reg query prints QWORD and non-ASCII badly in Wine).
    assert.deepEqual(regQuery(KEY, 'Dword'), { type: 'REG_DWORD', data: '0xffffffff' });
    assert.equal(regQuery(KEY, 'Expand')?.type, 'REG_EXPAND_SZ'); // data: non-ASCII goes through the console code page
    assert.deepEqual(regQuery(KEY, 'Sz'), { type: 'REG_SZ', data: 'a "quoted" \\ back\\slash' });
    assert.deepEqual(regQuery(KEY, 'None'), { type: 'REG_NONE', data: 'DEAD' });
  });

  it('writeReg deletions ("name"=- and [-key]) import as deletions', async () => {
    const file = path.join(tmp, 'delete.reg');
    writeFileSync(
      file,
      encodeRegFile(
        writeReg([
          {
            path: KEY,
            values: [
              { name: 'Sz', value: null },
              { name: 'Ünïcödé 名前 😀', value: null },
              { name: '', value: null },
            ],
          },
          { path: `${KEY}\\Ключ 🔑`, deleteKey: true, values: [] },
        ]),
      ),
    );
    importFile(file);
    const names = (await live.readValues(KEY))!.map((v) => v.name);
    assert.equal(names.length, values.length - 3);
    for (const gone of ['Sz', 'Ünïcödé 名前 😀', '']) assert.ok(!names.includes(gone), gone);
    assert.deepEqual(await live.listSubkeys(KEY), ['Empty']);
    assert.equal(await live.readValues(`${KEY}\\Ключ 🔑`), null);
  });

  it('nicprops set --out x.reg --source live: nothing written until imported, then exactly the change', () => {
    const A7 = adapterKeyPath('0007');
    const A12 = adapterKeyPath('0012');
    const before = regExportBytes(NET_CLASS_KEY);
    const set = path.join(tmp, 'set.reg');
    const np = path.join(tmp, 'not-present.reg');
    const globals = path.join(tmp, 'globals.reg');
    for (const [file, args] of [
      [set, ['set', '0007', '*JumboPacket=9014', 'VlanID=42', '*PtpHardwareTimestamp=1']],
      [np, ['set', '0012', '--not-present', 'NetworkAddress']],
      [globals, ['globals', 'DisableTaskOffload=1']],
    ] as const) {
      const r = cliJson<{ applied: boolean; file: string; format: string }>([...args, '--out', file, '--source', 'live']);
      assert.deepEqual([r.applied, r.format], [false, 'reg']);
      const bytes = readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], `${file}: UTF-16LE with BOM`);
    }
    assert.ok(regExportBytes(NET_CLASS_KEY).equals(before), '--out writes nothing to the registry');
    assert.match(decodeRegBytes(readFileSync(np)), /"NetworkAddress"=-/);

    const untouched = (key: string) => regExportTree(key).get(key.toLowerCase())!.values;
    const a7 = untouched(A7);
    for (const file of [set, np, globals]) importFile(file);

    assert.deepEqual(regQuery(A7, '*JumboPacket'), { type: 'REG_SZ', data: '9014' });
    assert.deepEqual(regQuery(A7, 'VlanID'), { type: 'REG_SZ', data: '42' });
    assert.deepEqual(regQuery(A7, '*PtpHardwareTimestamp'), { type: 'REG_SZ', data: '1' });
    assert.equal(regQuery(A12, 'NetworkAddress'), null);
    assert.deepEqual(regQuery(TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'), { type: 'REG_DWORD', data: '0x1' });
    // Nothing else in the adapter key changed.
    const changed = new Set(['*jumbopacket', 'vlanid', '*ptphardwaretimestamp']);
    const keep = (vs: readonly RegistryEntry[]) => valueSet(vs.filter((v) => !changed.has(v.name.toLowerCase())));
    assert.deepEqual(keep(untouched(A7)), keep(a7));
  });
});
