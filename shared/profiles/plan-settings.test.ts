import { describe, expect, it } from 'vitest';
import { makeDetails } from '../rules/test-support/make-details';
import { hasDrift, planChanges, planSettings } from './plan-settings';

const details = makeDetails({
  '*TCPChecksumOffloadIPv4': { value: '3', options: ['0', '3'] },
  '*LsoV2IPv4': '1',
  '*JumboPacket': { type: 'int', min: 1514, max: 9000, step: 1, default: '1514', value: null },
  '*ReceiveBuffers': { type: 'int', min: 64, max: 1024, step: 64, default: '256', value: '0512' },
  RxCpuMask: { type: 'dword', base: 16, min: 0, max: 65535, default: '0', value: '1F' },
  NetworkAddress: { type: 'edit', optional: true, limitText: 12, value: null },
  '*FlowControl': { value: '3', default: '3' },
  DbgLevel: { registryOnly: 3 },
});

describe('planSettings()', () => {
  it('changes what differs, keeps what holds (as the driver reads it), and says why the rest cannot be applied', () => {
    const plan = planSettings(
      details,
      [
        { keyword: '*tcpchecksumoffloadipv4', value: '1' }, // the driver offers 0 and 3 only
        { keyword: '*LsoV2IPv4', value: '0' },
        { keyword: '*JumboPacket', value: '9014' }, // out of this driver's range
        { keyword: '*ReceiveBuffers', value: '512' }, // "0512" is 512
        { keyword: 'RxCpuMask', value: '0x1f' }, // hex, same number
        { keyword: 'NetworkAddress', value: null }, // already Not Present
        { keyword: '*FlowControl', value: null }, // required
        { keyword: '*RscIPv4', value: '0' }, // not defined
        { keyword: 'DbgLevel', value: '3' }, // registry-only, same text
      ],
      'Ethernet',
    );
    expect(plan.changes).toEqual([
      { keyword: '*LsoV2IPv4', label: 'Large Send Offload Version 2 (IPv4)', from: '1', fromDisplay: 'Enabled', to: '0', toDisplay: 'Disabled' },
    ]);
    expect(plan.unchanged.map((u) => u.keyword)).toEqual(['*ReceiveBuffers', 'RxCpuMask', 'NetworkAddress', 'DbgLevel']);
    expect(plan.skipped.map((s) => [s.keyword, s.code])).toEqual([
      ['*TCPChecksumOffloadIPv4', 'not-offered'],
      ['*JumboPacket', 'invalid'],
      ['*FlowControl', 'required'],
      ['*RscIPv4', 'not-defined'],
    ]);
    expect(plan.skipped[0]!.reason).toBe('TCP Checksum Offload (IPv4): "1" is not one of the values the driver offers: 0 (Disabled), 3 (Rx & Tx Enabled).');
    expect(plan.skipped[1]!.reason).toBe('Jumbo Packet must be between 1514 and 9000; 9014 is out of range.');
    expect(plan.skipped[3]!.reason).toBe('*RscIPv4 is not a keyword of Ethernet: its driver does not define it.');
    expect(planChanges('0007', plan)).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: '*LsoV2IPv4', value: '0' }]);
  });

  it('writes values as the driver spells them and describes a value that is not set', () => {
    const plan = planSettings(
      details,
      [
        { keyword: '*JumboPacket', value: '9000' },
        { keyword: 'RxCpuMask', value: 'ff' },
      ],
      'Ethernet',
    );
    expect(plan.changes.map((c) => [c.keyword, c.fromDisplay, c.to])).toEqual([
      ['*JumboPacket', 'not set (default 1514)', '9000'],
      ['RxCpuMask', '1F', 'FF'],
    ]);
  });

  it('counts as drift what would change or cannot be applied, not keywords the adapter lacks', () => {
    const lacking = planSettings(
      details,
      [
        { keyword: '*RscIPv4', value: '0' },
        { keyword: '*LsoV2IPv4', value: '1' },
      ],
      'Ethernet',
    );
    expect(hasDrift(lacking)).toBe(false);
    expect(hasDrift(planSettings(details, [{ keyword: '*TCPChecksumOffloadIPv4', value: '1' }], 'Ethernet'))).toBe(true);
    expect(hasDrift(planSettings(details, [{ keyword: '*LsoV2IPv4', value: '0' }], 'Ethernet'))).toBe(true);
  });

  it('deletes a registry-only value for null and rewrites it when the text differs', () => {
    const plan = planSettings(details, [{ keyword: 'dbglevel', value: null }], 'Ethernet');
    expect(plan.changes).toEqual([{ keyword: 'DbgLevel', label: 'DbgLevel', from: '3', fromDisplay: '3', to: null, toDisplay: 'Not Present' }]);
  });
});
