/** Encapsulated-packet (NVGRE / VXLAN) rules: R34 (reference §4.6). */

import type { AdapterView } from './adapter-view';
import type { RuleFinding } from './types';

const ENCAP_KEYWORDS = ['*EncapsulatedPacketTaskOffload', '*EncapsulatedPacketTaskOffloadNvgre', '*EncapsulatedPacketTaskOffloadVxlan'];

/** IANA VXLAN port, the documented default. */
export const VXLAN_IANA_PORT = 4789;

/** Encapsulated task offload is permitted by some keyword of the adapter. */
export function encapsulationPermitted(view: AdapterView): boolean {
  return ENCAP_KEYWORDS.some((k) => view.isOn(k));
}

/** R34: the keyword only permits offload; VXLAN port changes must match every host; NVGRE packets only get LSOv2. */
export function encapsulationRules(view: AdapterView, out: RuleFinding[]): void {
  const on = ENCAP_KEYWORDS.filter((k) => view.isOn(k));
  if (on.length > 0) {
    out.push({
      id: 'R34.c',
      severity: 'info',
      keywords: on.map((k) => view.name(k)),
      message:
        `${view.label(on[0] as string)} only permits task offloads for NVGRE/VXLAN-encapsulated packets: they start working when ` +
        'the network virtualization stack turns them on at run time, not when this setting is saved.',
      fixes: [],
    });
  }
  const portKw = '*VxlanUDPPortNumber';
  const port = view.int(portKw);
  if (port !== null && port !== VXLAN_IANA_PORT) {
    out.push({
      id: 'R34.a',
      severity: 'info',
      keywords: [view.name(portKw)],
      message: `The VXLAN UDP port is ${port} instead of the standard ${VXLAN_IANA_PORT}: every host and switch in the overlay must use the same port, or encapsulated traffic is not offloaded.`,
      fixes: [],
    });
  }
  if (encapsulationPermitted(view) && view.isOn('*LsoV1IPv4') && !view.has('*LsoV2IPv4')) {
    out.push({
      id: 'R34.b',
      severity: 'info',
      keywords: [view.name('*LsoV1IPv4')],
      message: `Encapsulated task offload is on, but this adapter only has ${view.label('*LsoV1IPv4')}: NVGRE-encapsulated packets can use only LSO version 2, so they are not segmented by the adapter.`,
      fixes: [],
    });
  }
}
