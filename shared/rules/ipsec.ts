/** IPsec offload and deprecated offloads: R4, R5, R8, R9 (reference §4.1, §4.2). */

import type { AdapterView } from './adapter-view';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import type { RuleFinding } from './types';
import { joinLabels } from './wording';

const IPSEC_V1 = '*IPsecOffloadV1IPv4';
const IPSEC_V2 = ['*IPsecOffloadV2', '*IPsecOffloadV2IPv4'];
const CHIMNEY = ['*TCPConnectionOffloadIPv4', '*TCPConnectionOffloadIPv6'];

function isNonZero(view: AdapterView, keyword: string): boolean {
  const n = view.int(keyword);
  return n !== null && n !== 0;
}

/** LSO keywords that are on and actually used (LSOv1 is ignored next to *LsoV2IPv4, R6). */
export function activeLsoKeywords(view: AdapterView): string[] {
  const active: string[] = [];
  if (view.isOn('*LsoV1IPv4') && !view.has('*LsoV2IPv4')) active.push('*LsoV1IPv4');
  if (view.isOn('*LsoV2IPv4')) active.push('*LsoV2IPv4');
  if (view.isOn('*LsoV2IPv6')) active.push('*LsoV2IPv6');
  return active;
}

/** True when the globals switch IPsec offload off anyway (R41, reference §5). */
export function ipsecOffGlobally(view: AdapterView): boolean {
  return view.globals.disableTaskOffload === 1 || view.globals.ipsecEnabledOffload === 0;
}

/** R4, R5: NDIS configures either IPsec v1 or LSO, never both; IPsec v2 coexistence depends on hardware. */
function ipsecVersusLso(view: AdapterView, out: RuleFinding[]): void {
  if (ipsecOffGlobally(view)) return; // IPsec offload is off machine-wide: nothing competes with LSO
  const lso = activeLsoKeywords(view);
  if (lso.length === 0) return;
  if (isNonZero(view, IPSEC_V1)) {
    const turnOffIpsec = allOrNothing([firstAllowed(view, IPSEC_V1, ['0'])]);
    for (const [id, group] of [
      ['R4', lso.filter((k) => k === '*LsoV1IPv4')],
      ['R5.a', lso.filter((k) => k !== '*LsoV1IPv4')],
    ] as const) {
      if (group.length === 0) continue;
      const labels = group.map((k) => view.label(k));
      out.push({
        id,
        severity: 'warning',
        keywords: [view.name(IPSEC_V1), ...group.map((k) => view.name(k))],
        message:
          `${view.label(IPSEC_V1)} is on together with ${joinLabels(labels)}: NDIS turns on either IPsec offload or ` +
          `Large Send Offload, never both, so one of them will not work. IPsec task offload is deprecated; turning it off keeps LSO.`,
        // Turning IPsec off keeps LSO (and IPsec task offload is deprecated); turning LSO off keeps IPsec offload.
        fixes: alternatives(view, turnOffIpsec, allOrNothing(group.map((k) => firstAllowed(view, k, ['0'])))),
      });
    }
  }
  const v2On = IPSEC_V2.filter((k) => isNonZero(view, k));
  if (v2On.length > 0) {
    out.push({
      id: 'R5.b',
      severity: 'info',
      keywords: [...v2On.map((k) => view.name(k)), ...lso.map((k) => view.name(k))],
      message:
        `${joinLabels(v2On.map((k) => view.label(k)))} and Large Send Offload are both on. IPsec offload version 2 can work ` +
        'together with LSO only if the hardware says so, and never for tunnel-mode packets.',
      fixes: [],
    });
  }
}

/** R8: *IPsecOffloadV2 (IPv4+IPv6) and the IPv4-only *IPsecOffloadV2IPv4 should not both exist. */
function ipsecV2Overlap(view: AdapterView, out: RuleFinding[]): void {
  const [both, v4] = IPSEC_V2 as [string, string];
  if (!view.has(both) || !view.has(v4)) return;
  out.push({
    id: 'R8',
    severity: 'warning',
    keywords: [view.name(both), view.name(v4)],
    message:
      `This adapter has both ${view.label(both)} and ${view.label(v4)}. The IPv4-only setting is meant for adapters without IPv6 ` +
      `and is unused when the adapter supports IPv6, so ${view.label(v4)} probably has no effect.`,
    fixes: alternatives(view, view.inNdiParams(v4) ? null : [{ keyword: view.name(v4), value: null }]),
  });
}

/** R9: IPsec task offload and TCP Chimney are deprecated. */
function deprecatedOffloads(view: AdapterView, out: RuleFinding[]): void {
  const groups: readonly [string, readonly string[], string][] = [
    ['R9.a', [IPSEC_V1, ...IPSEC_V2], 'IPsec task offload is deprecated: Microsoft says it should not be used.'],
    ['R9.b', CHIMNEY, 'TCP Chimney (connection offload) was deprecated in NDIS 6.70 and is not supported for virtual machines since Windows 8.'],
  ];
  for (const [id, keywords, why] of groups) {
    const on = keywords.filter((k) => isNonZero(view, k));
    if (on.length === 0) continue;
    out.push({
      id,
      severity: 'info',
      keywords: on.map((k) => view.name(k)),
      message: `${joinLabels(on.map((k) => view.label(k)))} ${on.length > 1 ? 'are' : 'is'} on. ${why}`,
      fixes: alternatives(view, allOrNothing(on.map((k) => firstAllowed(view, k, ['0'])))),
    });
  }
}

/** IPsec and deprecated-offload rules. */
export function ipsecRules(view: AdapterView, out: RuleFinding[]): void {
  ipsecVersusLso(view, out);
  ipsecV2Overlap(view, out);
  deprecatedOffloads(view, out);
}
