/** Restart the adapters a change set touched, as Device Manager does after Apply. */

import type { Adapter } from '../../shared/model/adapter';
import type { JournalEntry } from '../../shared/model/journal';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails } from './adapter-reader';

export interface RestartOutcome {
  /** Ids of the adapters restarted. */
  readonly restarted: readonly string[];
  /** One sentence per adapter that could not be restarted (its values are written all the same). */
  readonly problems: readonly string[];
}

/** Restart, one by one, every adapter `entry` wrote to (globals restart nothing by themselves). */
export async function restartTouchedAdapters(
  source: RegistrySource,
  entry: JournalEntry,
  restart: (adapter: Adapter) => Promise<void>,
): Promise<RestartOutcome> {
  const ids = [...new Set(entry.writes.flatMap((w) => (w.change.scope === 'adapter' ? [w.change.adapterId] : [])))];
  const restarted: string[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const details = await readAdapterDetails(source, id);
    if (!details) continue;
    try {
      await restart(details.adapter);
      restarted.push(id);
    } catch (error) {
      // The restart service words its errors as whole sentences naming the adapter.
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { restarted, problems };
}
