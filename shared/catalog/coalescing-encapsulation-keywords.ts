/** RSC / URO / USO and encapsulated-packet (NVGRE / VXLAN) keywords (reference §3.5, §3.6). */

import { ON_OFF, defineKeyword } from './define';
import type { CatalogEntry } from './types';

/** Receive segment coalescing, UDP receive coalescing and UDP segmentation offload. */
export const COALESCING_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*RscIPv4',
    'rsc-uro-uso',
    'enum',
    'Receive Segment Coalescing: the adapter merges consecutive TCP segments of one IPv4 connection into one large packet, saving CPU on downloads. People turn it off for latency-sensitive traffic or when a capture looks wrong; Windows also turns it off itself when IP forwarding or an old filter driver is present.',
    { label: 'Recv Segment Coalescing (IPv4)', values: ON_OFF, defaultValue: '1', since: 'NDIS 6.30 (Windows 8)', rules: ['R11', 'R12', 'R13'] },
  ),
  defineKeyword(
    '*RscIPv6',
    'rsc-uro-uso',
    'enum',
    'Receive Segment Coalescing for IPv6 TCP traffic: fewer, larger packets reach the stack, saving CPU. Turned off for latency-sensitive or troubleshooting cases; it relies on TCP (IPv6) receive checksum offload.',
    { label: 'Recv Segment Coalescing (IPv6)', values: ON_OFF, defaultValue: '1', since: 'NDIS 6.30 (Windows 8)', rules: ['R11', 'R12'] },
  ),
  defineKeyword(
    '*UdpRsc',
    'rsc-uro-uso',
    'enum',
    'UDP Receive Offload (URO): the adapter coalesces UDP datagrams of one flow, which helps QUIC and other UDP-heavy traffic. It needs receive checksum offload to validate the UDP and IPv4 header checksums; people turn it off when a UDP application misbehaves.',
    { label: 'URO', values: ON_OFF, defaultValue: '1', since: 'NDIS 6.89 (Windows 11 24H2)', rules: ['R14'] },
  ),
  defineKeyword(
    '*UsoIPv4',
    'rsc-uro-uso',
    'enum',
    'UDP Segmentation Offload for IPv4: the adapter splits a large UDP send into datagrams, saving CPU for QUIC and streaming. It does not depend on the checksum offload settings. People turn it off when UDP traffic through a VPN or middlebox breaks.',
    {
      label: 'USO (IPv4)',
      values: ON_OFF,
      confidence: 'U',
      since: 'NDIS 6.83 (Windows 10 2004)',
      notes: 'Default not documented (a third-party validator assumes 1).',
      rules: ['R15'],
    },
  ),
  defineKeyword(
    '*UsoIPv6',
    'rsc-uro-uso',
    'enum',
    'UDP Segmentation Offload for IPv6: the adapter splits large UDP sends into datagrams, saving CPU. Independent of checksum offload; turned off when UDP traffic misbehaves.',
    { label: 'USO (IPV6)', values: ON_OFF, confidence: 'U', since: 'NDIS 6.83 (Windows 10 2004)', notes: 'Default not documented.', rules: ['R15'] },
  ),
];

/** NVGRE / VXLAN encapsulated-packet task offload. */
export const ENCAPSULATION_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*EncapsulatedPacketTaskOffload',
    'encapsulation',
    'enum',
    'Permits checksum, LSO, RSS and VMQ offloads on NVGRE-encapsulated packets (software-defined networking). It only permits them: a protocol must still switch them on at run time. Turning it off moves that work to the CPU on SDN hosts and has no effect elsewhere.',
    { label: 'Encapsulated Task Offload', values: ON_OFF, defaultValue: '1', since: 'NDIS 6.30', rules: ['R34'] },
  ),
  defineKeyword(
    '*EncapsulatedPacketTaskOffloadNvgre',
    'encapsulation',
    'enum',
    'Allows task offloads for NVGRE-encapsulated traffic on this adapter. Only relevant on Hyper-V/SDN hosts; turning it off costs CPU there.',
    { values: ON_OFF, defaultValue: '1', confidence: '3P', rules: ['R34'] },
  ),
  defineKeyword(
    '*EncapsulatedPacketTaskOffloadVxlan',
    'encapsulation',
    'enum',
    'Allows task offloads for VXLAN-encapsulated traffic on this adapter. Only relevant on SDN hosts; turning it off costs CPU there.',
    { values: ON_OFF, defaultValue: '1', confidence: '3P', rules: ['R34'] },
  ),
  defineKeyword(
    '*VxlanUDPPortNumber',
    'encapsulation',
    'int',
    'The UDP port the adapter treats as VXLAN when offloading. The IANA port 4789 is the default; change it only if your overlay network uses another port, and then every host must agree.',
    { defaultValue: '4789', range: { min: 1024, max: 65535 }, confidence: '3P', rules: ['R34'] },
  ),
  defineKeyword(
    '*EncapOverhead',
    'encapsulation',
    'int',
    'Extra bytes reserved for encapsulation headers on SDN hosts, so encapsulated frames still fit. Microsoft SDN tooling expects 160 together with a jumbo packet size of 1674 or more; it is irrelevant outside SDN.',
    { defaultValue: '0', range: { min: 0, max: 480, step: 32 }, confidence: '3P', rules: ['R34'] },
  ),
];
