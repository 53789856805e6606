/** RDMA (NetworkDirect), power management and timestamping keywords (reference §3.10–§3.12). */

import { ON_OFF, defineKeyword } from './define';
import type { CatalogEntry } from './types';

/** NetworkDirect / NDKPI keywords. */
export const RDMA_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*NetworkDirect',
    'rdma',
    'enum',
    'Allows RDMA (NetworkDirect), which SMB Direct and Storage Spaces Direct use to move data without CPU copies. Turn it off when the network is not configured for RDMA (for RoCE: no PFC/DCB), at the cost of higher CPU use for storage traffic.',
    { label: 'NetworkDirect Functionality', values: ON_OFF, defaultValue: '1', rules: ['R29', 'R30'] },
  ),
  defineKeyword(
    '*NetworkDirectTechnology',
    'rdma',
    'enum',
    'Chooses the RDMA transport: iWARP, InfiniBand, RoCE or RoCEv2. Both ends must use the same one; RoCE needs a lossless (DCB/PFC) network, iWARP does not.',
    {
      label: 'NetworkDirect Technology',
      values: [
        ['1', 'iWARP'],
        ['2', 'InfiniBand'],
        ['3', 'RoCE'],
        ['4', 'RoCEv2'],
      ],
      mustBePresent: true,
      notes: 'List only supported transports; exactly one is active. The example INF uses Optional=0.',
      rules: ['R29', 'R30'],
    },
  ),
  defineKeyword(
    '*NetworkDirectRoCEFrameSize',
    'rdma',
    'enum',
    'The RDMA MTU for RoCE, from 256 to 4096 bytes. The adapter uses the largest size that fits the Jumbo Packet setting, so a larger value is silently reduced; 1024 must always be supported.',
    {
      label: 'Network Direct Maximum Transmission Unit',
      values: [
        ['256', '256'],
        ['512', '512'],
        ['1024', '1024'],
        ['2048', '2048'],
        ['4096', '4096'],
      ],
      defaultValue: '1024',
      rules: ['R29'],
    },
  ),
];

/** Wake-on-LAN, power offloads, EEE and selective suspend. */
export const POWER_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*WakeOnPattern',
    'power',
    'enum',
    'Lets specific network packets (such as a file share access) wake the computer from sleep. People turn it off when a PC keeps waking up at night; the cost is losing remote wake for those cases.',
    { label: 'Wake on pattern match', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*WakeOnMagicPacket',
    'power',
    'enum',
    'Lets a Wake-on-LAN "magic packet" wake the computer from sleep. Turn it off if you never wake machines remotely and want to avoid unexpected wake-ups.',
    { label: 'Wake on magic packet', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*PMARPOffload',
    'power',
    'enum',
    'While the computer sleeps, the adapter answers ARP requests itself so the machine stays reachable without waking. Turning it off can cause wake-ups or make the sleeping host unreachable.',
    { label: 'ARP offload', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*PMNSOffload',
    'power',
    'enum',
    'While the computer sleeps, the adapter answers IPv6 neighbour solicitations itself. Turning it off can cause wake-ups or unreachable sleeping hosts on IPv6 networks.',
    { label: 'NS offload', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*PMWiFiRekeyOffload',
    'power',
    'enum',
    'While the computer sleeps, the Wi-Fi adapter renews the group key itself so the connection survives. Turning it off can drop Wi-Fi during sleep.',
    { label: 'Wi-Fi rekeying offload', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*EEE',
    'power',
    'enum',
    'Energy-Efficient Ethernet (IEEE 802.3az) lets the link idle in low-power mode between packets. People turn it off when links flap or latency spikes with some switches; the cost is slightly higher power use.',
    { label: 'Energy-efficient ethernet', values: ON_OFF, defaultValue: '1' },
  ),
  defineKeyword(
    '*IdleRestriction',
    'power',
    'enum',
    'NetAdapterCx only: 1 lets the adapter power down when idle only while nobody is using the computer. Use it if idle power-down disturbs interactive use.',
    {
      label: 'Idle power down restriction',
      values: [
        ['0', 'No restriction'],
        ['1', "Only idle when user isn't present"],
      ],
      defaultValue: '0',
    },
  ),
  defineKeyword(
    '*ModernStandbyWoLMagicPacket',
    'power',
    'enum',
    'Lets a magic packet wake a Modern Standby (S0ix) system. Off by default; turn it on for remote wake of such systems, at some battery cost.',
    { label: 'Wake on magic packet when system is in the S0ix power state', values: ON_OFF, defaultValue: '0', since: 'NDIS 6.60 (Windows 10 1607)' },
  ),
  defineKeyword(
    '*DeviceSleepOnDisconnect',
    'power',
    'enum',
    'Puts the adapter into a low-power state while the cable is unplugged, and wakes it when a link returns. People turn it off if the adapter fails to come back after reconnecting.',
    { label: 'Device sleep on disconnect', values: ON_OFF, defaultValue: '1', rules: ['R39'] },
  ),
  defineKeyword(
    '*SelectiveSuspend',
    'power',
    'enum',
    'Lets NDIS power the adapter down while it is idle, mainly for USB and laptop adapters. Turn it off when the adapter is slow to respond after idle periods; the cost is battery life.',
    { label: 'Selective suspend', values: ON_OFF, defaultValue: '1', notes: 'Forbidden for NetAdapterCx drivers (Windows 11 21H2+).', rules: ['R31'] },
  ),
  defineKeyword(
    '*SSIdleTimeout',
    'power',
    'int',
    'Seconds of idleness before selective suspend powers the adapter down (read by NDIS, not the driver). Longer timeouts mean fewer wake-up delays but more power use.',
    { label: 'Selective suspend idle time-out in units of seconds', defaultValue: '5', range: { min: 1, max: 60 }, rules: ['R31'] },
  ),
  defineKeyword(
    '*SSIdleTimeoutScreenOff',
    'power',
    'int',
    'The selective suspend idle timeout used while the screen is off. Windows certification fails drivers where it is above 5 seconds.',
    { label: 'Selective suspend idle time-out in units of seconds', defaultValue: '3', range: { min: 1, max: 60 }, rules: ['R31'] },
  ),
  defineKeyword(
    '*PacketCoalescing',
    'power',
    'enum',
    'Lets the adapter hold back broadcast and multicast packets briefly and deliver them in batches, so a sleeping-ish CPU wakes less often. Turn it off if an application needs every broadcast immediately.',
    { label: 'Packet coalescing', values: ON_OFF, defaultValue: '1', rules: ['R32'] },
  ),
];

/** Hardware and software packet timestamping. */
export const TIMESTAMP_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*PtpHardwareTimestamp',
    'timestamping',
    'enum',
    'Has the adapter stamp PTPv2 (over UDP) packets in hardware for precise time synchronization. Off by default; an unsupported value makes the driver disable hardware timestamping entirely.',
    {
      label: 'PTP Hardware Timestamp',
      values: [
        ['0', 'Disabled'],
        ['1', 'Enabled'],
      ],
      defaultValue: '0',
      rules: ['R33'],
    },
  ),
  defineKeyword(
    '*SoftwareTimestamp',
    'timestamping',
    'enum',
    'Has the driver timestamp received and/or transmitted packets in software. Useful for diagnostics and time sync; it costs a little CPU per packet.',
    {
      label: 'Software Timestamp',
      values: [
        ['0', 'Disabled'],
        ['1', 'RxAll'],
        ['2', 'TxAll'],
        ['3', 'RxAll & TxAll'],
        ['4', 'TaggedTx'],
        ['5', 'RxAll & TaggedTx'],
      ],
      defaultValue: '0',
      rules: ['R33'],
    },
  ),
];
