/**
 * The demo data promises (demo/README.md) specific problems for the UI and the CLI to show.
 * This checks, through the real reader and rules, that each one is found where it is planted
 * and that the clean cases stay clean.
 */
import { describe, expect, it } from 'vitest';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { evaluateRules } from '../../../shared/rules/evaluate';
import { readAllAdapterDetails, readGlobals } from '../../services/adapter-reader';
import { createDemoSource } from '../reg-file-source';

async function demo() {
  const source = createDemoSource();
  const all = await readAllAdapterDetails(source);
  const globals = await readGlobals(source);
  const byId = (id: string) => all.find((d) => d.adapter.id === id)!;
  const findings = (id: string) => evaluateRules({ details: byId(id), globals }).findings;
  const ruleIds = (id: string) => findings(id).map((f) => f.id.split('.')[0]);
  return { all, globals, byId, findings, ruleIds, source };
}

const prop = (d: AdapterDetails, keyword: string) => d.properties.find((p) => p.keyword === keyword)!;

describe('the demo source', () => {
  it('has the promised adapters, kinds and connection names', async () => {
    const { all } = await demo();
    expect(all.map((d) => d.adapter.id)).toEqual(['0002', '0007', '0008', '0009', '0010', '0011', '0012', '0015']);
    const wan = all[0]!.adapter;
    expect(wan).toMatchObject({ hidden: true, virtual: true, connectionName: null, propertyCount: 0 });
    expect(all.find((d) => d.adapter.id === '0011')!.adapter).toMatchObject({ virtual: true, physical: false, connectionName: 'vEthernet (Default Switch)' });
    expect(all.every((d) => d.adapter.id === '0002' || d.adapter.hasUi)).toBe(true);
  });

  it('uses every Ndi\\params type', async () => {
    const { all } = await demo();
    const types = new Set(all.flatMap((d) => d.properties.map((p) => p.type)));
    expect([...types].sort()).toEqual(['dword', 'edit', 'enum', 'int', 'long', 'word', null].sort());
  });

  it('marks each stored value that does not fit its metadata', async () => {
    const { byId } = await demo();
    expect(prop(byId('0008'), '*JumboPacket').status).toBe('not-in-enum');
    expect(prop(byId('0008'), 'NetworkAddress').status).toBe('too-long');
    expect(prop(byId('0010'), '*NumRSSQueues').status).toBe('out-of-range');
    expect(prop(byId('0010'), '*ReceiveBuffers').status).toBe('off-step');
    expect(prop(byId('0011'), '*JumboPacket').status).toBe('out-of-range');
    expect(prop(byId('0012'), 'DebugLevel').status).toBe('not-a-number');
    expect(prop(byId('0015'), '*SpeedDuplex').status).toBe('not-in-enum');
    expect(prop(byId('0015'), '*EEE').status).toBe('wrong-type');
    expect(prop(byId('0007'), '*ReceiveBuffers')).toMatchObject({ status: 'ok', effective: '512', stored: { type: 'REG_DWORD' } });
  });

  it('reports the broken driver metadata without failing', async () => {
    const { byId } = await demo();
    const virtio = byId('0012');
    expect(prop(virtio, '*UsoIPv4').problems.map((p) => p.code)).toContain('missing-label');
    expect(prop(virtio, 'MinRxBufferPercent').problems.map((p) => p.code)).toContain('missing-type');
    expect(prop(virtio, '*NumRSSQueues').problems.map((p) => p.code)).toContain('min-greater-than-max');
    expect(prop(virtio, 'Offload.Tx.LSO').problems.map((p) => p.code)).toContain('default-not-in-enum');
    expect(prop(virtio, 'RxCpuMask')).toMatchObject({ base: 16, status: 'ok' });
  });

  it('lists exactly the registry-only keywords', async () => {
    const { all } = await demo();
    expect(all.flatMap((d) => d.registryOnly.map((r) => `${d.adapter.id} ${r.keyword}`))).toEqual([
      '0007 DbgTraceLevel',
      '0010 *RssOrVmqPreference',
      '0010 *SriovPreferred',
    ]);
  });

  it('finds every planted bad combination where it is planted', async () => {
    const { ruleIds } = await demo();
    expect(ruleIds('0007')).toContain('R3');
    expect(ruleIds('0008')).toEqual(expect.arrayContaining(['R6', 'R7']));
    expect(ruleIds('0010')).toEqual(expect.arrayContaining(['R11', 'R16', 'R20', 'R25', 'R29', 'R5', 'R9', 'R23', 'R24']));
    expect(ruleIds('0015')).toEqual(expect.arrayContaining(['R28', 'R31']));
  });

  it('keeps the clean cases clean', async () => {
    const { findings, ruleIds } = await demo();
    // 0010 LSOv2 with TCP checksum Tx-only is fine (Tx is on), and USO never depends on checksum (R15).
    expect(ruleIds('0010')).not.toContain('R3');
    expect(ruleIds('0010')).not.toContain('R14');
    expect(ruleIds('0010')).not.toContain('R15');
    expect(ruleIds('0010')).not.toContain('R17');
    // The Wi-Fi adapter is the clean control.
    expect(findings('0009').filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('shows VMQ active with RSS and SR-IOV off on the server NIC (decision table)', async () => {
    const { byId, globals } = await demo();
    const effective = evaluateRules({ details: byId('0010'), globals }).effective;
    const state = (feature: string) => effective.find((e) => e.feature === feature);
    expect(state('VMQ')).toMatchObject({ requested: 'on', effective: 'on', reason: null });
    expect(state('RSS')).toMatchObject({ requested: 'on', effective: 'inactive', reason: expect.stringContaining('table row 4') });
    expect(state('SR-IOV')).toMatchObject({ requested: 'on', effective: 'inactive' });
  });
});
