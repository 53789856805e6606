/** One positive and one negative configuration per rule finding id, shared by the rule and fix tests. */

import type { Adapter, Globals } from '../../model/adapter';
import type { DetailsSpec } from './make-details';

/** A configuration and the context it is evaluated in. */
export interface RuleScenario {
  readonly spec: DetailsSpec;
  readonly globals?: Partial<Globals>;
  readonly adapter?: Partial<Adapter>;
}

/** A rule id with a configuration that must produce it and one that must not. */
export interface RuleCase {
  readonly id: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly positive: RuleScenario;
  readonly negative: RuleScenario;
  /** The positive finding offers a fix. */
  readonly hasFix: boolean;
}

const RO = (v: string) => ({ registryOnly: v });
const PREF_VMQ = { '*RssOrVmqPreference': RO('1') };

/** Positive and negative scenarios, in reference order. */
export const RULE_CASES: readonly RuleCase[] = [
  {
    id: 'R2',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*LsoV1IPv4': '1', '*TCPChecksumOffloadIPv4': '2', '*IPChecksumOffloadIPv4': '3' } },
    negative: { spec: { '*LsoV1IPv4': '1', '*TCPChecksumOffloadIPv4': '1', '*IPChecksumOffloadIPv4': '3' } },
  },
  {
    id: 'R3.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '0' } },
    negative: { spec: { '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '1' } },
  },
  {
    id: 'R3.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*LsoV2IPv6': '1', '*TCPChecksumOffloadIPv6': '2' } },
    negative: { spec: { '*LsoV2IPv6': '0', '*TCPChecksumOffloadIPv6': '0' } },
  },
  {
    id: 'R4',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*LsoV1IPv4': '1', '*IPsecOffloadV1IPv4': '3' } },
    negative: { spec: { '*LsoV1IPv4': '1', '*IPsecOffloadV1IPv4': '0' } },
  },
  {
    id: 'R5.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*LsoV2IPv4': '1', '*IPsecOffloadV1IPv4': '1' } },
    negative: { spec: { '*LsoV2IPv4': '0', '*IPsecOffloadV1IPv4': '1' } },
  },
  {
    id: 'R5.b',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*LsoV2IPv6': '1', '*IPsecOffloadV2': '3' } },
    negative: { spec: { '*LsoV2IPv6': '0', '*IPsecOffloadV2': '3' } },
  },
  { id: 'R6', severity: 'warning', hasFix: true, positive: { spec: { '*LsoV1IPv4': RO('0'), '*LsoV2IPv4': '1' } }, negative: { spec: { '*LsoV2IPv4': '1' } } },
  {
    id: 'R7.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*TCPUDPChecksumOffloadIPv4': '3', '*UDPChecksumOffloadIPv4': '0' } },
    negative: { spec: { '*TCPUDPChecksumOffloadIPv4': '3', '*UDPChecksumOffloadIPv4': '3' } },
  },
  {
    id: 'R7.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*TCPUDPChecksumOffloadIPv6': '1', '*TCPChecksumOffloadIPv6': '3' } },
    negative: { spec: { '*TCPUDPChecksumOffloadIPv6': '1', '*TCPChecksumOffloadIPv6': '1' } },
  },
  {
    id: 'R8',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*IPsecOffloadV2': '0', '*IPsecOffloadV2IPv4': RO('0') } },
    negative: { spec: { '*IPsecOffloadV2': '0' } },
  },
  { id: 'R9.a', severity: 'info', hasFix: true, positive: { spec: { '*IPsecOffloadV2': '3' } }, negative: { spec: { '*IPsecOffloadV2': '0' } } },
  {
    id: 'R9.b',
    severity: 'info',
    hasFix: true,
    positive: { spec: { '*TCPConnectionOffloadIPv4': '1' } },
    negative: { spec: { '*TCPConnectionOffloadIPv4': '0' } },
  },
  { id: 'R10', severity: 'info', hasFix: true, positive: { spec: { '*VMQLookaheadSplit': RO('1') } }, negative: { spec: { '*VMQ': '1' } } },
  {
    id: 'R11.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*RscIPv4': '1', '*TCPChecksumOffloadIPv4': '1' } },
    negative: { spec: { '*RscIPv4': '1', '*TCPChecksumOffloadIPv4': '3' } },
  },
  {
    id: 'R11.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*RscIPv6': '1', '*TCPChecksumOffloadIPv6': '0' } },
    negative: { spec: { '*RscIPv6': '0', '*TCPChecksumOffloadIPv6': '0' } },
  },
  {
    id: 'R14.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*UdpRsc': '1', '*UDPChecksumOffloadIPv4': '1' } },
    negative: { spec: { '*UdpRsc': '1', '*UDPChecksumOffloadIPv4': '2' } },
  },
  {
    id: 'R14.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*UdpRsc': '1', '*UDPChecksumOffloadIPv6': '0' } },
    negative: { spec: { '*UdpRsc': '0', '*UDPChecksumOffloadIPv6': '0' } },
  },
  {
    id: 'R16.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*RSS': '1', '*VMQ': '1', ...PREF_VMQ } },
    negative: { spec: { '*RSS': '1', '*VMQ': '1' } },
  },
  {
    id: 'R16.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*RSS': '1', '*VMQ': '0', ...PREF_VMQ } },
    negative: { spec: { '*RSS': '1', '*VMQ': '1', ...PREF_VMQ } },
  },
  {
    id: 'R16.c',
    severity: 'info',
    hasFix: true,
    positive: { spec: { '*SriovPreferred': RO('1'), ...PREF_VMQ, '*SRIOV': '1', '*VMQ': '0' } },
    negative: { spec: { '*SriovPreferred': RO('1'), ...PREF_VMQ, '*SRIOV': '1', '*VMQ': '1' } },
  },
  {
    id: 'R17',
    severity: 'error',
    hasFix: false,
    positive: { spec: { '*RssOrVmqPreference': { type: 'enum', options: ['0', '1'], default: '0', label: 'RSS or VMQ' } } },
    negative: { spec: { '*RssOrVmqPreference': RO('0') } },
  },
  {
    id: 'R19',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*RSSProfile': { value: '6', options: ['1', '4', '6'] }, '*RssBaseProcNumber': { value: '4', max: 63 } } },
    negative: { spec: { '*RSSProfile': '4', '*RssBaseProcNumber': { value: '4', max: 63 } } },
  },
  {
    id: 'R20.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*RssMaxProcNumber': { value: '8', default: '63', max: 63 }, '*RssMaxProcGroup': { value: null, max: 3 } } },
    negative: { spec: { '*RssMaxProcNumber': { value: '8', default: '63', max: 63 }, '*RssMaxProcGroup': { value: '0', max: 3 } } },
  },
  {
    id: 'R20.b',
    severity: 'warning',
    hasFix: false,
    positive: { spec: { '*RssBaseProcNumber': '10', '*RssMaxProcNumber': { value: '4', default: '63' }, '*RssMaxProcGroup': '0' } },
    negative: { spec: { '*RssBaseProcNumber': '2', '*RssMaxProcNumber': { value: '4', default: '63' }, '*RssMaxProcGroup': '0' } },
  },
  {
    id: 'R23',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*VMQ': '1', ...PREF_VMQ, '*MaxRssProcessors': '4' } },
    negative: { spec: { '*VMQ': '1', '*MaxRssProcessors': '4' } },
  },
  {
    id: 'R24',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*RssOnHostVPorts': '1', '*RSSProfile': '4', '*MaxRssProcessors': '8' } },
    negative: { spec: { '*RssOnHostVPorts': '1', '*RSSProfile': '1' } },
  },
  {
    id: 'R25',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*QOS': '1', '*PriorityVLANTag': '0' } },
    negative: { spec: { '*QOS': '0', '*PriorityVLANTag': '0' } },
  },
  { id: 'R26', severity: 'info', hasFix: false, positive: { spec: { '*QOS': '0' } }, negative: { spec: { '*QOS': '1' } } },
  {
    id: 'R28',
    severity: 'error',
    hasFix: true,
    positive: { spec: { '*SpeedDuplex': { value: '500', options: ['0', '6', '500'] } } },
    negative: { spec: { '*SpeedDuplex': { value: '25000', options: ['0', '25000'] } } },
  },
  {
    id: 'R28',
    severity: 'error',
    hasFix: true,
    positive: { spec: { '*SpeedDuplex': { value: '1000', options: ['0', '6', '2500'] } } },
    negative: { spec: { '*SpeedDuplex': { value: '2500', options: ['0', '6', '2500'] } } },
  },
  {
    id: 'R29.a',
    severity: 'warning',
    hasFix: true,
    positive: {
      spec: { '*NetworkDirect': '1', '*NetworkDirectTechnology': '4', '*NetworkDirectRoCEFrameSize': { type: 'int', value: '3000', min: 256, max: 4096 } },
    },
    negative: {
      spec: { '*NetworkDirect': '1', '*NetworkDirectTechnology': '4', '*NetworkDirectRoCEFrameSize': { type: 'int', value: '1024', min: 256, max: 4096 } },
    },
  },
  {
    id: 'R29.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*NetworkDirectTechnology': '4', '*NetworkDirectRoCEFrameSize': '4096', '*JumboPacket': { value: '1514', max: 9014 } } },
    negative: { spec: { '*NetworkDirectTechnology': '4', '*NetworkDirectRoCEFrameSize': '4096', '*JumboPacket': { value: '9014', max: 9014 } } },
  },
  {
    id: 'R30',
    severity: 'error',
    hasFix: true,
    positive: {
      spec: {
        '*NetworkDirectTechnology': {
          value: '7',
          options: [
            ['4', 'RoCEv2'],
            ['7', 'Vendor'],
          ],
        },
      },
    },
    negative: {
      spec: {
        '*NetworkDirectTechnology': {
          value: '4',
          options: [
            ['4', 'RoCEv2'],
            ['7', 'Vendor'],
          ],
        },
      },
    },
  },
  {
    id: 'R31.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*SSIdleTimeoutScreenOff': '10' } },
    negative: { spec: { '*SelectiveSuspend': '0', '*SSIdleTimeoutScreenOff': '10' } },
  },
  {
    id: 'R31.b',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*SSIdleTimeout': { value: '90', max: 120 } } },
    negative: { spec: { '*SSIdleTimeout': { value: '30', max: 120 } } },
  },
  {
    id: 'R33',
    severity: 'info',
    hasFix: true,
    positive: { spec: { '*SoftwareTimestamp': { value: '5', options: ['0', '1', '2', '3'] } } },
    negative: { spec: { '*SoftwareTimestamp': { value: '1', options: ['0', '1', '2', '3'] } } },
  },
  {
    id: 'R34.a',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*VxlanUDPPortNumber': '8472' } },
    negative: { spec: { '*VxlanUDPPortNumber': '4789' } },
  },
  {
    id: 'R34.b',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*EncapsulatedPacketTaskOffload': '1', '*LsoV1IPv4': '1' } },
    negative: { spec: { '*EncapsulatedPacketTaskOffload': '1', '*LsoV1IPv4': '1', '*LsoV2IPv4': '1' } },
  },
  {
    id: 'R34.c',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*EncapsulatedPacketTaskOffloadVxlan': '1' } },
    negative: { spec: { '*EncapsulatedPacketTaskOffload': '0' } },
  },
  {
    id: 'R36',
    severity: 'error',
    hasFix: false,
    positive: { spec: { DriverDesc: { type: 'edit', value: 'Renamed NIC' } } },
    negative: { spec: { NetworkAddress: { optional: true } } },
  },
  {
    id: 'R37.a',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*JumboPacket': { value: '9999', max: 9014 } } },
    negative: { spec: { '*JumboPacket': { value: '9014', max: 9014 } } },
  },
  {
    id: 'R37.b',
    severity: 'warning',
    hasFix: false,
    positive: { spec: { VendorQueues: { type: 'int', default: null, optional: false } } },
    negative: { spec: { VendorQueues: { type: 'int', default: null, optional: true } } },
  },
  {
    id: 'R37.c',
    severity: 'warning',
    hasFix: true,
    positive: { spec: { '*JumboPacket': { value: '1500', min: 1000, max: 9014 } } },
    negative: { spec: { '*JumboPacket': { value: '1514', min: 1000, max: 9014 } } },
  },
  {
    id: 'R38',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*NdisDeviceType': RO('1') }, adapter: { virtual: true, physical: false } },
    negative: { spec: { '*NdisDeviceType': RO('1') }, adapter: { virtual: false } },
  },
  {
    id: 'R41.a',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*TCPChecksumOffloadIPv4': '3' }, globals: { disableTaskOffload: 1 } },
    negative: { spec: { '*TCPChecksumOffloadIPv4': '3' }, globals: { disableTaskOffload: 0 } },
  },
  {
    id: 'R41.b',
    severity: 'info',
    hasFix: false,
    positive: { spec: { '*IPsecOffloadV2': '3' }, globals: { ipsecEnabledOffload: 0 } },
    negative: { spec: { '*IPsecOffloadV2': '3' }, globals: { ipsecEnabledOffload: 1 } },
  },
];
