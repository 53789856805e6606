/**
 * Read one machine's export and reduce it to its fleet report entry. Only this machine's registry
 * is in memory while it runs; what it returns is small. A file that cannot be read becomes an
 * entry saying why, in one sentence — it never stops the fleet.
 */

import { adapterKeyPath } from '../../../shared/model/registry-paths';
import { registryValueAsText } from '../../../shared/model/registry-value';
import { analyseMachine, unreadableMachine, type AnalysedMachine, type FleetOptions, type StringPool } from '../../../shared/fleet/analyse-machine';
import type { FleetMachine } from '../../../shared/fleet/fleet-model';
import { MAX_SIDECAR_BYTES, parseSidecar } from '../../../shared/fleet/sidecar';
import { FileReadError, readBounded } from '../../sources/bounded-read';
import { RegParseError } from '../../sources/reg-file/reg-parse-error';
import { REG_FILE_LIMITS, sourceFromRegFiles } from '../../sources/reg-file-source';
import { SourceFileError } from '../../sources/source-file-error';
import type { RegistrySource } from '../../sources/registry-source';
import { readAllAdapterDetails, readGlobals } from '../adapter-reader';
import type { MachineFiles } from './fleet-inputs';

class UnreadableFile extends Error {}

function reason(error: unknown, file: string): string {
  // Each of these says what is wrong in one sentence naming the file.
  if (error instanceof UnreadableFile || error instanceof RegParseError || error instanceof FileReadError || error instanceof SourceFileError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file} disappeared before it was read.`;
  if (code === 'EACCES' || code === 'EPERM') return `${file} cannot be read: permission denied.`;
  if (code) return `${file} cannot be read (${code}).`;
  throw error;
}

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

/** The machine's name and facts from its sidecar, or from its file name with a note why not. */
async function identity(files: MachineFiles): Promise<{ machine: string; osBuild: string | null; collectedAt: string | null; notes: string[] }> {
  const fromName = files.name.replace(/\.reg$/i, '');
  if (files.sidecar === null) return { machine: fromName, osBuild: null, collectedAt: null, notes: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(files.sidecar, { maxBytes: MAX_SIDECAR_BYTES, what: 'a collector sidecar' });
  } catch (error) {
    return { machine: fromName, osBuild: null, collectedAt: null, notes: [`The sidecar could not be read: ${reason(error, files.sidecar)}`] };
  }
  const result = parseSidecar(bytes, files.sidecar);
  if (!result.ok) return { machine: fromName, osBuild: null, collectedAt: null, notes: [result.problem] };
  return { ...result.sidecar, notes: [] };
}

export type ReadMachineResult = { readonly ok: true; readonly analysed: AnalysedMachine } | { readonly ok: false; readonly machine: FleetMachine };

export async function readMachine(files: MachineFiles, options: FleetOptions, pool: StringPool): Promise<ReadMachineResult> {
  const who = await identity(files);
  try {
    // Within the limits every .reg source has (bounded-read.ts): size, folders, devices, pipes.
    const bytes = await readBounded(files.reg, REG_FILE_LIMITS);
    const source = sourceFromRegFiles([{ name: files.name, bytes }]);
    const adapters = await readAllAdapterDetails(source);
    if (adapters.length === 0) throw new UnreadableFile(`${files.name} holds no network adapter (it is not a collector export of the Net class key).`);
    const analysed = analyseMachine(
      {
        machine: pool.get(who.machine),
        file: files.name,
        osBuild: pool.get(who.osBuild),
        collectedAt: who.collectedAt,
        notes: who.notes,
        adapters,
        driverVersions: await driverVersions(source, adapters.map((a) => a.adapter.id)),
        globals: await readGlobals(source),
      },
      options,
      pool,
    );
    return { ok: true, analysed };
  } catch (error) {
    return { ok: false, machine: unreadableMachine(who.machine, files.name, reason(error, files.name), who.notes) };
  }
}
