/**
 * Read one machine's export and reduce it to its fleet report entry. Only this machine's registry
 * is in memory while it runs; what it returns is small. A file that cannot be read becomes an
 * entry saying why, in one sentence — it never stops the fleet.
 */

import { adapterKeyPath } from '../../../shared/model/registry-paths';
import { registryValueAsText } from '../../../shared/model/registry-value';
import { analyseMachine, unreadableMachine, type AnalysedMachine, type FleetOptions } from '../../../shared/fleet/analyse-machine';
import type { FleetMachine } from '../../../shared/fleet/fleet-model';
import { readBounded } from '../../sources/bounded-read';
import { REG_FILE_LIMITS, sourceFromRegFiles } from '../../sources/reg-file-source';
import type { RegistrySource } from '../../sources/registry-source';
import { readAllAdapterDetails, readGlobals } from '../adapter-reader';
import type { MachineFiles } from './fleet-inputs';
import type { MachineIdentity } from './machine-identity';
import { readFailure, UnreadableFile } from './read-failure';

/** DriverVersion of each adapter, by id. */
async function driverVersions(source: RegistrySource, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const value = (await source.readValues(adapterKeyPath(id)))?.find((v) => v.name.toLowerCase() === 'driverversion');
    const text = value ? registryValueAsText(value.value) : null;
    if (text) out.set(id, text);
  }
  return out;
}

export type ReadMachineResult = { readonly ok: true; readonly analysed: AnalysedMachine } | { readonly ok: false; readonly machine: FleetMachine };

/** `who` comes from the sidecar (machine-identity.ts), read before: the export is all this reads. */
export async function readMachine(files: MachineFiles, who: MachineIdentity, options: FleetOptions): Promise<ReadMachineResult> {
  try {
    // Within the limits every .reg source has (bounded-read.ts): size, folders, devices, pipes.
    const bytes = await readBounded(files.reg, REG_FILE_LIMITS);
    const source = sourceFromRegFiles([{ name: files.name, bytes }]);
    const adapters = await readAllAdapterDetails(source);
    if (adapters.length === 0) throw new UnreadableFile(`${files.name} holds no network adapter (it is not a collector export of the Net class key).`);
    const analysed = analyseMachine(
      {
        machine: who.machine,
        file: files.name,
        osBuild: who.osBuild,
        collectedAt: who.collectedAt,
        notes: who.notes,
        adapters,
        driverVersions: await driverVersions(
          source,
          adapters.map((a) => a.adapter.id),
        ),
        globals: await readGlobals(source),
      },
      options,
    );
    return { ok: true, analysed };
  } catch (error) {
    return { ok: false, machine: unreadableMachine(who.machine, files.name, readFailure(error, files.name), who.notes) };
  }
}
