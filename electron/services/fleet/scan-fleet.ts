/**
 * `nicprops fleet` and `profile export --against`: read every machine's export one at a time and
 * build the fleet report. Peak memory is one machine's registry plus the report so far, whatever
 * the number of machines (`npm run bench` measures it): each export is read in a worker thread
 * with a bounded heap (machine-reader.ts), while this thread counts the previous machine into the
 * report.
 */

import type { FleetOptions } from '../../../shared/fleet/analyse-machine';
import type { FleetReport } from '../../../shared/fleet/fleet-model';
import { FleetReportBuilder } from '../../../shared/fleet/fleet-summary';
import type { Profile } from '../../../shared/profiles/profile';
import { TOOL_NAME } from '../tool-info';
import { fleetInputs } from './fleet-inputs';
import { MachineReader } from './machine-reader';

export interface ScanOptions extends FleetOptions {
  /** The profile's file, for the report; with `profile`. */
  readonly profileFile?: string;
  /** Called after each machine: for progress on a terminal. */
  readonly onMachine?: (done: number, total: number) => void;
  readonly now?: Date;
}

export async function scanFleet(paths: readonly string[], options: ScanOptions): Promise<FleetReport> {
  const inputs = await fleetInputs(paths);
  const builder = new FleetReportBuilder({
    profile: options.profile ? { file: options.profileFile ?? '', profile: options.profile as Profile } : null,
    scope: options.scope,
    keywords: options.keywords,
    tool: TOOL_NAME,
    generatedAt: options.now ?? new Date(),
  });
  const reader = new MachineReader(options);
  try {
    let next = inputs.length > 0 ? reader.read(inputs[0]!) : null;
    for (let done = 1; next; done++) {
      const result = await next;
      // The worker reads the next machine while this one is counted.
      next = done < inputs.length ? reader.read(inputs[done]!) : null;
      if (result.ok) builder.addMachine(result.analysed);
      else builder.addUnreadable(result.machine);
      options.onMachine?.(done, inputs.length);
    }
  } finally {
    await reader.close();
  }
  return builder.build();
}
