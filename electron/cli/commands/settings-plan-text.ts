/** How copy, profile apply and profile check show a plan for one adapter, in the terminal and as JSON. */

import type { AdapterDetails } from '../../../shared/model/adapter';
import type { SettingsPlan } from '../../../shared/profiles/plan-settings';
import { adapterJson } from '../json-shapes';
import { adapterTitle } from '../open-source';

export function planJson(details: AdapterDetails, plan: SettingsPlan) {
  return {
    adapter: adapterJson(details.adapter),
    changes: plan.changes.map((c) => ({ keyword: c.keyword, label: c.label, from: c.from, to: c.to })),
    unchanged: plan.unchanged.map((u) => ({ keyword: u.keyword, value: u.value })),
    skipped: plan.skipped.map((s) => ({ keyword: s.keyword, value: s.value, code: s.code, reason: s.reason })),
  };
}

/** "Ethernet 2 (0002): 3 to change, 5 already set, 2 cannot be applied:" and one line per skipped keyword. */
export function planLines(details: AdapterDetails, plan: SettingsPlan, verb = 'to change'): string[] {
  const lines = [
    `${adapterTitle(details)} (${details.adapter.id}): ${plan.changes.length} ${verb}, ${plan.unchanged.length} already set, ${plan.skipped.length} not applied${plan.skipped.length > 0 ? ':' : '.'}`,
  ];
  // Reasons name the keyword or its label already; the keyword is added where they do not.
  lines.push(...plan.skipped.map((s) => `  - ${s.reason.includes(s.keyword) ? '' : `${s.keyword}: `}${s.reason}`));
  return lines;
}
