import { describe, expect, it } from 'vitest';
import { CATALOG, catalogEntry, categoryOf, documentedMeaning, entriesInCategory, isStandardizedKeyword } from './catalog';
import { CATEGORY_LABELS, CATEGORY_ORDER, categoryRank } from './categories';
import { isReservedValueName } from '../model/reserved-names';

// Every keyword of reference §3 (3.1–3.12); 3.13 lists vendor keywords, which the catalog leaves out.
const REFERENCE_SECTION_3 = [
  '*IfType',
  '*MediaType',
  '*PhysicalMediaType',
  '*NdisDeviceType',
  '*IfConnectorPresent',
  '*ConnectionType',
  '*DirectionType',
  '*AccessType',
  '*HardwareLoopback',
  'NumberOfNetworkInterfaces',
  '*SpeedDuplex',
  '*FlowControl',
  '*PriorityVLANTag',
  '*InterruptModeration',
  '*RSS',
  '*HeaderDataSplit',
  '*JumboPacket',
  '*ReceiveBuffers',
  '*TransmitBuffers',
  'NetworkAddress',
  '*IPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv6',
  '*UDPChecksumOffloadIPv4',
  '*UDPChecksumOffloadIPv6',
  '*LsoV1IPv4',
  '*LsoV2IPv4',
  '*LsoV2IPv6',
  '*IPsecOffloadV1IPv4',
  '*IPsecOffloadV2',
  '*IPsecOffloadV2IPv4',
  '*TCPUDPChecksumOffloadIPv4',
  '*TCPUDPChecksumOffloadIPv6',
  '*TCPConnectionOffloadIPv4',
  '*TCPConnectionOffloadIPv6',
  '*RscIPv4',
  '*RscIPv6',
  '*UdpRsc',
  '*UsoIPv4',
  '*UsoIPv6',
  '*EncapsulatedPacketTaskOffload',
  '*EncapsulatedPacketTaskOffloadNvgre',
  '*EncapsulatedPacketTaskOffloadVxlan',
  '*VxlanUDPPortNumber',
  '*EncapOverhead',
  '*RSSProfile',
  '*RssBaseProcGroup',
  '*RssBaseProcNumber',
  '*RssMaxProcGroup',
  '*RssMaxProcNumber',
  '*MaxRssProcessors',
  '*NumRSSQueues',
  '*NumaNodeId',
  '*VMQ',
  '*VMQLookaheadSplit',
  '*VMQVlanFiltering',
  '*RssOrVmqPreference',
  '*RssOnHostVPorts',
  '*SRIOV',
  '*SriovPreferred',
  'NicSwitches\\0\\*Flags',
  'NicSwitches\\0\\*SwitchType',
  'NicSwitches\\0\\*SwitchId',
  'NicSwitches\\0\\*SwitchName',
  'NicSwitches\\0\\*NumVFs',
  '*TenGigVmqEnabled',
  '*BelowTenGigVmqEnabled',
  '*QOS',
  '*NetworkDirect',
  '*NetworkDirectTechnology',
  '*NetworkDirectRoCEFrameSize',
  '*WakeOnPattern',
  '*WakeOnMagicPacket',
  '*PMARPOffload',
  '*PMNSOffload',
  '*PMWiFiRekeyOffload',
  '*EEE',
  '*IdleRestriction',
  '*ModernStandbyWoLMagicPacket',
  '*DeviceSleepOnDisconnect',
  '*SelectiveSuspend',
  '*SSIdleTimeout',
  '*SSIdleTimeoutScreenOff',
  '*PacketCoalescing',
  '*PtpHardwareTimestamp',
  '*SoftwareTimestamp',
  '*NdisPoll',
];

describe('keyword catalog', () => {
  it('has every keyword of reference §3 exactly once', () => {
    expect(CATALOG.map((e) => e.keyword).sort()).toEqual([...REFERENCE_SECTION_3].sort());
  });

  it('looks keywords up case-insensitively; vendor keywords are not in it', () => {
    expect(catalogEntry('*lsov2ipv4')?.keyword).toBe('*LsoV2IPv4');
    expect(catalogEntry('*RSSMaxProcGroup')?.keyword).toBe('*RssMaxProcGroup');
    expect(catalogEntry('ITR')).toBeNull();
    expect(isStandardizedKeyword('*QOS')).toBe(true);
    expect(categoryOf('ITR')).toBe('other');
    expect(categoryOf('*VMQ')).toBe('vmq-sriov-vmmq');
  });

  it('every category has a label and a rank, and is used', () => {
    expect(new Set(CATEGORY_ORDER)).toEqual(new Set(Object.keys(CATEGORY_LABELS)));
    for (const c of CATEGORY_ORDER) {
      expect(categoryRank(c)).toBeGreaterThanOrEqual(0);
      expect(entriesInCategory(c).length, c).toBeGreaterThan(0);
    }
  });

  it('is sorted by category order', () => {
    const ranks = CATALOG.map((e) => categoryRank(e.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('documented defaults of enum keywords are documented values', () => {
    for (const e of CATALOG.filter((x) => x.values.length > 0 && x.defaultValue !== null)) {
      expect(
        e.values.map((v) => v.value),
        e.keyword,
      ).toContain(e.defaultValue);
    }
  });

  it('explanations are two or three sentences of plain language', () => {
    for (const e of CATALOG) {
      const sentences = e.explanation.split(/(?<=[.!?])\s+(?=[A-Z*"])/).length;
      expect(sentences, e.keyword).toBeGreaterThanOrEqual(1);
      expect(sentences, e.keyword).toBeLessThanOrEqual(3);
      expect(e.explanation.length, e.keyword).toBeGreaterThan(40);
    }
  });

  it('records flags from the reference', () => {
    expect(catalogEntry('*TCPUDPChecksumOffloadIPv4')?.grouping).toBe('grouped');
    expect(catalogEntry('*UDPChecksumOffloadIPv6')?.grouping).toBe('granular');
    expect(catalogEntry('*VMQLookaheadSplit')?.deprecated).toBe(true);
    expect(catalogEntry('*IPsecOffloadV2')?.deprecated).toBe(true);
    expect(catalogEntry('*RssOrVmqPreference')?.hidden).toBe(true);
    expect(catalogEntry('*SriovPreferred')?.kind).toBe('hidden');
    expect(catalogEntry('*FlowControl')).toMatchObject({ defaultValue: '0', alternateDefaults: ['3'] });
    expect(catalogEntry('*UsoIPv4')).toMatchObject({ defaultValue: null, confidence: 'U' });
    expect(catalogEntry('*SSIdleTimeoutScreenOff')?.range).toEqual({ min: 1, max: 60, step: null });
    expect(documentedMeaning('*PriorityVLANTag', '2')).toBe('VLAN Enabled');
  });

  it('knows the reserved value names (R36)', () => {
    expect(isReservedValueName('driverdesc')).toBe(true);
    expect(isReservedValueName('*IfType')).toBe(true);
    expect(isReservedValueName('*JumboPacket')).toBe(false);
  });
});
