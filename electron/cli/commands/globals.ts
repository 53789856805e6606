/** `nicprops globals [DisableTaskOffload=0|1] [EnabledOffload=0|1]`: show or set the two machine-wide switches. */

import type { GlobalChange, GlobalName } from '../../../shared/model/change-set';
import { readAllAdapterDetails, readGlobals } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { globalsJson } from '../json-shapes';
import { runChanges, type ChangeOptions } from './change-runner';
import { parseAssignment } from './set';

const NAMES: readonly GlobalName[] = ['DisableTaskOffload', 'EnabledOffload'];

export async function globalsCommand(ctx: CliContext, assignments: readonly string[], options: ChangeOptions): Promise<number> {
  if (assignments.length === 0) {
    const g = await readGlobals(ctx.source);
    const show = (v: number | null, meaning: (v: number) => string) => (v === null ? 'absent (default: enabled)' : `${v} (${meaning(v)})`);
    ctx.print(globalsJson(g), () =>
      [
        `DisableTaskOffload (Tcpip\\Parameters): ${show(g.disableTaskOffload, (v) => (v === 1 ? 'all task offloads disabled for every adapter' : 'task offloads enabled'))}`,
        `EnabledOffload (Ipsec):                 ${show(g.ipsecEnabledOffload, (v) => (v === 0 ? 'IPsec offload disabled for every adapter' : 'IPsec offload enabled'))}`,
      ].join('\n'),
    );
    return EXIT.ok;
  }
  const changes: GlobalChange[] = assignments.map((a) => {
    const { keyword, value } = parseAssignment(a);
    const name = NAMES.find((n) => n.toLowerCase() === keyword.toLowerCase());
    if (!name) throw new CliError(`${keyword} is not a global switch: use DisableTaskOffload or EnabledOffload.`, EXIT.usage);
    if (value !== '0' && value !== '1') throw new CliError(`${name} takes 0 or 1, not "${value}".`, EXIT.validation);
    return { scope: 'global', name, value: value === '1' ? 1 : 0 };
  });
  return runChanges(ctx, changes, await readAllAdapterDetails(ctx.source), options);
}
