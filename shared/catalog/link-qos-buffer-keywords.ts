/** Link, QoS/VLAN, buffer/jumbo and miscellaneous keywords (reference §3.2, §3.3, §3.9, §3.12). */

import { ON_OFF, defineKeyword } from './define';
import type { CatalogEntry } from './types';

/** Speed/duplex, flow control and MAC address override. */
export const LINK_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*SpeedDuplex',
    'link',
    'enum',
    'Sets the link speed and duplex, or lets the adapter negotiate them with the switch (Auto Negotiation, the default). Forcing a speed helps only when the other end is forced the same way; a mismatch causes errors and slow links.',
    {
      label: 'Speed & Duplex',
      values: [
        ['0', 'Auto Negotiation'],
        ['1', '10 Mbps Half Duplex'],
        ['2', '10 Mbps Full Duplex'],
        ['3', '100 Mbps Half Duplex'],
        ['4', '100 Mbps Full Duplex'],
        ['5', '1.0 Gbps Half Duplex'],
        ['6', '1.0 Gbps Full Duplex'],
        ['7', '10 Gbps Full Duplex'],
        ['8', '20 Gbps Full Duplex'],
        ['9', '40 Gbps Full Duplex'],
        ['10', '100 Gbps Full Duplex'],
      ],
      defaultValue: '0',
      notes:
        'Other speeds use the speed in Mbps as the value, allowed only for 1000 and above (1000, 10000, 25000, ...). The INF should list only supported settings.',
      rules: ['R28'],
    },
  ),
  defineKeyword(
    '*FlowControl',
    'link',
    'enum',
    'Lets the adapter send and/or honour Ethernet pause frames so a busy receiver can slow the sender. Servers usually keep it off (default 0), clients on (default 3); turning it on can stall traffic behind a slow device, turning it off can cause drops on congested links.',
    {
      label: 'Flow Control',
      values: [
        ['0', 'Tx & Rx Disabled'],
        ['1', 'Tx Enabled'],
        ['2', 'Rx Enabled'],
        ['3', 'Rx & Tx Enabled'],
        ['4', 'Auto Negotiation'],
      ],
      defaultValue: '0',
      alternateDefaults: ['3'],
      notes: 'Documented default: server 0, client 3. Under a kernel debugger NDIS reports 0 unless AllowFlowControlUnderDebugger=1.',
      rules: ['R27'],
    },
  ),
  defineKeyword(
    'NetworkAddress',
    'link',
    'edit',
    "Overrides the adapter's factory MAC address with 12 hexadecimal digits (hyphens optional). People use it for licensing or lab setups; a duplicate address on the network breaks connectivity for both machines. Not Present means the factory address.",
    { label: 'Network Address', notes: 'Usually LimitText=12, UpperCase=1, Optional=1.' },
  ),
];

/** Priority tagging, VLAN and NDIS QoS. */
export const QOS_VLAN_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*PriorityVLANTag',
    'qos-vlan',
    'enum',
    'Controls whether the adapter inserts and strips 802.1p priority and 802.1Q VLAN tags. People turn VLAN tagging off when a switch port is untagged; while NDIS QoS is on, priority tagging stays on whatever this says.',
    {
      label: 'Packet Priority & VLAN',
      values: [
        ['0', 'Packet Priority & VLAN Disabled'],
        ['1', 'Packet Priority Enabled'],
        ['2', 'VLAN Enabled'],
        ['3', 'Packet Priority & VLAN Enabled'],
      ],
      defaultValue: '3',
      rules: ['R25'],
    },
  ),
  defineKeyword(
    '*QOS',
    'qos-vlan',
    'enum',
    'NDIS QoS lets Windows program traffic classes and Data Center Bridging (DCB/PFC) on the adapter, which RDMA over Converged Ethernet relies on. Turning it off makes the driver report no QoS and switch off DCB and DCBX.',
    {
      label: 'NDIS QoS',
      values: [
        ['0', 'QoS Disabled'],
        ['1', 'QoS Enabled'],
      ],
      defaultValue: '1',
      rules: ['R25', 'R26'],
    },
  ),
];

/** Frame size, descriptor rings and header/data split. */
export const BUFFER_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*JumboPacket',
    'buffers-jumbo',
    'int',
    'The largest Ethernet frame, in bytes including the header; above 1514 is a jumbo frame. Jumbo frames cut CPU use on storage and backup networks, but every switch and host on the path must accept the same size or large packets are dropped.',
    {
      label: 'Jumbo Packet',
      defaultValue: '1514',
      range: { min: 1514 },
      notes: 'Typical values 1514, 4088, 9014; SDN hosts expect 1674 or more.',
      rules: ['R29', 'R37'],
    },
  ),
  defineKeyword(
    '*ReceiveBuffers',
    'buffers-jumbo',
    'int',
    'Number of receive descriptors the adapter keeps ready. Raising it helps against drops under bursts at the cost of memory; lowering it saves memory on small systems.',
    { label: 'Receive Buffers', range: { min: 1 } },
  ),
  defineKeyword(
    '*TransmitBuffers',
    'buffers-jumbo',
    'int',
    'Number (or size, hardware dependent) of transmit buffers. More buffers smooth bursts of outgoing traffic but use memory.',
    { label: 'Transmit Buffers', range: { min: 0 } },
  ),
  defineKeyword(
    '*HeaderDataSplit',
    'buffers-jumbo',
    'enum',
    'Puts packet headers and payload into separate buffers, which can save copies for large receives. Off by default; turn it on only when the driver vendor recommends it.',
    { label: 'Header Data Split', values: ON_OFF, defaultValue: '0' },
  ),
];

/** Interrupt moderation and NDIS poll mode. */
export const OTHER_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*InterruptModeration',
    'other',
    'enum',
    'Batches interrupts so the CPU is not interrupted for every packet. Gamers and low-latency trading setups turn it off to shave microseconds, at the cost of much higher CPU use under load.',
    { label: 'Interrupt Moderation', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*NdisPoll',
    'other',
    'enum',
    'Lets NDIS poll the adapter for packets instead of relying only on interrupts, which balances work better across CPUs. Turn it off only when the driver vendor says so.',
    { label: 'Ndis Poll Mode', values: ON_OFF, defaultValue: '1' },
  ),
];
