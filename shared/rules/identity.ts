/** Identity rules: R36 (reserved names on the Advanced page), R38 (*NdisDeviceType) (reference §4.6). */

import { RESERVED_VALUE_NAMES } from '../model/reserved-names';
import type { AdapterView } from './adapter-view';
import type { RuleFinding } from './types';

/** R36, R38. */
export function identityRules(view: AdapterView, out: RuleFinding[]): void {
  for (const name of RESERVED_VALUE_NAMES) {
    const p = view.slot(name)?.property;
    if (!p) continue;
    out.push({
      id: 'R36',
      severity: 'error',
      keywords: [p.keyword],
      message:
        `This driver offers ${p.keyword}${p.label && p.label !== p.keyword ? ` ("${p.label}")` : ''} on the Advanced page, but ${p.keyword} is a reserved name that holds ` +
        'installation or identity data: changing it can break the adapter. Do not change it, and report it to the driver vendor.',
      fixes: [],
    });
  }
  if (view.int('*NdisDeviceType') === 1 && view.details.adapter.virtual) {
    out.push({
      id: 'R38',
      severity: 'info',
      keywords: [view.name('*NdisDeviceType')],
      message:
        'This virtual adapter is marked as an endpoint device (*NdisDeviceType=1), so Windows network location awareness ignores it. ' +
        'That is wrong for VPN adapters: if this is a VPN adapter, the driver must not set it.',
      fixes: [],
    });
  }
}
