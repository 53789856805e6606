/**
 * Read one machine's export and reduce it to its fleet report entry. Only this machine's registry
 * is in memory while it runs; what it returns is small. A file that cannot be read becomes an
 * entry saying why, in one sentence — it never stops the fleet.
 */

import { open, stat } from 'node:fs/promises';
import { adapterKeyPath } from '../../../shared/model/registry-paths';
import { registryValueAsText } from '../../../shared/model/registry-value';
import { analyseMachine, unreadableMachine, type AnalysedMachine, type FleetOptions, type StringPool } from '../../../shared/fleet/analyse-machine';
import type { FleetMachine } from '../../../shared/fleet/fleet-model';
import { MAX_SIDECAR_BYTES, parseSidecar } from '../../../shared/fleet/sidecar';
import { RegParseError } from '../../sources/reg-file/reg-parse-error';
import { sourceFromRegFiles } from '../../sources/reg-file-source';
import type { RegistrySource } from '../../sources/registry-source';
import { readAllAdapterDetails, readGlobals } from '../adapter-reader';
import type { MachineFiles } from './fleet-inputs';

/** Largest export read: a whole Net class key of a busy server is a few MB. */
export const MAX_MACHINE_EXPORT_BYTES = 64 * 1024 * 1024;

class UnreadableFile extends Error {}

/** A regular file of at most `max` bytes; anything else (a folder, a FIFO, a device, a bigger file) is refused. */
async function readCapped(path: string, max: number, what: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new UnreadableFile(`${what} is not a regular file.`);
  if (info.size > max) throw new UnreadableFile(`${what} is larger than ${Math.round(max / 1024 / 1024)} MB.`);
  const handle = await open(path, 'r');
  try {
    // One byte more than the file had, to notice a file that grows while it is read.
    const buffer = new Uint8Array(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > info.size) throw new UnreadableFile(`${what} changed while it was being read.`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function reason(error: unknown, file: string): string {
  if (error instanceof UnreadableFile || error instanceof RegParseError) return error.message;
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
    bytes = await readCapped(files.sidecar, MAX_SIDECAR_BYTES, files.sidecar);
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
    const bytes = await readCapped(files.reg, MAX_MACHINE_EXPORT_BYTES, files.name);
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
