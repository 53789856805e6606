/**
 * Where each rule comes from and how sure we are of it (reference §4 and its tags [C], [D], [U]).
 * Shown as a finding's details line, so the main sentence stays free of provenance.
 */

import type { FindingDetails } from './types';

const LEARN = 'Microsoft Learn';
const COMBINING = `${LEARN}, "Combining types of task offloads"`;
const RSS_VMQ_SRIOV = `${LEARN}, "Handling SR-IOV, VMQ, and RSS standardized INF keywords"`;
const RSS = `${LEARN}, "Standardized INF keywords for RSS"`;
const NDI_SCHEMA = `${LEARN}, "Keywords for Ndi\\params" and "Enumeration keywords"`;

const documented = (source: string): FindingDetails => ({ source, confidence: 'documented' });
const derived = (source: string): FindingDetails => ({ source, confidence: 'derived' });

/** By finding id (exact), else by rule number (the part before the dot). */
const SOURCES: Readonly<Record<string, FindingDetails>> = {
  R2: derived(COMBINING),
  R3: derived(COMBINING),
  R4: documented(COMBINING),
  'R5.a': documented(COMBINING),
  'R5.b': derived(`${LEARN}, "IPsec task offload version 2 in NDIS 6.1"`),
  R6: documented(`${LEARN}, "Enumeration keywords"`),
  R7: derived(`${LEARN}, "Using registry values to enable and disable task offloading"`),
  R8: derived(`${LEARN}, "NDIS_OFFLOAD_PARAMETERS"`),
  R9: documented(`${LEARN}, "TCP/IP offload" and "Introduction to NDIS 6.70"`),
  R10: documented(`${LEARN}, "Standardized INF keywords for VMQ"`),
  R11: derived(`${LEARN}, "Indicating coalesced segments" and Disable-NetAdapterChecksumOffload`),
  R14: derived(`${LEARN}, "UDP receive segment coalescing offload (URO)"`),
  R16: documented(RSS_VMQ_SRIOV),
  R17: documented(RSS_VMQ_SRIOV),
  R19: documented(RSS),
  'R20.a': documented(RSS),
  'R20.b': derived(RSS),
  R23: documented(`${LEARN}, "Standardized INF keywords for VMQ"`),
  R24: documented(`${LEARN}, "Standardized INF keywords for VMMQ"`),
  R25: documented(`${LEARN}, "Standardized INF keywords for NDIS QoS"`),
  R26: documented(`${LEARN}, "Standardized INF keywords for NDIS QoS"`),
  R28: documented(`${LEARN}, "Enumeration keywords"`),
  R29: documented(`${LEARN}, "INF requirements for NDKPI"`),
  R30: documented(`${LEARN}, "INF requirements for NDKPI"`),
  R31: documented(`${LEARN}, "Standardized INF keywords for NDIS selective suspend"`),
  R33: documented(`${LEARN}, "Standardized INF keywords for NDIS packet timestamping"`),
  R34: documented(`${LEARN}, "Standardized INF keywords for NVGRE task offload"`),
  R36: documented(`${LEARN}, "Standardized INF keywords for network devices"`),
  R37: derived(NDI_SCHEMA),
  R38: documented(`${LEARN}, "Keywords not displayed in the user interface"`),
  R41: documented(`${LEARN}, "Using registry values to enable and disable task offloading"`),
};

const UNKNOWN: FindingDetails = { source: 'this project’s rules', confidence: 'unconfirmed' };

// Rules run on every keystroke for every adapter: resolve each id once.
const resolved = new Map<string, FindingDetails>();

/** Source and confidence of a finding id such as "R3.a". */
export function ruleDetails(id: string): FindingDetails {
  let details = resolved.get(id);
  if (details === undefined) {
    const dot = id.indexOf('.');
    details = SOURCES[id] ?? (dot > 0 ? SOURCES[id.slice(0, dot)] : undefined) ?? UNKNOWN;
    if (resolved.size < 1000) resolved.set(id, details);
  }
  return details;
}

/** "derived from Microsoft Learn, …" — the words for a details line. */
export function confidenceText(details: FindingDetails): string {
  switch (details.confidence) {
    case 'documented':
      return `documented: ${details.source}`;
    case 'derived':
      return `a recommendation derived from ${details.source}, not a documented Windows rule`;
    default:
      return `not confirmed by the documentation (${details.source})`;
  }
}
