/** Receive coalescing and UDP offloads: R11, R14, and R15 (USO is never flagged for checksum settings). */

import type { AdapterView } from './adapter-view';
import { checksumPrerequisiteFindings, type ChecksumPrerequisite } from './checksum-prerequisite';
import type { RuleFinding } from './types';

/** Receive checksums each coalescing feature needs (R11: RSC; R14: URO per IP version). */
const RSC_WHY = 'coalesced TCP segments must carry verified checksums, and turning checksum offload off also turns RSC off, so it will probably not be used.';
const RX_NEEDS: readonly ChecksumPrerequisite[] = [
  {
    id: 'R11.a',
    feature: '*RscIPv4',
    needs: [
      ['tcp', 4],
      ['ip', 4],
    ],
    consequence: RSC_WHY,
  },
  { id: 'R11.b', feature: '*RscIPv6', needs: [['tcp', 6]], consequence: RSC_WHY },
  {
    id: 'R14.a',
    feature: '*UdpRsc',
    needs: [
      ['udp', 4],
      ['ip', 4],
    ],
    consequence: 'URO needs receive checksum offload to validate the UDP and IPv4 header checksums, so it will probably not be used.',
  },
  {
    id: 'R14.b',
    feature: '*UdpRsc',
    needs: [['udp', 6]],
    consequence: 'URO needs receive checksum offload to validate the UDP checksum, so it will probably not be used.',
  },
];

/** R11, R14: a receive-coalescing feature is on while a checksum it relies on does not receive. */
export function rscUroRules(view: AdapterView, out: RuleFinding[]): void {
  checksumPrerequisiteFindings(view, RX_NEEDS, 'rx', out);
  // R15: USO (*UsoIPv4/*UsoIPv6) is documented as independent of checksum offload: never flag it here.
}
