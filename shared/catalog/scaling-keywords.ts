/** RSS, VMQ, VMMQ, SR-IOV and NIC-switch keywords (reference §3.7, §3.8). */

import { ON_OFF, defineKeyword } from './define';
import type { CatalogEntry } from './types';

const RSS_CPU_RULES = ['R19', 'R20', 'R21', 'R22', 'R23'];

/** Receive Side Scaling keywords. */
export const RSS_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*RSS',
    'rss',
    'enum',
    'Receive Side Scaling spreads incoming traffic over several CPU cores instead of one. It is rarely worth turning off; doing so makes one core handle all receive work, which limits throughput on fast links. It is not active while VMQ or SR-IOV is preferred.',
    { label: 'Receive Side Scaling', values: ON_OFF, defaultValue: '1', rules: ['R16'] },
  ),
  defineKeyword(
    '*RSSProfile',
    'rss',
    'enum',
    'Chooses how RSS picks CPUs: closest to the adapter, NUMA-aware, or conservative, with "static" variants that never move. Change it only when tuning a server; the change needs an adapter restart.',
    {
      label: 'RSS load balancing profile',
      values: [
        ['1', 'ClosestProcessor'],
        ['2', 'ClosestProcessorStatic'],
        ['3', 'NUMAScaling'],
        ['4', 'NUMAScalingStatic'],
        ['5', 'ConservativeScaling'],
        ['6', 'NdisRssProfileBalanced (NetAdapterCx only)'],
      ],
      defaultValue: '4',
      alternateDefaults: ['6'],
      since: 'NDIS 6.30',
      notes: 'Default 6 on heterogeneous-CPU systems. A note in the docs numbers NUMAScaling 2 / NUMAScalingStatic 3; the table (used here) says 3 / 4.',
      rules: ['R19', 'R22'],
    },
  ),
  defineKeyword(
    '*RssBaseProcGroup',
    'rss',
    'int',
    'The processor group of the first CPU RSS may use. Only matters on machines with more than 64 logical CPUs; must be 0 on Windows 7.',
    { label: 'RSS Base Processor Group', defaultValue: '0', range: { min: 0 }, since: 'NDIS 6.20', rules: RSS_CPU_RULES },
  ),
  defineKeyword(
    '*RssBaseProcNumber',
    'rss',
    'int',
    'The first CPU (within the base group) RSS may use. Raise it to keep CPU 0 free for other work; setting it too high leaves few cores for RSS.',
    { label: 'RSS Base Processor Number', defaultValue: '0', range: { min: 0 }, since: 'NDIS 6.20', rules: RSS_CPU_RULES },
  ),
  defineKeyword('*RssMaxProcGroup', 'rss', 'int', 'The processor group of the last CPU RSS may use. Set it together with the maximum processor number.', {
    label: 'RSS Max Processor Group',
    defaultValue: '0',
    range: { min: 0 },
    notes: 'Also spelled *RSSMaxProcGroup; registry names are case-insensitive.',
    rules: RSS_CPU_RULES,
  }),
  defineKeyword(
    '*RssMaxProcNumber',
    'rss',
    'int',
    'The last CPU (within the max group) RSS may use. Used to fence RSS into a range of cores; the maximum processor group should be set with it.',
    { label: 'Maximum RSS Processor Number', range: { min: 0 }, since: 'NDIS 6.30', notes: 'Default MAXIMUM_PROC_PER_GROUP-1.', rules: RSS_CPU_RULES },
  ),
  defineKeyword(
    '*MaxRssProcessors',
    'rss',
    'int',
    'How many CPUs RSS may use at most. Lowering it frees cores for other work at the cost of receive throughput; NDIS caps it to the CPUs present.',
    { label: 'Maximum number of RSS Processors', defaultValue: '16', range: { min: 1 }, since: 'NDIS 6.20', rules: ['R23', 'R24'] },
  ),
  defineKeyword(
    '*NumRSSQueues',
    'rss',
    'int',
    'How many receive queues the adapter uses for RSS. More queues spread load over more cores but use more memory and interrupts.',
    { label: 'Maximum Number of RSS Queues', defaultValue: '16', range: { min: 1 }, since: 'NDIS 6.30' },
  ),
  defineKeyword(
    '*NumaNodeId',
    'rss',
    'int',
    'The NUMA node whose CPUs RSS should prefer; 65535 means no preference. Leave it at 65535 for add-in cards: a wrong node pushes traffic across the memory interconnect.',
    { label: 'Preferred NUMA node', defaultValue: '65535', range: { min: 0, max: 65535 }, since: 'NDIS 6.20', rules: ['R19', 'R22'] },
  ),
];

/** VMQ, VMMQ, SR-IOV and NIC-switch keywords. */
export const VIRTUALIZATION_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*VMQ',
    'vmq-sriov-vmmq',
    'enum',
    'Virtual Machine Queues give each Hyper-V virtual machine its own receive queue on the adapter, saving host CPU. People turn it off on hosts where a driver bug causes packet loss; without Hyper-V it has no effect.',
    { label: 'Virtual Machine Queues', values: ON_OFF, defaultValue: '1', rules: ['R16', 'R23'] },
  ),
  defineKeyword(
    '*VMQLookaheadSplit',
    'vmq-sriov-vmmq',
    'enum',
    'Split the first bytes of received packets into a separate buffer for VMQ. Obsolete since NDIS 6.30 (Windows Server 2012): current Windows ignores it.',
    { label: 'VMQ Lookahead Split', values: ON_OFF, defaultValue: '1', deprecated: true, rules: ['R10'] },
  ),
  defineKeyword(
    '*VMQVlanFiltering',
    'vmq-sriov-vmmq',
    'enum',
    'Lets VMQ (and SR-IOV) filter received packets by VLAN as well as MAC address. Turning it off can break VLAN-tagged virtual machine traffic.',
    { label: 'VMQ VLAN Filtering', values: ON_OFF, defaultValue: '1', rules: ['R16'] },
  ),
  defineKeyword(
    '*RssOrVmqPreference',
    'vmq-sriov-vmmq',
    'hidden',
    'Hidden switch that tells the driver whether to offer RSS (0 or absent) or VMQ (1). It must not be shown on the Advanced page; with 1, RSS is not used.',
    {
      values: [
        ['0', 'Report RSS'],
        ['1', 'Report VMQ'],
      ],
      defaultValue: '0',
      rules: ['R16', 'R17'],
    },
  ),
  defineKeyword(
    '*RssOnHostVPorts',
    'vmq-sriov-vmmq',
    'enum',
    "Virtual Switch RSS (VMMQ): spreads each virtual port's traffic over several host CPUs. It helps fast VMs; turning it off limits each VM to one receive core.",
    { label: 'Virtual Switch RSS', values: ON_OFF, defaultValue: '1', rules: ['R24'] },
  ),
  defineKeyword(
    '*SRIOV',
    'vmq-sriov-vmmq',
    'enum',
    'SR-IOV lets virtual machines use virtual functions of the adapter directly, bypassing the host for lower latency. Turn it off when VMs must use host features such as some switch extensions; it has no effect without Hyper-V.',
    { label: 'SR-IOV', values: ON_OFF, defaultValue: '1', rules: ['R16'] },
  ),
  defineKeyword(
    '*SriovPreferred',
    'vmq-sriov-vmmq',
    'hidden',
    'Hidden switch: 1 makes the driver offer SR-IOV; 0 or absent leaves the choice to *RssOrVmqPreference. It must not be shown on the Advanced page.',
    {
      values: [
        ['0', 'RSS or VMQ per *RssOrVmqPreference'],
        ['1', 'Report SR-IOV'],
      ],
      defaultValue: '0',
      notes: 'The docs misspell the other keyword as *VmqOrRssPreferrence.',
      rules: ['R16', 'R17'],
    },
  ),
  defineKeyword(
    'NicSwitches\\0\\*Flags',
    'vmq-sriov-vmmq',
    'hidden',
    'Fixed value (0) of the default NIC switch used by SR-IOV. Written by the INF; never edited.',
    { defaultValue: '0' },
  ),
  defineKeyword(
    'NicSwitches\\0\\*SwitchType',
    'vmq-sriov-vmmq',
    'hidden',
    'Fixed value (1) of the default NIC switch used by SR-IOV. Written by the INF; never edited.',
    { defaultValue: '1' },
  ),
  defineKeyword(
    'NicSwitches\\0\\*SwitchId',
    'vmq-sriov-vmmq',
    'hidden',
    'Fixed value (0) of the default NIC switch used by SR-IOV. Written by the INF; never edited.',
    { defaultValue: '0' },
  ),
  defineKeyword(
    'NicSwitches\\0\\*SwitchName',
    'vmq-sriov-vmmq',
    'hidden',
    'Fixed name ("Default Switch") of the default NIC switch used by SR-IOV. Written by the INF; never edited.',
    { defaultValue: 'Default Switch' },
  ),
  defineKeyword(
    'NicSwitches\\0\\*NumVFs',
    'vmq-sriov-vmmq',
    'hidden',
    'How many SR-IOV virtual functions the default NIC switch offers; the driver may offer fewer. Changed with Set-NetAdapterSriov -NumVFs rather than on the Advanced page.',
    { range: { min: 0 } },
  ),
  defineKeyword(
    '*TenGigVmqEnabled',
    'vmq-sriov-vmmq',
    'hidden',
    'Machine-wide Hyper-V switch setting (Services\\VMSMP\\Parameters) for VMQ on 10 Gb adapters; miniports do not read it.',
    {
      values: [
        ['0', 'System default'],
        ['1', 'Enabled'],
        ['2', 'Explicitly disabled'],
      ],
      defaultValue: '0',
    },
  ),
  defineKeyword(
    '*BelowTenGigVmqEnabled',
    'vmq-sriov-vmmq',
    'hidden',
    'Machine-wide Hyper-V switch setting (Services\\VMSMP\\Parameters) for VMQ on adapters slower than 10 Gb; the system default disables it. Miniports do not read it.',
    {
      values: [
        ['0', 'System default (disabled on WS2008 R2)'],
        ['1', 'Enabled'],
        ['2', 'Explicitly disabled'],
      ],
      defaultValue: '0',
    },
  ),
];
