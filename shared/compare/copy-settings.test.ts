import { describe, expect, it } from 'vitest';
import { makeDetails } from '../rules/test-support/make-details';
import { planCopy } from './copy-settings';

const contoso = makeDetails({
  '*TCPChecksumOffloadIPv4': '1',
  '*LsoV2IPv4': '0',
  '*RscIPv4': '0',
  '*JumboPacket': { type: 'int', min: 1514, max: 16128, default: '1514', value: '9014' },
  '*ReceiveBuffers': { type: 'int', min: 80, max: 4096, step: 8, default: '512', value: '1024' },
  '*PtpHardwareTimestamp': { optional: true, default: '0', value: null },
  NetworkAddress: { type: 'edit', optional: true, value: '001122334455' },
  VendorX: { registryOnly: 'a' },
});
const fabrikam = makeDetails(
  {
    '*TCPChecksumOffloadIPv4': { value: '3', options: ['0', '3'] },
    '*LsoV2IPv4': '1',
    '*JumboPacket': { type: 'int', min: 1514, max: 9000, default: '1514', value: '1514' },
    '*ReceiveBuffers': { type: 'int', min: 64, max: 1024, step: 64, default: '256', value: null },
    '*PtpHardwareTimestamp': { optional: true, default: '0', value: '1' },
    NetworkAddress: { type: 'edit', optional: true, value: null },
  },
  { id: '0002', connectionName: 'Ethernet 2' },
);
const names = { from: 'SLOT 1 Port 1', to: 'Ethernet 2' };

describe('planCopy()', () => {
  it("copies every keyword both define that fits the target's driver, and lists the rest with the reason", () => {
    const plan = planCopy(contoso, fabrikam, names);
    expect(plan.changes.map((c) => `${c.keyword}: ${c.from} -> ${c.to}`)).toEqual([
      '*LsoV2IPv4: 1 -> 0',
      '*ReceiveBuffers: null -> 1024',
      '*PtpHardwareTimestamp: 1 -> null',
    ]);
    expect(plan.skipped.map((s) => `${s.keyword}: ${s.code}`)).toEqual([
      'NetworkAddress: identity',
      '*TCPChecksumOffloadIPv4: not-offered',
      '*RscIPv4: not-defined',
      '*JumboPacket: invalid',
    ]);
    expect(plan.skipped[2]!.reason).toBe('*RscIPv4 is not a keyword of Ethernet 2: its driver does not define it.');
    expect(plan.skipped[3]!.reason).toBe('Jumbo Packet must be between 1514 and 9000; 9014 is out of range.');
  });

  it('copies only the keywords named, the address and registry-only values included', () => {
    const plan = planCopy(contoso, fabrikam, names, ['NetworkAddress', 'VendorX', '*nope']);
    expect(plan.changes.map((c) => `${c.keyword}=${c.to}`)).toEqual(['NetworkAddress=001122334455']);
    expect(plan.skipped.map((s) => `${s.keyword}: ${s.code}`)).toEqual(['*nope: not-defined', 'VendorX: not-defined']);
    expect(plan.skipped[0]!.reason).toBe('*nope is not a keyword of SLOT 1 Port 1.');
  });
});
