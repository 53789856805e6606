/**
 * Find "the same adapter" in another source (a customer's export, the live registry): by the
 * interface GUID first, which survives everything but a reinstall; else by driver and description
 * when that picks exactly one; else by the instance key name.
 */

import type { AdapterDetails } from '../model/adapter';

export type MatchedBy = 'netCfgInstanceId' | 'componentId+description' | 'instanceId' | 'named';

export interface AdapterMatch {
  readonly details: AdapterDetails;
  readonly matchedBy: MatchedBy;
}

const same = (x: string | null, y: string | null) => x !== null && y !== null && x.toLowerCase() === y.toLowerCase();

/** The adapter among `candidates` that is `adapter`, or null when none can be told apart. */
export function matchAdapter(adapter: AdapterDetails, candidates: readonly AdapterDetails[]): AdapterMatch | null {
  const a = adapter.adapter;
  const byGuid = candidates.filter((c) => same(c.adapter.netCfgInstanceId, a.netCfgInstanceId));
  if (byGuid.length === 1) return { details: byGuid[0]!, matchedBy: 'netCfgInstanceId' };
  const byDriver = candidates.filter((c) => same(c.adapter.componentId, a.componentId) && same(c.adapter.description, a.description));
  if (byDriver.length === 1) return { details: byDriver[0]!, matchedBy: 'componentId+description' };
  // Several ports of one model: the one at the same instance key, if it is one of them.
  const byId = (byDriver.length > 1 ? byDriver : candidates).filter((c) => c.adapter.id === a.id);
  if (byId.length === 1) return { details: byId[0]!, matchedBy: 'instanceId' };
  return null;
}

/** How the match was made, for a person. */
export function matchedByText(m: MatchedBy): string {
  switch (m) {
    case 'netCfgInstanceId':
      return 'matched by NetCfgInstanceId (the interface GUID)';
    case 'componentId+description':
      return 'matched by ComponentId and description';
    case 'instanceId':
      return 'matched by instance id';
    case 'named':
      return 'named on the command line';
  }
}
