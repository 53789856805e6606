/**
 * Enumeration parity: a prefix seeded from electron/sources/demo/demo.reg (fixtures/demo-parity.reg
 * links to it), read through the `live` source, must give what the `.reg` reader gives for the same
 * file: same adapters, properties, metadata, stored values and registry-only keywords.
 *
 * The demo side is `nicprops show --all --json --source demo` run by Linux node
 * (demo-parity.prepare.mjs); the live side is the same CLI under Windows node.exe in Wine.
 *
 * One documented difference: ORDER OF VALUES. Windows' RegEnumValue lists a key's values in the
 * order they were written (so a fresh `reg import` of demo.reg keeps the file's order); Wine keeps
 * them sorted by name (case-insensitively). The live source promises registry order, so under
 * Wine enum options and registry-only keywords come out sorted by name. The comparison is
 * therefore order-insensitive for values, and a separate test pins that live order equals
 * RegEnumValue order as `reg export` writes it. Order of KEYS (adapters, properties) is the same on
 * both (Windows and Wine both list subkeys sorted) and is compared exactly.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

import demoRegText from '../../../electron/sources/demo/demo.reg';
import { LiveRegistry } from '../../../electron/sources/live-registry';
import { MemoryRegistry } from '../../../electron/sources/memory-registry';
import { parseReg } from '../../../electron/sources/reg-file/parse-reg';
import { NET_CLASS_KEY } from '../../../shared/model/registry-paths';
import { cliJson, keysOf, regExportTree, runCli, testDataDir, valueSet } from './support/wine';

interface OptionJson {
  value: string;
  label: string;
}
interface PropertyJson {
  keyword: string;
  options: OptionJson[];
  [k: string]: unknown;
}
interface DetailsJson {
  adapter: { id: string; [k: string]: unknown };
  properties: PropertyJson[];
  registryOnly: { keyword: string; type: string; data: unknown }[];
}

const upper = (s: string) => s.toUpperCase();
const byName = (a: string, b: string) => (upper(a) < upper(b) ? -1 : upper(a) > upper(b) ? 1 : 0);

/** Value order made irrelevant: enum options by value, registry-only keywords by name. */
function withoutValueOrder(all: DetailsJson[]): DetailsJson[] {
  return all.map((d) => ({
    ...d,
    properties: d.properties.map((p) => ({ ...p, options: [...p.options].sort((x, y) => byName(x.value, y.value)) })),
    registryOnly: [...d.registryOnly].sort((x, y) => byName(x.keyword, y.keyword)),
  }));
}

const demoJsonText = () => readFileSync(path.join(testDataDir(), 'show-demo.json'), 'utf8');
const liveShow = (() => {
  let cached: DetailsJson[] | null = null;
  return () => (cached ??= cliJson<DetailsJson[]>(['show', '--all', '--source', 'live']));
})();

describe('show --all --json: live (Wine) against demo (Linux node)', () => {
  it('lists the same adapters and properties, in the same order', () => {
    const live = liveShow();
    const demo = JSON.parse(demoJsonText()) as DetailsJson[];
    assert.equal(live.length, 8);
    assert.deepEqual(
      live.map((d) => d.adapter.id),
      demo.map((d) => d.adapter.id),
    );
    for (const [i, d] of live.entries()) {
      assert.deepEqual(
        d.properties.map((p) => p.keyword),
        demo[i]!.properties.map((p) => p.keyword),
        `properties of adapter ${d.adapter.id}`,
      );
    }
  });

  it('has the same adapter facts, metadata, stored values, statuses and registry-only keywords (value order aside)', () => {
    const live = withoutValueOrder(liveShow());
    const demo = withoutValueOrder(JSON.parse(demoJsonText()) as DetailsJson[]);
    // Adapter by adapter first, for a readable failure.
    for (const [i, d] of live.entries()) {
      assert.deepEqual(d.adapter, demo[i]!.adapter, `adapter ${d.adapter.id}`);
      for (const [j, p] of d.properties.entries()) assert.deepEqual(p, demo[i]!.properties[j], `${d.adapter.id} ${p.keyword}`);
      assert.deepEqual(d.registryOnly, demo[i]!.registryOnly, `registry-only of ${d.adapter.id}`);
    }
    assert.deepEqual(live, demo);
  });

  it('differs from the demo only in value order, and live order is RegEnumValue order (sorted by name in Wine)', () => {
    const live = liveShow();
    const demo = JSON.parse(demoJsonText()) as DetailsJson[];
    const exported = regExportTree(NET_CLASS_KEY);
    let reordered = 0;
    for (const [i, d] of live.entries()) {
      for (const [j, p] of d.properties.entries()) {
        if (p.options.length === 0) continue;
        const enumKey = `${NET_CLASS_KEY}\\${d.adapter.id}\\Ndi\\params\\${p.keyword}\\enum`.toLowerCase();
        const regOrder = exported.get(enumKey)?.values.map((v) => v.name);
        assert.ok(regOrder, `reg export has ${enumKey}`);
        assert.deepEqual(
          p.options.map((o) => o.value),
          regOrder,
          `${d.adapter.id} ${p.keyword}: options in registry order`,
        );
        // Wine's registry: values sorted by name, case-insensitively (Windows: insertion order).
        assert.deepEqual(regOrder, [...regOrder].sort(byName), `${d.adapter.id} ${p.keyword}: Wine sorts values by name`);
        const demoOrder = demo[i]!.properties[j]!.options.map((o) => o.value);
        if (demoOrder.join() !== regOrder.join()) reordered++;
      }
    }
    // The demo has enums in non-numeric INF order on purpose (0007 ITR, LogLinkStateEvent; 0009 MIMOPowerSaveMode …).
    assert.ok(reordered >= 3, `expected some enums whose .reg order is not sorted, found ${reordered}`);
    const itr = live.find((d) => d.adapter.id === '0007')!.properties.find((p) => p.keyword === 'ITR')!;
    assert.deepEqual(
      itr.options.map((o) => o.value),
      ['0', '200', '2000', '3600', '488', '65535', '950'],
      'ITR under Wine: sorted as text, not the INF order 65535,3600,2000,950,488,200,0',
    );
  });

  it('prints byte-identical JSON for --source demo under Windows node.exe and Linux node', () => {
    const r = runCli(['show', '--all', '--json', '--source', 'demo']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, demoJsonText());
  });

  it('reads the same globals', () => {
    const demo = JSON.parse(readFileSync(path.join(testDataDir(), 'globals-demo.json'), 'utf8')) as unknown;
    assert.deepEqual(cliJson(['globals', '--source', 'live']), demo);
    assert.deepEqual(demo, { disableTaskOffload: 0, ipsecEnabledOffload: 1 });
  });
});

describe('every key of demo.reg through LiveRegistry against MemoryRegistry', () => {
  const live = new LiveRegistry();
  const memory = MemoryRegistry.fromDocuments([parseReg(demoRegText, 'demo.reg')], 'demo', 'demo data');
  const keys = [...keysOf(parseReg(demoRegText, 'demo.reg')).values()];

  it('has every key, with the same subkeys in the same order', async () => {
    assert.ok(keys.length > 200, `demo.reg has ${keys.length} keys`);
    for (const k of keys) {
      assert.deepEqual(await live.listSubkeys(k.path), await memory.listSubkeys(k.path), `subkeys of ${k.path}`);
    }
  });

  it('has the same values with the same types and data in every key (as sets)', async () => {
    let values = 0;
    for (const k of keys) {
      const got = await live.readValues(k.path);
      assert.ok(got, `${k.path} exists`);
      assert.deepEqual(valueSet(got), valueSet((await memory.readValues(k.path))!), `values of ${k.path}`);
      values += got.length;
    }
    // Binary, multi-string and expand-string values included (registry-js cannot read the first two).
    assert.ok(values > 1500, `compared ${values} values`);
  });
});
