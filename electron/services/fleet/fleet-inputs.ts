/**
 * What `nicprops fleet` reads: the `.reg` exports in the folders and files named, each with the
 * collector's sidecar beside it when there is one. Only names are listed here — nothing is read —
 * so a folder of 5,000 exports costs 5,000 names, not 5,000 files.
 *
 * In a folder: every regular-looking `*.reg` (any case), in name order, not in subfolders; a
 * `<name>.json` beside `<name>.reg` is its sidecar. Names the collector is still writing
 * (`*.reg.partial`) and hidden files are skipped.
 */

import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A folder or file named that cannot be read or holds no export; the message is a sentence naming it. */
export class FleetInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FleetInputError';
  }
}

export interface MachineFiles {
  readonly reg: string;
  readonly sidecar: string | null;
  /** The file name, for messages and as the machine name when there is no sidecar. */
  readonly name: string;
}

function baseName(file: string): string {
  return file.replace(/\.reg$/i, '');
}

function cannotRead(path: string, error: unknown): FleetInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error');
  return new FleetInputError(`Cannot read ${path}: ${why}.`);
}

async function folder(path: string): Promise<MachineFiles[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch((error: unknown) => {
    throw cannotRead(path, error);
  });
  const names = new Map(entries.map((e) => [e.name.toLowerCase(), e.name]));
  return entries
    .filter((e) => !e.isDirectory() && !e.name.startsWith('.') && /\.reg$/i.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sidecar = names.get(`${baseName(name)}.json`.toLowerCase());
      return { reg: join(path, name), sidecar: sidecar === undefined ? null : join(path, sidecar), name };
    });
}

/** The exports the arguments name, in order, each once. Throws FleetInputError for a path that does not exist or holds none. */
export async function fleetInputs(paths: readonly string[]): Promise<MachineFiles[]> {
  const out: MachineFiles[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw cannotRead(path, error);
    });
    let found: MachineFiles[];
    if (info.isDirectory()) {
      found = await folder(path);
      if (found.length === 0) throw new FleetInputError(`${path} holds no .reg exports (the collector writes <machine>.reg files).`);
    } else {
      const name = basename(path);
      const sidecarPath = join(dirname(path), `${baseName(name)}.json`);
      const sidecar = await stat(sidecarPath).then(
        (s) => (s.isFile() ? sidecarPath : null),
        () => null,
      );
      found = [{ reg: path, sidecar, name }];
    }
    for (const f of found) {
      if (seen.has(f.reg)) continue;
      seen.add(f.reg);
      out.push(f);
    }
  }
  return out;
}
