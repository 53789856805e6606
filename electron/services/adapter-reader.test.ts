import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../shared/model/registry-value';
import { NET_CLASS_KEY } from '../../shared/model/registry-paths';
import { MemoryRegistry } from '../sources/memory-registry';
import { parseReg } from '../sources/reg-file/parse-reg';
import type { RegistrySource } from '../sources/registry-source';
import { createDemoSource } from '../sources/reg-file-source';
import { listAdapterIds, readAdapterDetails, readAdapters, readAllAdapterDetails, readGlobals } from './adapter-reader';
import { ADAPTER_KEY, fixtureRegistry } from './test-support/fixture-registry';

async function property(keyword: string) {
  const details = await readAdapterDetails(fixtureRegistry(), '0001');
  const p = details!.properties.find((x) => x.keyword === keyword);
  if (!p) throw new Error(`no ${keyword}`);
  return p;
}

describe('adapter enumeration', () => {
  it('lists only 4-digit instance subkeys as adapters', async () => {
    expect(await listAdapterIds(fixtureRegistry())).toEqual(['0001', '0007']);
  });

  it('decodes Characteristics and finds the connection name', async () => {
    const [nic, wan] = (await readAllAdapterDetails(fixtureRegistry())).map((d) => d.adapter);
    expect(nic).toMatchObject({
      id: '0001',
      description: 'Contoso Gigabit NIC',
      connectionName: 'Ethernet 3',
      physical: true,
      virtual: false,
      hidden: false,
      hasUi: true,
      characteristics: 0x84,
    });
    expect(wan).toMatchObject({ id: '0007', connectionName: null, physical: false, virtual: true, hidden: true, hasUi: false, propertyCount: 0 });
  });

  it('says "unknown" (null), never "not set" (false), for every flag when a partial export has no Characteristics', async () => {
    const registry = fixtureRegistry();
    await registry.deleteValue(ADAPTER_KEY, 'Characteristics');
    const [partial, wan] = (await readAllAdapterDetails(registry)).map((d) => d.adapter);
    expect(partial).toMatchObject({ id: '0001', characteristics: null, physical: null, virtual: null, hidden: null, hasUi: null });
    // A zero is a value: every flag is known to be off.
    expect(wan).toMatchObject({ id: '0007', characteristics: 0x29, physical: false, hidden: true });
    await registry.setValue(ADAPTER_KEY, 'Characteristics', { type: 'REG_DWORD', data: 0 });
    expect((await readAdapterDetails(registry, '0001'))!.adapter).toMatchObject({
      characteristics: 0,
      physical: false,
      virtual: false,
      hidden: false,
      hasUi: false,
    });
  });

  it('returns an empty list for a registry without the Net class key', async () => {
    expect(await listAdapterIds(new MemoryRegistry('reg-file', 'empty'))).toEqual([]);
  });

  it('summarises every adapter without reading its properties, as the full read would', async () => {
    const demo = createDemoSource();
    // Walked key by key, as the live registry is (no readTree), recording every key read.
    const read: string[] = [];
    const walked: RegistrySource = {
      kind: 'live',
      label: 'walked demo',
      listSubkeys: (p) => (read.push(`list ${p}`), demo.listSubkeys(p)),
      readValues: (p) => (read.push(`values ${p}`), demo.readValues(p)),
      createKey: (p) => demo.createKey(p),
      setValue: (p, n, v) => demo.setValue(p, n, v),
      deleteValue: (p, n) => demo.deleteValue(p, n),
    };
    const full = (await readAllAdapterDetails(demo)).map((d) => d.adapter);
    expect(await readAdapters(walked)).toEqual(full);
    expect(await readAdapters(demo)).toEqual(full);
    expect(read.filter((r) => /\\Ndi\\params\\/i.test(r))).toEqual([]);
    expect(read.length).toBeLessThanOrEqual(1 + 3 * full.length);
  });

  it('returns null for an adapter that does not exist', async () => {
    expect(await readAdapterDetails(fixtureRegistry(), '0099')).toBeNull();
  });
});

describe('properties', () => {
  it('keeps enum options in registry order, mapped by value', async () => {
    const p = await property('*TCPChecksumOffloadIPv4');
    expect(p.type).toBe('enum');
    expect(p.options.map((o) => o.value)).toEqual(['0', '1', '2', '3']);
    expect(p.options[3]).toEqual({ value: '3', label: 'Rx & Tx Enabled' });
    expect(p).toMatchObject({ stored: { type: 'REG_SZ', data: '3' }, effective: '3', status: 'ok' });
  });

  it('parses every numeric type with Min/Max/Step', async () => {
    expect(await property('*TransmitBuffers')).toMatchObject({ type: 'word', min: 80, max: 2048, step: 8, default: '512' });
    expect(await property('*NumRssQueues')).toMatchObject({ type: 'dword', min: 1, max: 16 });
    expect(await property('InterruptRate')).toMatchObject({ type: 'long', min: -1, optional: true, stored: null, effective: '-1', status: 'not-set' });
  });

  it('accepts a numeric value stored as REG_DWORD', async () => {
    expect(await property('*NumRssQueues')).toMatchObject({ stored: { type: 'REG_DWORD', data: 4 }, effective: '4', status: 'ok' });
  });

  it('reads edit metadata and treats lower-case input as fitting an UpperCase box', async () => {
    expect(await property('NetworkAddress')).toMatchObject({ type: 'edit', limitText: 12, upperCase: true, optional: true, status: 'ok' });
  });

  it('gives each stored value that does not fit its metadata a status and a sentence', async () => {
    expect(await property('*ReceiveBuffers')).toMatchObject({ status: 'out-of-range', effective: '4096' });
    expect((await property('*ReceiveBuffers')).statusMessage).toContain('between 80 and 2048');
    expect(await property('*TransmitBuffers')).toMatchObject({ status: 'off-step' });
    expect(await property('LongName')).toMatchObject({ status: 'too-long' });
    expect(await property('*FlowControl')).toMatchObject({ status: 'not-in-enum' });
    expect(await property('Weird')).toMatchObject({ status: 'wrong-type', stored: { type: 'REG_MULTI_SZ' } });
  });

  it('reads Base=16 values as hex', async () => {
    expect(await property('HexMask')).toMatchObject({ base: 16, status: 'ok', effective: 'ff' });
  });

  it('reports label-less and contradictory metadata instead of failing', async () => {
    const noLabel = await property('NoLabel');
    expect(noLabel.label).toBeNull();
    expect(noLabel.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['missing-label', 'min-greater-than-max']));
    const noType = await property('NoType');
    expect(noType.type).toBeNull();
    expect(noType.problems.map((p) => p.code)).toContain('missing-type');
    expect((await property('*FlowControl')).problems.map((p) => p.code)).toContain('default-not-in-enum');
    expect((await property('*JumboPacket')).problems).toEqual([]);
  });

  it('lists keywords stored without Ndi\\params as registry-only, not identity values', async () => {
    const details = await readAdapterDetails(fixtureRegistry(), '0001');
    expect(details!.registryOnly.map((r) => r.keyword)).toEqual(['VendorDebug']);
  });
});

/** The registry without its one-call tree read: the key-by-key walk the live registry gets. */
function walkOnly(registry: MemoryRegistry): MemoryRegistry {
  const view = Object.create(registry) as MemoryRegistry;
  (view as { readTree?: unknown }).readTree = undefined;
  return view;
}

describe('reading a tree at once and walking key by key', () => {
  it('build the same model', async () => {
    expect(await readAllAdapterDetails(walkOnly(fixtureRegistry()))).toEqual(await readAllAdapterDetails(fixtureRegistry()));
    expect(await readAdapterDetails(walkOnly(fixtureRegistry()), '0001')).toEqual(await readAdapterDetails(fixtureRegistry(), '0001'));
  });
});

describe('keys that vanish mid-read', () => {
  it('skips a params key deleted between listing and reading', async () => {
    const registry = fixtureRegistry();
    const vanishing = walkOnly(registry);
    vanishing.readValues = async (path: string): Promise<readonly RegistryEntry[] | null> => {
      if (path.endsWith('\\*JumboPacket')) await registry.deleteKey(path);
      return registry.readValues(path);
    };
    const details = await readAdapterDetails(vanishing, '0001');
    expect(details!.properties.some((p) => p.keyword === '*JumboPacket')).toBe(false);
    expect(details!.properties.length).toBeGreaterThan(5);
  });
});

describe('globals', () => {
  it('reads DisableTaskOffload and reports an absent EnabledOffload as null', async () => {
    expect(await readGlobals(fixtureRegistry())).toEqual({ disableTaskOffload: 0, ipsecEnabledOffload: null });
  });

  it('reads the key path case-insensitively', async () => {
    const r = fixtureRegistry();
    await r.setValue(ADAPTER_KEY.toLowerCase(), 'driverdesc', { type: 'REG_SZ', data: 'Renamed' });
    expect((await readAdapterDetails(r, '0001'))!.adapter.description).toBe('Renamed');
  });
});

describe('adapters sharing identical driver metadata', () => {
  /** Three ports of one card: identical Ndi\params, different stored values. */
  const card = (ids: string[]) =>
    `Windows Registry Editor Version 5.00\r\n\r\n${ids
      .map(
        (id, i) =>
          `[${NET_CLASS_KEY}\\${id}]\r\n"DriverDesc"="Port ${i}"\r\n"*JumboPacket"="${i === 1 ? '9014' : '1514'}"\r\n\r\n` +
          `[${NET_CLASS_KEY}\\${id}\\Ndi\\params\\*JumboPacket]\r\n"ParamDesc"="Jumbo Packet"\r\n"Type"="enum"\r\n"Default"="1514"\r\n\r\n` +
          `[${NET_CLASS_KEY}\\${id}\\Ndi\\params\\*JumboPacket\\enum]\r\n"1514"="Disabled"\r\n"9014"="9014 Bytes"\r\n\r\n`,
      )
      .join('')}[${NET_CLASS_KEY}\\Properties]\r\n`;

  it('model them exactly as when every line is read on its own', async () => {
    const text = card(['0001', '0002', '0003']);
    const shared = MemoryRegistry.fromRegTexts([{ text, name: 'card.reg' }], 'reg-file', 'card.reg');
    const lineByLine = MemoryRegistry.fromDocuments([parseReg(text, 'card.reg')], 'reg-file', 'card.reg');
    expect(await readAllAdapterDetails(shared)).toEqual(await readAllAdapterDetails(lineByLine));
    expect((await readAllAdapterDetails(shared)).map((d) => d.properties[0]!.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it.each([
    ['loaded with shared bodies', (text: string) => MemoryRegistry.fromRegTexts([{ text, name: 'card.reg' }], 'reg-file', 'card.reg')],
    ['loaded line by line (values changed in place)', (text: string) => MemoryRegistry.fromDocuments([parseReg(text, 'card.reg')], 'reg-file', 'card.reg')],
  ])("see a change to one port's metadata on that port only, %s", async (_how, load) => {
    const registry = load(card(['0001', '0002']));
    await readAllAdapterDetails(registry);
    await registry.setValue(`${NET_CLASS_KEY}\\0002\\Ndi\\params\\*JumboPacket\\enum`, '4088', { type: 'REG_SZ', data: '4088 Bytes' });
    await registry.setValue(`${NET_CLASS_KEY}\\0002\\Ndi\\params\\*JumboPacket`, 'ParamDesc', { type: 'REG_SZ', data: 'Jumbo Frames' });
    const [one, two] = await readAllAdapterDetails(registry);
    expect([one!.properties[0]!.label, one!.properties[0]!.options.length]).toEqual(['Jumbo Packet', 2]);
    expect([two!.properties[0]!.label, two!.properties[0]!.options.length]).toEqual(['Jumbo Frames', 3]);
  });
});
