/** Receive coalescing and UDP offloads: R11, R14, and R15 (USO is never flagged for checksum settings). */

import type { AdapterView } from './adapter-view';
import { checksumState, directionOnFix, keywordsWithDirectionOff, type ChecksumProtocol, type IpVersion } from './checksum-state';
import { allOrNothing, firstAllowed, firstFix } from './fixes';
import type { Finding } from './types';
import { RECOMMENDATION, doesOrDo, joinLabels } from './wording';

/** Receive checksums each coalescing feature needs (R11: RSC; R14: URO per IP version). */
const RX_NEEDS: readonly { id: string; feature: string; needs: readonly [ChecksumProtocol, IpVersion][]; why: string }[] = [
  { id: 'R11.a', feature: '*RscIPv4', needs: [['tcp', 4], ['ip', 4]], why: 'coalesced TCP segments must carry verified checksums, and turning checksum offload off also turns RSC off' },
  { id: 'R11.b', feature: '*RscIPv6', needs: [['tcp', 6]], why: 'coalesced TCP segments must carry verified checksums, and turning checksum offload off also turns RSC off' },
  { id: 'R14.a', feature: '*UdpRsc', needs: [['udp', 4], ['ip', 4]], why: 'URO needs receive checksum offload to validate the UDP and IPv4 header checksums' },
  { id: 'R14.b', feature: '*UdpRsc', needs: [['udp', 6]], why: 'URO needs receive checksum offload to validate the UDP checksum' },
];

/** R11, R14: a receive-coalescing feature is on while a checksum it relies on does not receive. */
export function rscUroRules(view: AdapterView, out: Finding[]): void {
  for (const rule of RX_NEEDS) {
    if (!view.isOn(rule.feature)) continue;
    const off: string[] = [];
    for (const [protocol, ip] of rule.needs) {
      const state = checksumState(view, protocol, ip);
      if (state.rx === 'off') off.push(...keywordsWithDirectionOff(view, state.sources, 'rx'));
    }
    if (off.length === 0) continue;
    const offKeywords = [...new Set(off)];
    const labels = offKeywords.map((kw) => view.label(kw));
    out.push({
      id: rule.id,
      severity: 'warning',
      keywords: [view.name(rule.feature), ...offKeywords],
      message:
        `${view.label(rule.feature)} is on, but ${joinLabels(labels)} ${doesOrDo(labels)} not receive: ` +
        `${rule.why}, so it will probably not be used. ${RECOMMENDATION}`,
      fix: firstFix(
        () => directionOnFix(view, offKeywords, 'rx'),
        () => allOrNothing([firstAllowed(view, rule.feature, ['0'])]),
      ),
    });
  }
  // R15: USO (*UsoIPv4/*UsoIPv6) is documented as independent of checksum offload: never flag it here.
}
