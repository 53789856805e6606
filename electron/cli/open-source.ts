/** Turn `--source` options into one registry source and find adapters by id, name or description. */

import { InvalidArgumentError } from 'commander';
import type { Adapter, AdapterDetails } from '../../shared/model/adapter';
import { readAdapterDetails, readAdapters } from '../services/adapter-reader';
import { isLiveRegistryAvailable, LiveRegistry } from '../sources/live-registry';
import { FileReadError } from '../sources/bounded-read';
import { parseControlSetNumber } from '../sources/control-set';
import { InfParseError } from '../sources/inf/inf-parse-error';
import { isInfFileName, sourceFromInfPaths } from '../sources/inf/inf-source';
import { DEFAULT_INF_TARGET, parseInfTarget, type InfTarget } from '../sources/inf/target-os';
import { RegParseError } from '../sources/reg-file/reg-parse-error';
import { createDemoSource, sourceFromRegPaths } from '../sources/reg-file-source';
import type { RegistrySource } from '../sources/registry-source';
import { SourceFileError } from '../sources/source-file-error';
import { CliError } from './cli-error';
import { EXIT } from './exit-codes';

/** `--inf-target`: the default target when absent; a usage error when it cannot be read. */
export function infTargetOption(text: string | undefined): InfTarget {
  if (text === undefined) return DEFAULT_INF_TARGET;
  const target = parseInfTarget(text);
  if (typeof target === 'string') throw new CliError(target, EXIT.usage);
  return target;
}

/** A file that cannot be opened, read or used, as a CliError (exit 8). */
export function fileError(error: unknown): CliError | null {
  if (error instanceof RegParseError || error instanceof InfParseError || error instanceof FileReadError || error instanceof SourceFileError) {
    return new CliError(error.message, EXIT.badFile);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    return new CliError(
      `Cannot read ${(error as NodeJS.ErrnoException).path ?? 'the source file'}: ${code === 'ENOENT' ? 'no such file' : code}.`,
      EXIT.badFile,
    );
  }
  return null;
}

/**
 * `--source live|demo|FILE.reg|FILE.inf` (repeatable; .reg files merged in order, INFs resolved
 * together so an Include can name another one); default live on Windows, demo elsewhere.
 * `controlSet`: `--control-set N`, for .reg files holding several control sets.
 */
export async function openSource(
  specs: readonly string[] | undefined,
  infTarget: InfTarget = DEFAULT_INF_TARGET,
  controlSet?: number,
): Promise<RegistrySource> {
  const list = specs?.length ? specs : [isLiveRegistryAvailable() ? 'live' : 'demo'];
  if (controlSet !== undefined && list.some((s) => s === 'live' || s === 'demo' || isInfFileName(s))) {
    throw new CliError('--control-set applies to .reg files (exports of a SYSTEM hive with several control sets).', EXIT.usage);
  }
  if (list.length === 1 && list[0] === 'live') {
    if (!isLiveRegistryAvailable()) throw new CliError('--source live needs Windows; use --source demo or a .reg file here.', EXIT.usage);
    return new LiveRegistry();
  }
  if (list.length === 1 && list[0] === 'demo') return createDemoSource();
  if (list.some((s) => s === 'live' || s === 'demo')) {
    throw new CliError('--source live and --source demo cannot be combined with other sources.', EXIT.usage);
  }
  const infs = list.filter(isInfFileName);
  if (infs.length > 0 && infs.length < list.length) {
    throw new CliError('Driver INFs and .reg files cannot be combined in one source: open the INFs (and the INFs they include) on their own.', EXIT.usage);
  }
  try {
    return infs.length > 0 ? (await sourceFromInfPaths(list, infTarget)).source : await sourceFromRegPaths(list, { controlSet });
  } catch (error) {
    throw fileError(error) ?? error;
  }
}

/** `--control-set N`: a control set number, 1 to 999 (ControlSet001…). */
export function parseControlSet(text: string): number {
  const n = parseControlSetNumber(text);
  if (n === null) throw new InvalidArgumentError('expected a control set number from 1 to 999 (1 for ControlSet001).');
  return n;
}

/** The name to show for an adapter: connection name, else description, else id. */
export function adapterTitle(d: { readonly adapter: Adapter }): string {
  const a = d.adapter;
  return [a.connectionName, a.description].filter(Boolean).join(' - ') || `adapter ${a.id}`;
}

/**
 * Find an adapter by instance id (`0007`, or `7`), exact connection name, or a unique
 * case-insensitive substring of its description or connection name.
 */
export function findAdapter<T extends { readonly adapter: Adapter }>(all: readonly T[], query: string): T {
  const q = query.trim();
  if (/^\d{1,4}$/.test(q)) {
    const byId = all.find((d) => d.adapter.id === q.padStart(4, '0'));
    if (byId) return byId;
  }
  const lower = q.toLowerCase();
  const exact = all.filter((d) => d.adapter.connectionName?.toLowerCase() === lower || d.adapter.description?.toLowerCase() === lower);
  if (exact.length === 1) return exact[0]!;
  const partial = all.filter((d) => d.adapter.description?.toLowerCase().includes(lower) || d.adapter.connectionName?.toLowerCase().includes(lower));
  if (partial.length === 1) return partial[0]!;
  if (partial.length === 0) throw new CliError(`No adapter matches "${query}". Run "nicprops adapters" to list them.`, EXIT.notFound);
  throw new CliError(
    `"${query}" matches ${partial.length} adapters; use the id or a longer name.`,
    EXIT.usage,
    partial.map((d) => `${d.adapter.id}  ${adapterTitle(d)}`),
  );
}

/** Pick one adapter by the summaries of all, then read its properties (and only its). */
export async function resolveAdapter(source: RegistrySource, query: string): Promise<AdapterDetails> {
  const { adapter } = findAdapter(
    (await readAdapters(source)).map((a) => ({ adapter: a })),
    query,
  );
  const details = await readAdapterDetails(source, adapter.id);
  if (!details) throw new CliError(`Adapter ${adapter.id} was removed while it was being read.`, EXIT.notFound);
  return details;
}
