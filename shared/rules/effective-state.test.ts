import { describe, expect, it } from 'vitest';
import type { EffectiveFeature } from './types';
import { run } from './test-support/run';
import type { RuleScenario } from './test-support/rule-cases';

function feature(s: RuleScenario, name: string): EffectiveFeature | undefined {
  return run(s).effective.find((e) => e.feature === name);
}

describe('effective state (ethtool -k style)', () => {
  it('lists only features the adapter has', () => {
    expect(run({ spec: { '*LsoV2IPv4': '1' } }).effective.map((e) => e.feature)).toEqual(['LSOv2 IPv4']);
    expect(run({ spec: { '*JumboPacket': '9014' } }).effective).toEqual([]);
  });

  it('agrees with the registry when nothing overrides it (reason null)', () => {
    expect(feature({ spec: { '*TCPChecksumOffloadIPv4': '3' } }, 'TCP checksum IPv4')).toEqual({
      feature: 'TCP checksum IPv4',
      keywords: ['*TCPChecksumOffloadIPv4'],
      requested: 'Rx & Tx',
      effective: 'Rx & Tx',
      reason: null,
    });
  });

  it('DisableTaskOffload=1 overrides checksum, LSO and IPsec', () => {
    const s: RuleScenario = { spec: { '*TCPChecksumOffloadIPv4': '3', '*LsoV2IPv4': '1', '*IPsecOffloadV2': '3' }, globals: { disableTaskOffload: 1 } };
    for (const name of ['TCP checksum IPv4', 'LSOv2 IPv4', 'IPsec offload v2']) {
      const f = feature(s, name);
      expect(f?.effective).toBe('off');
      expect(f?.reason).toMatch(/DisableTaskOffload=1/);
    }
  });

  it('LSOv1 is ignored when *LsoV2IPv4 exists', () => {
    const f = feature({ spec: { '*LsoV1IPv4': '1', '*LsoV2IPv4': '0' } }, 'LSOv1 IPv4');
    expect(f).toMatchObject({ requested: 'on', effective: 'ignored' });
    expect(f?.reason).toMatch(/\*LsoV2IPv4 exists/);
  });

  it('LSO is effectively off when TCP checksum Tx is off', () => {
    const f = feature({ spec: { '*LsoV2IPv6': '1', '*TCPChecksumOffloadIPv6': '2' } }, 'LSOv2 IPv6');
    expect(f).toMatchObject({ requested: 'on', effective: 'off' });
    expect(f?.reason).toMatch(/TCP checksum Tx is disabled/);
  });

  it('LSO and IPsec v1 are uncertain together (either one, never both)', () => {
    const s: RuleScenario = { spec: { '*LsoV2IPv4': '1', '*IPsecOffloadV1IPv4': '3' } };
    expect(feature(s, 'LSOv2 IPv4')?.effective).toBe('uncertain');
    expect(feature(s, 'IPsec offload v1 IPv4')?.effective).toBe('uncertain');
  });

  it('IPsec is off when EnabledOffload=0', () => {
    const f = feature({ spec: { '*IPsecOffloadV2': '3' }, globals: { ipsecEnabledOffload: 0 } }, 'IPsec offload v2');
    expect(f).toMatchObject({ requested: 'AH & ESP', effective: 'off' });
    expect(f?.reason).toMatch(/EnabledOffload=0/);
  });

  it('RSS is inactive when VMQ is preferred; VMQ is active', () => {
    const s: RuleScenario = { spec: { '*RSS': '1', '*VMQ': '1', '*RssOrVmqPreference': { registryOnly: '1' } } };
    expect(feature(s, 'RSS')).toMatchObject({ requested: 'on', effective: 'inactive' });
    expect(feature(s, 'RSS')?.reason).toMatch(/VMQ/);
    expect(feature(s, 'VMQ')).toMatchObject({ requested: 'on', effective: 'on', reason: null });
  });

  it('VMQ and SR-IOV are inactive without a preference (table row 6)', () => {
    const s: RuleScenario = { spec: { '*RSS': '1', '*VMQ': '1', '*SRIOV': '1' } };
    expect(feature(s, 'RSS')?.effective).toBe('on');
    expect(feature(s, 'VMQ')?.effective).toBe('inactive');
    expect(feature(s, 'SR-IOV')?.reason).toMatch(/row 6/);
  });

  it('RSC is off when TCP checksum Rx is off; USO is not affected by checksum (R15)', () => {
    const s: RuleScenario = { spec: { '*RscIPv4': '1', '*TCPChecksumOffloadIPv4': '1', '*UsoIPv4': '1', '*UDPChecksumOffloadIPv4': '0' } };
    expect(feature(s, 'RSC IPv4')).toMatchObject({ requested: 'on', effective: 'off' });
    expect(feature(s, 'USO IPv4')).toMatchObject({ requested: 'on', effective: 'on', reason: null });
  });

  it('priority tagging stays on under QoS', () => {
    const s: RuleScenario = { spec: { '*QOS': '1', '*PriorityVLANTag': '2' } };
    expect(feature(s, 'Packet priority tagging')).toMatchObject({ requested: 'off', effective: 'on' });
    expect(feature(s, 'VLAN tagging')).toMatchObject({ requested: 'on', effective: 'on', reason: null });
  });

  it('encapsulated task offload is only permitted', () => {
    expect(feature({ spec: { '*EncapsulatedPacketTaskOffload': '1' } }, 'Encapsulated task offload')?.effective).toBe('permitted');
  });

  it('RoCE frame size is reduced to fit *JumboPacket', () => {
    const f = feature(
      { spec: { '*NetworkDirectTechnology': '3', '*NetworkDirectRoCEFrameSize': '4096', '*JumboPacket': { value: '4088', max: 9014 } } },
      'RoCE frame size',
    );
    expect(f).toMatchObject({ requested: '4096', effective: '2048' });
  });

  it('grouped and granular disagreeing makes the checksum uncertain', () => {
    expect(feature({ spec: { '*TCPUDPChecksumOffloadIPv4': '3', '*TCPChecksumOffloadIPv4': '0' } }, 'TCP checksum IPv4')?.effective).toBe('uncertain');
  });
});
