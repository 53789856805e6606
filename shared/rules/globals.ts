/** Machine-wide overrides: R41 (reference §5). */

import type { AdapterView } from './adapter-view';
import { checksumKeywordsOn } from './task-offloads';
import type { RuleFinding } from './types';
import { joinLabels } from './wording';

const IPSEC = ['*IPsecOffloadV1IPv4', '*IPsecOffloadV2', '*IPsecOffloadV2IPv4'];

/** R41: DisableTaskOffload=1 turns every task offload off; Ipsec\EnabledOffload=0 turns IPsec offload off. */
export function globalsRules(view: AdapterView, out: RuleFinding[]): void {
  const ipsecOn = IPSEC.filter((k) => (view.int(k) ?? 0) !== 0);
  if (view.globals.disableTaskOffload === 1) {
    const on = [...checksumKeywordsOn(view), ...['*LsoV1IPv4', '*LsoV2IPv4', '*LsoV2IPv6'].filter((k) => view.isOn(k)), ...ipsecOn];
    if (on.length > 0) {
      out.push({
        id: 'R41.a',
        severity: 'info',
        keywords: on.map((k) => view.name(k)),
        message:
          `DisableTaskOffload=1 is set for the whole computer, so TCP/IP offloads no tasks to any adapter: ` +
          `${joinLabels(on.map((k) => view.label(k)))} ${on.length > 1 ? 'have' : 'has'} no effect until it is removed or set to 0.`,
        fixes: [],
      });
    }
  }
  if (view.globals.ipsecEnabledOffload === 0 && ipsecOn.length > 0) {
    out.push({
      id: 'R41.b',
      severity: 'info',
      keywords: ipsecOn.map((k) => view.name(k)),
      message: `IPsec offload is turned off for the whole computer (Ipsec EnabledOffload=0), so ${joinLabels(ipsecOn.map((k) => view.label(k)))} has no effect.`,
      fixes: [],
    });
  }
}
