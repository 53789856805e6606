/**
 * `nicprops fleet` and `profile export --against`: read every machine's export one at a time and
 * build the fleet report. Peak memory is one machine's registry plus the report so far, whatever
 * the number of machines (`npm run bench` measures it).
 */

import { StringPool, type FleetOptions } from '../../../shared/fleet/analyse-machine';
import type { FleetReport } from '../../../shared/fleet/fleet-model';
import { FleetReportBuilder } from '../../../shared/fleet/fleet-summary';
import type { Profile } from '../../../shared/profiles/profile';
import { TOOL_NAME } from '../tool-info';
import { fleetInputs } from './fleet-inputs';
import { readMachine } from './read-machine';

export interface ScanOptions extends FleetOptions {
  /** The profile's file, for the report; with `profile`. */
  readonly profileFile?: string;
  /** Called after each machine: for progress on a terminal. */
  readonly onMachine?: (done: number, total: number) => void;
  readonly now?: Date;
}

export async function scanFleet(paths: readonly string[], options: ScanOptions): Promise<FleetReport> {
  const inputs = await fleetInputs(paths);
  const pool = new StringPool();
  const builder = new FleetReportBuilder({
    profile: options.profile ? { file: options.profileFile ?? '', profile: options.profile as Profile } : null,
    scope: options.scope,
    keywords: options.keywords,
    tool: TOOL_NAME,
    generatedAt: options.now ?? new Date(),
  });
  let done = 0;
  for (const files of inputs) {
    const result = await readMachine(files, options, pool);
    if (result.ok) builder.addMachine(result.analysed);
    else builder.addUnreadable(result.machine);
    options.onMachine?.(++done, inputs.length);
  }
  return builder.build();
}
