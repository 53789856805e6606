/** Requested (registry) vs effective state per feature, in the style of `ethtool -k` (design.md, "Rules"). */

import type { AdapterView } from './adapter-view';
import { checksumState, granularChecksumKeyword, groupedChecksumKeyword, parseDirection, type ChecksumProtocol, type IpVersion } from './checksum-state';
import { encapsulationPermitted } from './encapsulation';
import { activeLsoKeywords, ipsecOffGlobally } from './ipsec';
import { priorityVlanEffective } from './qos-table';
import { effectiveRoceFrameSize, usesRoce } from './rdma';
import { receiveInterfaceText } from './receive-table';
import { receiveDecision } from './rss-vmq-sriov';
import type { EffectiveFeature } from './types';

const TASK_OFFLOAD_OFF = 'DisableTaskOffload=1: TCP/IP offloads no tasks to any adapter (R41)';

function onOff(view: AdapterView, kw: string): string {
  const v = view.value(kw);
  if (v === null) return 'absent';
  const n = view.int(kw);
  return n === 1 ? 'on' : n === 0 ? 'off' : `"${v}"`;
}

function directionText(view: AdapterView, kw: string): string {
  const v = view.value(kw);
  if (v === null) return 'absent';
  const dir = parseDirection(view.int(kw));
  if (!dir) return `"${v}"`;
  return dir.tx && dir.rx ? 'Rx & Tx' : dir.tx ? 'Tx' : dir.rx ? 'Rx' : 'off';
}

function feature(feature: string, keywords: readonly string[], requested: string, effective: string, reason: string | null): EffectiveFeature {
  return { feature, keywords, requested, effective, reason: effective === requested ? null : reason };
}

const CHECKSUMS: readonly [string, string][] = [
  ['IPv4 checksum', '*IPChecksumOffloadIPv4'],
  ['TCP checksum IPv4', '*TCPChecksumOffloadIPv4'],
  ['TCP checksum IPv6', '*TCPChecksumOffloadIPv6'],
  ['UDP checksum IPv4', '*UDPChecksumOffloadIPv4'],
  ['UDP checksum IPv6', '*UDPChecksumOffloadIPv6'],
  ['TCP/UDP checksum IPv4', '*TCPUDPChecksumOffloadIPv4'],
  ['TCP/UDP checksum IPv6', '*TCPUDPChecksumOffloadIPv6'],
];

function checksumFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  for (const [name, kw] of CHECKSUMS) {
    if (!view.has(kw)) continue;
    const requested = directionText(view, kw);
    if (view.globals.disableTaskOffload === 1 && requested !== 'off') {
      out.push(feature(name, [view.name(kw)], requested, 'off', TASK_OFFLOAD_OFF));
      continue;
    }
    // Grouped and granular for the same checksum disagree: which one the driver follows is undocumented (R7).
    const ip: IpVersion = kw.endsWith('6') ? 6 : 4;
    const protocols: ChecksumProtocol[] = kw.startsWith('*TCPUDP')
      ? ip === 4
        ? ['ip', 'tcp', 'udp']
        : ['tcp', 'udp']
      : [kw.startsWith('*IP') ? 'ip' : kw.startsWith('*TCP') ? 'tcp' : 'udp'];
    const conflict = protocols.some((p) => {
      const g = groupedChecksumKeyword(p, ip);
      const s = granularChecksumKeyword(p, ip);
      return g !== null && s !== null && view.has(g) && view.has(s) && view.int(g) !== view.int(s);
    });
    out.push(
      feature(
        name,
        [view.name(kw)],
        requested,
        conflict ? 'uncertain' : requested,
        'grouped and granular checksum keywords disagree; which one the driver follows is undocumented (R7)',
      ),
    );
  }
}

const LSO: readonly [string, string, readonly [ChecksumProtocol, IpVersion][]][] = [
  [
    'LSOv1 IPv4',
    '*LsoV1IPv4',
    [
      ['tcp', 4],
      ['ip', 4],
    ],
  ],
  [
    'LSOv2 IPv4',
    '*LsoV2IPv4',
    [
      ['tcp', 4],
      ['ip', 4],
    ],
  ],
  ['LSOv2 IPv6', '*LsoV2IPv6', [['tcp', 6]]],
];

function txOffReason(view: AdapterView, needs: readonly [ChecksumProtocol, IpVersion][]): string | null {
  for (const [p, ip] of needs) {
    const s = checksumState(view, p, ip);
    if (s.tx === 'off') return `${p.toUpperCase()} checksum Tx is disabled (${s.sources.join(', ')}); LSO needs transmit checksum offload (R2/R3)`;
  }
  return null;
}

function lsoFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  const ipsecV1 = (view.int('*IPsecOffloadV1IPv4') ?? 0) !== 0 && !ipsecOffGlobally(view);
  for (const [name, kw, needs] of LSO) {
    if (!view.has(kw)) continue;
    const requested = onOff(view, kw);
    const keywords = [view.name(kw)];
    if (requested !== 'on') {
      out.push(feature(name, keywords, requested, requested, null));
    } else if (view.globals.disableTaskOffload === 1) {
      out.push(feature(name, keywords, requested, 'off', TASK_OFFLOAD_OFF));
    } else if (kw === '*LsoV1IPv4' && view.has('*LsoV2IPv4')) {
      out.push(feature(name, keywords, requested, 'ignored', '*LsoV1IPv4 is ignored because *LsoV2IPv4 exists, and it always wins (R6)'));
    } else {
      const reason = txOffReason(view, needs);
      if (reason) out.push(feature(name, keywords, requested, 'off', reason));
      else if (ipsecV1)
        out.push(feature(name, keywords, requested, 'uncertain', 'IPsec offload v1 is on: NDIS enables either IPsec offload or LSO, never both (R4/R5)'));
      else out.push(feature(name, keywords, requested, 'on', null));
    }
  }
}

const IPSEC_TEXT = ['off', 'AH', 'ESP', 'AH & ESP'];

function ipsecFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  const rows: readonly [string, string][] = [
    ['IPsec offload v1 IPv4', '*IPsecOffloadV1IPv4'],
    ['IPsec offload v2', '*IPsecOffloadV2'],
    ['IPsec offload v2 IPv4-only', '*IPsecOffloadV2IPv4'],
  ];
  for (const [name, kw] of rows) {
    if (!view.has(kw)) continue;
    const n = view.int(kw);
    const v = view.value(kw);
    const requested = v === null ? 'absent' : n !== null && IPSEC_TEXT[n] !== undefined ? (IPSEC_TEXT[n] as string) : `"${v}"`;
    const keywords = [view.name(kw)];
    if (n === 0 || n === null) out.push(feature(name, keywords, requested, requested, null));
    else if (view.globals.disableTaskOffload === 1) out.push(feature(name, keywords, requested, 'off', TASK_OFFLOAD_OFF));
    else if (view.globals.ipsecEnabledOffload === 0)
      out.push(feature(name, keywords, requested, 'off', 'Ipsec EnabledOffload=0 turns IPsec offload off on every adapter (R41)'));
    else if (kw === '*IPsecOffloadV2IPv4' && view.has('*IPsecOffloadV2'))
      out.push(
        feature(
          name,
          keywords,
          requested,
          'probably unused',
          'the IPv4-only keyword is unused when the adapter supports IPv6 (*IPsecOffloadV2 exists) (R8, derived)',
        ),
      );
    else if (kw === '*IPsecOffloadV1IPv4' && activeLsoKeywords(view).length > 0)
      out.push(feature(name, keywords, requested, 'uncertain', 'LSO is on: NDIS enables either IPsec offload v1 or LSO, never both (R4/R5)'));
    else out.push(feature(name, keywords, requested, requested, null));
  }
}

function rxOffReason(view: AdapterView, needs: readonly [ChecksumProtocol, IpVersion][], rule: string): string | null {
  for (const [p, ip] of needs) {
    const s = checksumState(view, p, ip);
    if (s.rx === 'off') return `${p.toUpperCase()} checksum Rx is disabled (${s.sources.join(', ')}); receive coalescing needs verified checksums (${rule})`;
  }
  return null;
}

function coalescingFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  const rsc: readonly [string, string, readonly [ChecksumProtocol, IpVersion][]][] = [
    [
      'RSC IPv4',
      '*RscIPv4',
      [
        ['tcp', 4],
        ['ip', 4],
      ],
    ],
    ['RSC IPv6', '*RscIPv6', [['tcp', 6]]],
  ];
  for (const [name, kw, needs] of rsc) {
    if (!view.has(kw)) continue;
    const requested = onOff(view, kw);
    const reason = requested === 'on' ? rxOffReason(view, needs, 'R11') : null;
    out.push(feature(name, [view.name(kw)], requested, reason ? 'off' : requested, reason));
  }
  if (view.has('*UdpRsc')) {
    const requested = onOff(view, '*UdpRsc');
    const v4 =
      requested === 'on'
        ? rxOffReason(
            view,
            [
              ['udp', 4],
              ['ip', 4],
            ],
            'R14',
          )
        : null;
    const v6 = requested === 'on' ? rxOffReason(view, [['udp', 6]], 'R14') : null;
    const effective = v4 && v6 ? 'off' : v4 ? 'IPv6 only' : v6 ? 'IPv4 only' : requested;
    out.push(feature('URO', [view.name('*UdpRsc')], requested, effective, [v4, v6].filter(Boolean).join('; ') || null));
  }
  // R15: USO does not depend on checksum offload, so its effective state is what is requested.
  for (const [name, kw] of [
    ['USO IPv4', '*UsoIPv4'],
    ['USO IPv6', '*UsoIPv6'],
  ] as const) {
    if (!view.has(kw)) continue;
    const requested = onOff(view, kw);
    out.push(feature(name, [view.name(kw)], requested, requested, null));
  }
}

function encapsulationFeature(view: AdapterView, out: EffectiveFeature[]): void {
  const kw = '*EncapsulatedPacketTaskOffload';
  if (!view.has(kw)) return;
  const requested = onOff(view, kw);
  if (requested !== 'on') out.push(feature('Encapsulated task offload', [view.name(kw)], requested, requested, null));
  else if (view.globals.disableTaskOffload === 1) out.push(feature('Encapsulated task offload', [view.name(kw)], requested, 'off', TASK_OFFLOAD_OFF));
  else if (encapsulationPermitted(view)) {
    out.push(
      feature(
        'Encapsulated task offload',
        [view.name(kw)],
        requested,
        'permitted',
        'the keyword only permits NVGRE/VXLAN offload; a protocol must enable it at run time (R34)',
      ),
    );
  }
}

function receiveFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  if (!view.has('*RSS') && !view.has('*VMQ') && !view.has('*SRIOV')) return;
  const decision = receiveDecision(view);
  const prefs = ['*SriovPreferred', '*RssOrVmqPreference'].map((k) => `${k}=${view.value(k) ?? 'absent'}`).join(', ');
  const undocumented = decision.active === 'undocumented';
  const why = undocumented
    ? `this combination is not in the documented decision table (${prefs}) (R16)`
    : `the driver activates ${receiveInterfaceText(decision.active)} (${prefs}, table row ${decision.row}) (R16)`;
  const rows: readonly [string, string, boolean][] = [
    ['RSS', '*RSS', decision.active === 'rss'],
    ['VMQ', '*VMQ', decision.active === 'vmq' || decision.active === 'sriov+vmq'],
    ['SR-IOV', '*SRIOV', decision.active === 'sriov+vmq'],
  ];
  for (const [name, kw, active] of rows) {
    if (!view.has(kw)) continue;
    const requested = onOff(view, kw);
    const effective = undocumented ? 'undefined' : active ? 'on' : requested === 'on' ? 'inactive' : requested;
    out.push(feature(name, [view.name(kw)], requested, effective, why));
  }
}

function qosFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  const kw = '*PriorityVLANTag';
  if (!view.has(kw)) return;
  const tag = view.int(kw);
  const effective = priorityVlanEffective(view.value('*QOS'), view.value(kw));
  const requestedBits = tag !== null && tag >= 0 && tag <= 3 ? { priority: (tag & 1) === 1, vlan: (tag & 2) === 2 } : null;
  const keywords = [view.name(kw), ...(view.has('*QOS') ? [view.name('*QOS')] : [])];
  const reason = `NDIS QoS is on, so packet priority tagging stays on (R25, table row ${effective?.row ?? '?'})`;
  for (const [name, bit] of [
    ['Packet priority tagging', 'priority'],
    ['VLAN tagging', 'vlan'],
  ] as const) {
    const requested = requestedBits ? (requestedBits[bit] ? 'on' : 'off') : view.value(kw) === null ? 'absent' : `"${view.value(kw)}"`;
    const eff = effective ? (effective[bit] ? 'on' : 'off') : 'undefined';
    out.push(feature(name, keywords, requested, eff, effective ? reason : 'values outside the documented QoS / VLAN table (R25)'));
  }
}

function rdmaFeatures(view: AdapterView, out: EffectiveFeature[]): void {
  const kw = '*NetworkDirectRoCEFrameSize';
  if (!view.has(kw) || !usesRoce(view)) return;
  const requested = view.value(kw) ?? 'absent';
  const used = effectiveRoceFrameSize(view);
  out.push(
    feature(
      'RoCE frame size',
      [view.name(kw)],
      requested,
      used === null ? 'undefined' : String(used),
      `the adapter uses the largest supported size not above *JumboPacket (${view.int('*JumboPacket') ?? 1514}) (R29)`,
    ),
  );
}

/** Effective state of every offload feature this adapter has. */
export function effectiveState(view: AdapterView): EffectiveFeature[] {
  const out: EffectiveFeature[] = [];
  checksumFeatures(view, out);
  lsoFeatures(view, out);
  ipsecFeatures(view, out);
  coalescingFeatures(view, out);
  encapsulationFeature(view, out);
  receiveFeatures(view, out);
  qosFeatures(view, out);
  rdmaFeatures(view, out);
  return out;
}
