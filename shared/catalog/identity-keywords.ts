/** Identity keywords that never appear on the Advanced page (reference §3.1). */

import { defineKeyword } from './define';
import type { CatalogEntry } from './types';

/** Mandatory and hidden identity keywords, plus the NetAdapterCx INF directives. */
export const IDENTITY_KEYWORDS: readonly CatalogEntry[] = [
  defineKeyword(
    '*IfType',
    'identity-hidden',
    'hidden',
    'The IANA interface type (6 Ethernet, 71 Wi-Fi, 243/244 mobile broadband ...). Set once by the INF; without it NDIS never starts the driver. Never edit it.',
    { mustBePresent: true, rules: ['R36'] },
  ),
  defineKeyword(
    '*MediaType',
    'identity-hidden',
    'hidden',
    'The NDIS medium (0 = 802.3 Ethernet, 16 = native 802.11 ...). Set by the INF and mandatory; never edit it.',
    { mustBePresent: true, rules: ['R36'] },
  ),
  defineKeyword(
    '*PhysicalMediaType',
    'identity-hidden',
    'hidden',
    'The physical medium (14 = 802.3 Ethernet, 9 = native 802.11 ...). Set by the INF and mandatory; Ethernet adapters must report 14.',
    { mustBePresent: true, rules: ['R36'] },
  ),
  defineKeyword(
    '*NdisDeviceType',
    'identity-hidden',
    'hidden',
    'Marks an endpoint device (1) that is not a real network, such as a phone; network location awareness then ignores it. VPN adapters must not use 1.',
    {
      values: [
        ['0', 'Normal networking device'],
        ['1', 'Endpoint device'],
      ],
      defaultValue: '0',
      rules: ['R38'],
    },
  ),
  defineKeyword(
    '*IfConnectorPresent',
    'identity-hidden',
    'hidden',
    'NetAdapterCx INF directive: 1 for a physical adapter with a connector. Set by the INF.',
    {},
  ),
  defineKeyword(
    '*ConnectionType',
    'identity-hidden',
    'hidden',
    'NetAdapterCx INF directive describing the connection type (NET_IF_CONNECTION_TYPE). Set by the INF.',
    {},
  ),
  defineKeyword(
    '*DirectionType',
    'identity-hidden',
    'hidden',
    'NetAdapterCx INF directive describing send/receive direction (NET_IF_DIRECTION_TYPE). Set by the INF.',
    {},
  ),
  defineKeyword('*AccessType', 'identity-hidden', 'hidden', 'NetAdapterCx INF directive describing the access type (NET_IF_ACCESS_TYPE). Set by the INF.', {}),
  defineKeyword(
    '*HardwareLoopback',
    'identity-hidden',
    'hidden',
    'NetAdapterCx INF directive: whether the hardware loops back its own transmitted packets. Set by the INF.',
    {},
  ),
  defineKeyword(
    'NumberOfNetworkInterfaces',
    'identity-hidden',
    'hidden',
    'NetAdapterCx INF directive: how many network interfaces the device exposes (optional). Set by the INF.',
    {},
  ),
];
