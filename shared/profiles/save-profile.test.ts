import { describe, expect, it } from 'vitest';
import { makeDetails } from '../rules/test-support/make-details';
import { profileFromAdapter } from './save-profile';

const details = makeDetails(
  {
    '*LsoV2IPv4': '0',
    '*RscIPv4': null, // not set: the Default applies
    '*JumboPacket': { type: 'enum', options: ['1514', '9014'], default: '1514', value: '9000' }, // stored value the driver does not offer
    '*PtpHardwareTimestamp': { optional: true, default: '0', value: null },
    NetworkAddress: { type: 'edit', optional: true, value: '001122334455' },
    '*FlowControl': { value: '3', default: '3' },
    DbgLevel: { registryOnly: 3 },
  },
  { description: 'Contoso X550 10GbE', connectionName: 'SLOT 1 Port 1', componentId: 'pci\\ven_8086&dev_1563' },
);
const base = { name: 'Lab', adapterTitle: 'SLOT 1 Port 1 - Contoso X550 10GbE', savedAt: new Date('2026-11-25T10:00:00Z'), tool: 'nicprops 0.1.0' };

describe('profileFromAdapter()', () => {
  it('saves every property as it is now, leaves out the adapter address and values the driver would refuse', () => {
    const { profile, skipped } = profileFromAdapter(details, base);
    expect(profile).toEqual({
      $schema: 'urn:nic-advanced-properties:profile:1',
      formatVersion: 1,
      name: 'Lab',
      savedFrom: {
        adapter: 'SLOT 1 Port 1 - Contoso X550 10GbE',
        componentId: 'pci\\ven_8086&dev_1563',
        savedAt: '2026-11-25T10:00:00.000Z',
        tool: 'nicprops 0.1.0',
      },
      settings: [
        { keyword: '*LsoV2IPv4', value: '0' },
        { keyword: '*RscIPv4', value: '1' },
        { keyword: '*PtpHardwareTimestamp', value: null },
        { keyword: '*FlowControl', value: '3' },
      ],
    });
    expect(skipped.map((s) => `${s.keyword}: ${s.code}`)).toEqual(['*JumboPacket: no-value', 'NetworkAddress: identity']);
    expect(skipped[1]!.reason).toBe("NetworkAddress is this adapter's own address; name it to include it.");
  });

  it('with --non-default keeps only values that differ from the driver Default', () => {
    const { profile } = profileFromAdapter(details, { ...base, nonDefault: true });
    expect(profile.settings).toEqual([{ keyword: '*LsoV2IPv4', value: '0' }]);
  });

  it('saves exactly the keywords named, registry-only and address included, and pins the ComponentId when asked', () => {
    const { profile, skipped } = profileFromAdapter(details, {
      ...base,
      keywords: ['networkaddress', 'DbgLevel', '*Nope'],
      matchComponentId: true,
      description: 'For the lab',
    });
    expect(profile.settings).toEqual([
      { keyword: 'NetworkAddress', value: '001122334455' },
      { keyword: 'DbgLevel', value: '3' },
    ]);
    expect(profile.match).toEqual({ componentId: ['pci\\ven_8086&dev_1563'] });
    expect(profile.description).toBe('For the lab');
    expect(skipped.map((s) => `${s.keyword}: ${s.code}`)).toEqual(['*Nope: not-defined']);
  });
});
