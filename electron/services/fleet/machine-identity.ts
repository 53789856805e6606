/** A machine's name and facts: from the collector's sidecar, or from its file name with a note why not. */

import { MAX_SIDECAR_BYTES, parseSidecar } from '../../../shared/fleet/sidecar';
import { readBounded } from '../../sources/bounded-read';
import type { MachineFiles } from './fleet-inputs';
import { readFailure } from './read-failure';

export interface MachineIdentity {
  readonly machine: string;
  readonly osBuild: string | null;
  readonly collectedAt: string | null;
  /** Why the sidecar was not used, when there is one that was not. */
  readonly notes: readonly string[];
}

export async function machineIdentity(files: MachineFiles): Promise<MachineIdentity> {
  const fromName = files.name.replace(/\.reg$/i, '');
  if (files.sidecar === null) return { machine: fromName, osBuild: null, collectedAt: null, notes: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(files.sidecar, { maxBytes: MAX_SIDECAR_BYTES, what: 'a collector sidecar' });
  } catch (error) {
    return { machine: fromName, osBuild: null, collectedAt: null, notes: [`The sidecar could not be read: ${readFailure(error, files.sidecar)}`] };
  }
  const result = parseSidecar(bytes, files.sidecar);
  if (!result.ok) return { machine: fromName, osBuild: null, collectedAt: null, notes: [result.problem] };
  return { ...result.sidecar, notes: [] };
}
