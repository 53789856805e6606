/** QoS and VLAN rules: R25, R26 (reference §4.5). */

import type { AdapterView } from './adapter-view';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import { priorityVlanEffective, tagValueFor } from './qos-table';
import type { RuleFinding } from './types';

/** R25: with NDIS QoS on, priority tagging cannot be turned off. */
function qosForcesPriority(view: AdapterView, out: RuleFinding[]): void {
  const tagKw = '*PriorityVLANTag';
  if (!view.has(tagKw) || !view.isOn('*QOS')) return;
  const tag = view.int(tagKw);
  if (tag !== 0 && tag !== 2) return;
  const effective = priorityVlanEffective(view.value('*QOS'), view.value(tagKw));
  if (!effective) return;
  // First fix: keep behaviour identical and make the setting say what really happens (0 -> 1, 2 -> 3).
  // Second: turn QoS off, so the tagging chosen here takes effect (and DCB goes off with it, R26).
  const honest = String(tagValueFor(effective));
  out.push({
    id: 'R25',
    severity: 'warning',
    keywords: [view.name('*QOS'), view.name(tagKw)],
    message:
      `${view.label(tagKw)} is set to ${view.valueText(tagKw)}, but ${view.label('*QOS')} is on, so packet priority tagging stays on ` +
      `anyway${effective.vlan ? ' (and VLAN tagging is on)' : ''}. Priority tagging cannot be turned off while QoS is on.`,
    fixes: alternatives(view, allOrNothing([firstAllowed(view, tagKw, [honest])]), allOrNothing([firstAllowed(view, '*QOS', ['0'])])),
  });
}

/** R26: *QOS off or absent means no QoS capability and no DCB / DCBX. */
function qosOffDisablesDcb(view: AdapterView, out: RuleFinding[]): void {
  const kw = '*QOS';
  if (!view.has(kw)) return;
  const q = view.int(kw);
  if (q !== 0 && view.value(kw) !== null) return;
  out.push({
    id: 'R26',
    severity: 'info',
    keywords: [view.name(kw)],
    message: `${view.label(kw)} is ${view.value(kw) === null ? 'not set' : 'off'}: the driver reports no QoS capability and turns off Data Center Bridging (DCB and DCBX).`,
    fixes: [],
  });
}

/** QoS / VLAN rules. */
export function qosVlanRules(view: AdapterView, out: RuleFinding[]): void {
  qosForcesPriority(view, out);
  qosOffDisablesDcb(view, out);
}
