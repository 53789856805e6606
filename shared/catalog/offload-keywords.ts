/** Checksum, LSO, IPsec and TCP chimney keywords (reference §3.4). */

import { CHECKSUM_VALUES, IPSEC_VALUES, ON_OFF, defineKeyword } from './define';
import type { CatalogEntry } from './types';

const CHECKSUM_RULES = ['R1', 'R2', 'R3', 'R7', 'R11', 'R14', 'R15', 'R41'];

/** Checksum offload keywords, granular then grouped. */
export const CHECKSUM_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*IPChecksumOffloadIPv4',
    'checksum',
    'enum',
    'Lets the adapter compute (Tx) and verify (Rx) the IPv4 header checksum instead of the CPU. People turn it off while capturing packets or chasing a suspected driver bug; the cost is a little more CPU per packet, and LSO and RSC stop working without it.',
    { label: 'IPv4 Checksum Offload', values: CHECKSUM_VALUES, defaultValue: '3', grouping: 'granular', rules: CHECKSUM_RULES },
  ),
  defineKeyword(
    '*TCPChecksumOffloadIPv4',
    'checksum',
    'enum',
    'Lets the adapter compute and verify TCP checksums for IPv4 traffic. It is often disabled for packet captures or to work around a faulty NIC; doing so costs CPU and also prevents Large Send Offload and receive coalescing for IPv4.',
    { label: 'TCP Checksum Offload (IPv4)', values: CHECKSUM_VALUES, defaultValue: '3', grouping: 'granular', rules: CHECKSUM_RULES },
  ),
  defineKeyword(
    '*TCPChecksumOffloadIPv6',
    'checksum',
    'enum',
    'Lets the adapter compute and verify TCP checksums for IPv6 traffic. Turning it off is a common troubleshooting step; it costs CPU and stops Large Send Offload v2 and receive coalescing for IPv6.',
    { label: 'TCP Checksum Offload (IPv6)', values: CHECKSUM_VALUES, defaultValue: '3', grouping: 'granular', rules: CHECKSUM_RULES },
  ),
  defineKeyword(
    '*UDPChecksumOffloadIPv4',
    'checksum',
    'enum',
    'Lets the adapter compute and verify UDP checksums for IPv4 traffic. People disable it when a capture shows bad UDP checksums or an application misbehaves; it costs CPU, and UDP receive coalescing (URO) needs the receive side of it. UDP segmentation offload (USO) does not depend on it.',
    { label: 'UDP Checksum Offload (IPv4)', values: CHECKSUM_VALUES, defaultValue: '3', grouping: 'granular', rules: CHECKSUM_RULES },
  ),
  defineKeyword(
    '*UDPChecksumOffloadIPv6',
    'checksum',
    'enum',
    'Lets the adapter compute and verify UDP checksums for IPv6 traffic. Disabling it is a troubleshooting step that costs CPU; URO needs its receive side, USO does not depend on it.',
    { label: 'UDP Checksum Offload (IPv6)', values: CHECKSUM_VALUES, defaultValue: '3', grouping: 'granular', rules: CHECKSUM_RULES },
  ),
  defineKeyword(
    '*TCPUDPChecksumOffloadIPv4',
    'checksum',
    'enum',
    'One switch for the IPv4 header, TCP and UDP checksums over IPv4, instead of three granular keywords. Turning it off costs CPU and also stops LSO and RSC for IPv4. NetAdapterCx drivers do not support grouped keywords.',
    {
      label: 'TCP/UDP Checksum Offload (IPv4)',
      values: [
        ['0', 'Disabled'],
        ['1', 'Tx Enabled'],
        ['2', 'Rx Enabled'],
        ['3', 'Tx & Rx Enabled'],
      ],
      defaultValue: '3',
      grouping: 'grouped',
      notes: 'No documented precedence when grouped and granular keywords both exist (reference §9.10).',
      rules: CHECKSUM_RULES,
    },
  ),
  defineKeyword(
    '*TCPUDPChecksumOffloadIPv6',
    'checksum',
    'enum',
    'One switch for TCP and UDP checksums over IPv6 (IPv6 has no header checksum). Turning it off costs CPU and also stops LSO and RSC for IPv6. NetAdapterCx drivers do not support grouped keywords.',
    {
      label: 'TCP/UDP Checksum Offload (IPv6)',
      values: [
        ['0', 'Disabled'],
        ['1', 'Tx Enabled'],
        ['2', 'Rx Enabled'],
        ['3', 'Tx & Rx Enabled'],
      ],
      defaultValue: '3',
      grouping: 'grouped',
      notes: 'No documented precedence when grouped and granular keywords both exist (reference §9.10).',
      rules: CHECKSUM_RULES,
    },
  ),
];

/** Large Send Offload keywords. */
export const LSO_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*LsoV1IPv4',
    'lso',
    'enum',
    'The older form of Large Send Offload: TCP hands the adapter up to 64 KB of IPv4 data and the adapter cuts it into packets. It is ignored whenever the adapter also has *LsoV2IPv4. Turning LSO off raises CPU use for bulk sends; people do it when a NIC or VPN mishandles large sends.',
    { label: 'Large Send Offload Version 1 (IPv4)', values: ON_OFF, defaultValue: '1', rules: ['R2', 'R4', 'R6', 'R34'] },
  ),
  defineKeyword(
    '*LsoV2IPv4',
    'lso',
    'enum',
    'Large Send Offload v2 for IPv4: TCP hands the adapter large blocks of data and the adapter splits them into packets, saving CPU on bulk transfers. People turn it off when latency-sensitive traffic stalls or a NIC mishandles segmentation; it only works with transmit checksum offload on.',
    { label: 'Large Send Offload Version 2 (IPv4)', values: ON_OFF, defaultValue: '1', rules: ['R3', 'R5', 'R6', 'R34'] },
  ),
  defineKeyword(
    '*LsoV2IPv6',
    'lso',
    'enum',
    'Large Send Offload v2 for IPv6: the adapter splits large TCP sends into packets, saving CPU. It is turned off for the same reasons as IPv4 LSO, and it needs TCP (IPv6) transmit checksum offload.',
    { label: 'Large Send Offload Version 2 (IPv6)', values: ON_OFF, defaultValue: '1', rules: ['R3', 'R5'] },
  ),
];

/** IPsec task offload keywords (deprecated). */
export const IPSEC_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*IPsecOffloadV1IPv4',
    'ipsec',
    'enum',
    'Lets the adapter do IPsec authentication (AH) and/or encryption (ESP) for IPv4. Microsoft deprecated IPsec task offload; while it is on, NDIS will not use LSO at the same time. Turning it off moves IPsec work back to the CPU.',
    { label: 'IPsec Offload Version 1 (IPv4)', values: IPSEC_VALUES, defaultValue: '3', deprecated: true, rules: ['R4', 'R5', 'R9', 'R41'] },
  ),
  defineKeyword(
    '*IPsecOffloadV2',
    'ipsec',
    'enum',
    'IPsec task offload version 2 for IPv4 and IPv6 (AH, ESP or both). Deprecated since NDIS 6.70; whether it can run together with LSO depends on the hardware. Turning it off only costs CPU on IPsec-protected traffic.',
    { label: 'IPsec Offload', values: IPSEC_VALUES, defaultValue: '3', deprecated: true, rules: ['R5', 'R8', 'R9', 'R41'] },
  ),
  defineKeyword(
    '*IPsecOffloadV2IPv4',
    'ipsec',
    'enum',
    'IPsec task offload version 2 for adapters that support IPv4 only. It is unused when the adapter supports IPv6, so it should not be offered next to *IPsecOffloadV2. Deprecated since NDIS 6.70.',
    { label: 'IPsec Offload (IPv4 only)', values: IPSEC_VALUES, defaultValue: '3', deprecated: true, rules: ['R5', 'R8', 'R9', 'R41'] },
  ),
];

/** TCP chimney (connection offload) keywords: deprecated in NDIS 6.70. */
export const CHIMNEY_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*TCPConnectionOffloadIPv4',
    'other',
    'enum',
    'TCP Chimney: the adapter runs whole IPv4 TCP connections itself. Deprecated in NDIS 6.70 and unsupported for virtual machines since Windows 8; it is usually left off because it bypasses firewalls and filters.',
    { label: 'TCP Connection Offload (IPv4)', values: ON_OFF, defaultValue: '1', deprecated: true, since: 'deprecated in NDIS 6.70', rules: ['R9'] },
  ),
  defineKeyword('*TCPConnectionOffloadIPv6', 'other', 'enum', 'TCP Chimney for IPv6 connections. Deprecated in NDIS 6.70; leave it off on current Windows.', {
    label: 'TCP Connection Offload (IPv6)',
    values: ON_OFF,
    defaultValue: '1',
    deprecated: true,
    since: 'deprecated in NDIS 6.70',
    rules: ['R9'],
  }),
];
