/**
 * Install sections that run the same registry sections first are built once and copied (keys
 * sharing their values until written): the result must be what replaying every install section's
 * lines on its own gives, and a change to one adapter must never show in another.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapterKeyPath, adapterParamsKeyPath, NET_CLASS_KEY } from '../../../shared/model/registry-paths';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import type { RegistrySource, RegistryTree } from '../registry-source';
import { resolveInfFiles, sourceFromResolution } from './inf-source';
import type { InfResolution } from './resolve-inf';
import { sharedPrefixes } from './shared-prefixes';

const HEAD = '[Version]\nSignature = "$Windows NT$"\nClass = Net\nClassGUID = {4d36e972-e325-11ce-bfc1-08002be10318}\n';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The same resolution with every registry section's operations copied per install section: nothing is recognised as shared. */
function unshared(resolution: InfResolution): InfResolution {
  return { ...resolution, installs: resolution.installs.map((install) => ({ ...install, segments: install.segments.map((list) => [...list]) })) };
}

/** Everything under the Net class key, names and values in order, as plain data. */
async function dump(source: RegistrySource): Promise<unknown> {
  const tree = await source.readTree!(NET_CLASS_KEY);
  const plain = (t: RegistryTree): unknown => ({ name: t.name, values: [...t.values.values()], subkeys: [...t.subkeys.values()].map(plain) });
  return tree && plain(tree);
}

/** A driver INF with install sections I0… that run the given DelReg and AddReg sections. */
function driverInf(installs: readonly { delReg: readonly string[]; addReg: readonly string[] }[], sections: Record<string, readonly string[]>): Uint8Array {
  const models = installs.map((_, i) => `%D${i}% = I${i}, PCI\\VEN_8086&DEV_${1500 + i}`).join('\n');
  const installText = installs
    .map(
      (s, i) => `[I${i}.NTamd64]\nCharacteristics = 0x84\n${s.delReg.length > 0 ? `DelReg = ${s.delReg.join(', ')}\n` : ''}AddReg = ${s.addReg.join(', ')}\n`,
    )
    .join('');
  const sectionText = Object.entries(sections)
    .map(([name, lines]) => `[${name}]\n${lines.join('\n')}\n`)
    .join('');
  const strings = installs.map((_, i) => `D${i} = "Port ${i}"`).join('\n');
  return utf8(`${HEAD}[Manufacturer]\n%M% = M, NTamd64\n[M.NTamd64]\n${models}\n${installText}${sectionText}[Strings]\nM = "Maker"\n${strings}\n`);
}

const KEYWORDS = ['*JumboPacket', '*RSS', '*SpeedDuplex', 'Custom'];

/** AddReg lines touching parameters, their enum options, root values and a REG_MULTI_SZ: set, no-clobber, append, delete. */
const addRegLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...KEYWORDS),
      fc.constantFrom('ParamDesc', 'default', 'type', 'min', 'max'),
      fc.constantFrom('0', '0x2', '0x20'),
      fc.constantFrom('1', '1514', 'enum', 'int', 'Label'),
    )
    .map(([k, name, flags, v]) => `HKR, Ndi\\params\\${k}, ${name}, ${flags}, "${v}"`),
  fc
    .tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom('0', '1', '9014'), fc.constantFrom('Off', 'On'))
    .map(([k, v, text]) => `HKR, Ndi\\params\\${k}\\Enum, "${v}", 0, "${text}"`),
  fc.tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom('default', 'ParamDesc')).map(([k, name]) => `HKR, Ndi\\params\\${k}, ${name}, 0x4`),
  fc.constantFrom(...KEYWORDS).map((k) => `HKR, Ndi\\params\\${k}`),
  fc.tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom('0', '1')).map(([k, v]) => `HKR, , ${k}, 0, "${v}"`),
  fc.constantFrom('ndis5', 'ndis6').map((v) => `HKR, Ndi\\Interfaces, UpperRange, 0x10008, "${v}"`),
);
const delRegLine = fc.oneof(
  fc.constantFrom(...KEYWORDS).map((k) => `HKR, Ndi\\params\\${k}`),
  fc.constant('HKR, Ndi\\params'),
  fc.constantFrom(...KEYWORDS).map((k) => `HKR, , ${k}`),
);

/** A driver whose install sections draw their registry sections from one small pool, so many share a first part. */
const generatedDriver = fc
  .record({
    addRegs: fc.array(fc.array(addRegLine, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
    delRegs: fc.array(fc.array(delRegLine, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }),
  })
  .chain(({ addRegs, delRegs }) =>
    fc
      .array(
        fc.record({
          delReg: fc.subarray(delRegs.map((_, i) => `D${i}`)),
          addReg: fc.array(fc.constantFrom(...addRegs.map((_, i) => `A${i}`)), { minLength: 1, maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 6 },
      )
      .map((installs) => {
        const sections: Record<string, readonly string[]> = {};
        addRegs.forEach((lines, i) => (sections[`A${i}`] = lines));
        delRegs.forEach((lines, i) => (sections[`D${i}`] = lines));
        return driverInf(installs, sections);
      }),
  );

describe('install sections sharing registry sections', () => {
  it('give the same registry and the same pages as replaying each install section on its own (generated drivers)', async () => {
    let sharedRuns = 0;
    await fc.assert(
      fc.asyncProperty(generatedDriver, async (bytes) => {
        const resolution = resolveInfFiles([{ name: 't.inf', bytes }]);
        if (sharedPrefixes(resolution.installs.map((i) => i.segments)).some((p) => p !== null && p.length > 0)) sharedRuns++;
        const shared = sourceFromResolution(resolution);
        const alone = sourceFromResolution(unshared(resolution));
        expect(await dump(shared)).toEqual(await dump(alone));
        expect(await readAllAdapterDetails(shared)).toEqual(await readAllAdapterDetails(alone));
      }),
      { numRuns: 300 },
    );
    // The property means something only if most generated drivers did share a first part.
    expect(sharedRuns).toBeGreaterThan(150);
  });

  const card = driverInf(
    [
      { delReg: ['Clean'], addReg: ['Params', 'Port0'] },
      { delReg: ['Clean'], addReg: ['Params', 'Port1'] },
      { delReg: ['Clean'], addReg: ['Params', 'Port2'] },
    ],
    {
      Clean: ['HKR, Ndi\\params'],
      Params: [
        'HKR, Ndi\\params\\*JumboPacket, ParamDesc, 0, "Jumbo Packet"',
        'HKR, Ndi\\params\\*JumboPacket, type, 0, "enum"',
        'HKR, Ndi\\params\\*JumboPacket, default, 0, "1514"',
        'HKR, Ndi\\params\\*JumboPacket\\Enum, "1514", 0, "Disabled"',
        'HKR, Ndi\\params\\*JumboPacket\\Enum, "9014", 0, "9014 Bytes"',
        'HKR, Ndi\\params\\*RSS, ParamDesc, 0, "Receive Side Scaling"',
        'HKR, Ndi\\params\\*RSS, type, 0, "enum"',
        'HKR, Ndi\\params\\*RSS, default, 0, "1"',
        'HKR, Ndi\\params\\*RSS\\Enum, "0", 0, "Disabled"',
        'HKR, Ndi\\params\\*RSS\\Enum, "1", 0, "Enabled"',
      ],
      Port0: ['HKR, , PortNumber, 0, "0"'],
      // One port's own section changes the shared parameter: only that port may show it.
      Port1: ['HKR, Ndi\\params\\*JumboPacket, default, 0, "9014"', 'HKR, Ndi\\params\\*RSS\\Enum, "0"', 'HKR, Ndi\\params\\*RSS\\Enum, "0", 0x4'],
      Port2: ['HKR, Ndi\\params\\*RSS, ParamDesc, 0, "RSS (port 2)"'],
    },
  );

  it("keep one install section's own changes to a shared parameter on its own page", async () => {
    const resolution = resolveInfFiles([{ name: 'card.inf', bytes: card }]);
    const all = await readAllAdapterDetails(sourceFromResolution(resolution));
    const jumbo = all.map((d) => d.properties.find((p) => p.keyword === '*JumboPacket')!);
    expect(jumbo.map((p) => p.default)).toEqual(['1514', '9014', '1514']);
    const rss = all.map((d) => d.properties.find((p) => p.keyword === '*RSS')!);
    expect(rss.map((p) => p.label)).toEqual(['Receive Side Scaling', 'Receive Side Scaling', 'RSS (port 2)']);
    expect(rss.map((p) => p.options.map((o) => o.value))).toEqual([['0', '1'], ['1'], ['0', '1']]);
    // The ParamDesc line of port 2's own section is where its *RSS comes from; the others' is the shared section's.
    expect(rss.map((p) => p.origin?.line)).toEqual([rss[0]!.origin!.line, rss[0]!.origin!.line, expect.any(Number)]);
    expect(rss[2]!.origin!.line).not.toBe(rss[0]!.origin!.line);
    expect(all.map((d) => d.registryOnly.find((r) => r.keyword === 'PortNumber')?.data ?? null)).toEqual(['0', null, null]);
  });

  it('model identical parameters once and share them', async () => {
    const source = sourceFromResolution(resolveInfFiles([{ name: 'card.inf', bytes: card }]));
    const trees = await Promise.all(['0000', '0001', '0002'].map((id) => source.readTree!(adapterParamsKeyPath(id))));
    const rssValues = trees.map((t) => t!.subkeys.get('*rss')!.values);
    // Ports 0 and 1 hold the *RSS key exactly as the shared section wrote it; port 2 changed its ParamDesc.
    expect(rssValues[1]).toBe(rssValues[0]);
    expect(rssValues[2]).not.toBe(rssValues[0]);
  });

  it('change one adapter only when a value of a key it shares is written or deleted after loading', async () => {
    const source = sourceFromResolution(resolveInfFiles([{ name: 'card.inf', bytes: card }]));
    await source.setValue(`${adapterParamsKeyPath('0002')}\\*JumboPacket`, 'default', { type: 'REG_SZ', data: '9014' });
    await source.deleteValue(`${adapterParamsKeyPath('0000')}\\*RSS\\Enum`, '0');
    await source.setValue(adapterKeyPath('0000'), '*RSS', { type: 'REG_SZ', data: '0' });
    const all = await readAllAdapterDetails(source);
    expect(all.map((d) => d.properties.find((p) => p.keyword === '*JumboPacket')!.default)).toEqual(['1514', '9014', '9014']);
    expect(all.map((d) => d.properties.find((p) => p.keyword === '*RSS')!.options.length)).toEqual([1, 1, 2]);
    expect(all.map((d) => d.properties.find((p) => p.keyword === '*RSS')!.stored?.data ?? null)).toEqual(['0', null, null]);
  });
});
