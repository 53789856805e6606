import { describe, expect, it } from 'vitest';
import { makeDetails, NO_GLOBALS } from '../rules/test-support/make-details';
import { diffAdapters, hasDifferences } from './adapter-diff';
import { matchAdapter } from './match-adapter';

const known = makeDetails({
  '*TCPChecksumOffloadIPv4': '3',
  '*LsoV2IPv4': '1',
  '*JumboPacket': { type: 'enum', options: ['1514', '9014'], default: '1514', value: '9014' },
  '*ReceiveBuffers': { type: 'int', min: 80, max: 4096, step: 8, default: '512', value: '0512' },
  '*UsoIPv4': '1',
  DbgLevel: { registryOnly: 3 },
});
const customer = makeDetails({
  '*TCPChecksumOffloadIPv4': '2', // Rx only: LSO cannot work (R3)
  '*LsoV2IPv4': '1',
  '*JumboPacket': { type: 'enum', options: ['1514', '9014', '16128'], default: '9014', value: '9014' }, // driver update
  '*ReceiveBuffers': { type: 'int', min: 80, max: 4096, step: 8, default: '512', value: '512' },
  '*PtpHardwareTimestamp': '1',
  DbgLevel: { registryOnly: '3' },
});

describe('diffAdapters()', () => {
  const diff = diffAdapters({ details: known, globals: NO_GLOBALS }, { details: customer, globals: NO_GLOBALS });

  it('finds values, keywords only one side has and driver metadata that differ, comparing values as the driver reads them', () => {
    const byKeyword = Object.fromEntries(diff.rows.map((r) => [r.keyword, r.kind]));
    expect(byKeyword).toEqual({
      '*TCPChecksumOffloadIPv4': 'value',
      '*LsoV2IPv4': 'equal',
      '*JumboPacket': 'metadata',
      '*ReceiveBuffers': 'equal', // "0512" and "512" are the same number
      '*UsoIPv4': 'only-a',
      '*PtpHardwareTimestamp': 'only-b',
      DbgLevel: 'equal', // REG_DWORD 3 and REG_SZ "3" read the same
    });
    const jumbo = diff.rows.find((r) => r.keyword === '*JumboPacket')!;
    expect(jumbo.metadata).toEqual([
      { field: 'default', a: '1514', b: '9014' },
      { field: 'options', a: '1514, 9014', b: '1514, 9014, 16128' },
    ]);
    const tcp = diff.rows.find((r) => r.keyword === '*TCPChecksumOffloadIPv4')!;
    expect(tcp.a).toEqual({ display: 'Rx & Tx Enabled', stored: { type: 'REG_SZ', data: '3' }, effective: '3', status: 'ok' });
    expect(tcp.b?.display).toBe('Rx Enabled');
  });

  it('lists the findings and effective states only one side has', () => {
    expect(diff.findings.onlyA).toEqual([]);
    expect(diff.findings.onlyB.map((f) => f.id)).toEqual(['R3.a']);
    expect(diff.effective.map((e) => [e.feature, e.a?.effective, e.b?.effective])).toContainEqual(['LSOv2 IPv4', 'on', 'off']);
    expect(hasDifferences(diff)).toBe(true);
  });

  it('says two identical adapters do not differ', () => {
    expect(hasDifferences(diffAdapters({ details: known, globals: NO_GLOBALS }, { details: known, globals: NO_GLOBALS }))).toBe(false);
  });

  it('compares the same adapter on machines with different globals: the effective state differs', () => {
    const d = diffAdapters({ details: known, globals: NO_GLOBALS }, { details: known, globals: { disableTaskOffload: 1, ipsecEnabledOffload: null } });
    expect(d.rows.every((r) => r.kind === 'equal')).toBe(true);
    expect(d.effective.length).toBeGreaterThan(0);
    expect(hasDifferences(d)).toBe(true);
  });
});

describe('matchAdapter()', () => {
  const a = (id: string, guid: string | null, description: string, componentId = 'pci\\ven_8086&dev_1563') =>
    makeDetails({}, { id, netCfgInstanceId: guid, description, componentId });
  const others = [a('0001', '{B}', 'Contoso X550'), a('0003', '{C}', 'Contoso X550'), a('0004', '{D}', 'Fabrikam GbE', 'pci\\ven_10ec&dev_8168')];

  it('matches by interface GUID, else by driver and description when unique, else by instance id among those', () => {
    expect(matchAdapter(a('0009', '{c}', 'Renamed'), others)).toMatchObject({ matchedBy: 'netCfgInstanceId', details: { adapter: { id: '0003' } } });
    expect(matchAdapter(a('0002', '{X}', 'Fabrikam GbE', 'PCI\\VEN_10EC&DEV_8168'), others)).toMatchObject({
      matchedBy: 'componentId+description',
      details: { adapter: { id: '0004' } },
    });
    expect(matchAdapter(a('0003', '{X}', 'Contoso X550'), others)).toMatchObject({ matchedBy: 'instanceId', details: { adapter: { id: '0003' } } });
    expect(matchAdapter(a('0007', '{X}', 'Contoso X550'), others)).toBeNull();
    expect(matchAdapter(a('0001', null, 'Something else', 'usb\\x'), others)).toMatchObject({ matchedBy: 'instanceId' });
  });
});
