/**
 * "Compare…" in the app: the selected adapter against another adapter of the same source, or
 * against the same adapter in `.reg` exports or a driver INF opened for the comparison (read into a
 * source of their own; the window keeps showing what it showed).
 */

import { diffAdapters } from '../../shared/compare/adapter-diff';
import { matchAdapter, type MatchedBy } from '../../shared/compare/match-adapter';
import type { CompareOutcome } from '../../shared/ipc/contract';
import type { AdapterDetails } from '../../shared/model/adapter';
import { isInfFileName, sourceFromInfFiles } from '../sources/inf/inf-source';
import { sourceFromRegFiles, type RegFileInput } from '../sources/reg-file-source';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails, readAllAdapterDetails, readGlobals } from './adapter-reader';
import { ApplyError } from './apply-error';

export type CompareWith =
  { readonly kind: 'adapter'; readonly adapterId: string } | { readonly kind: 'files'; readonly files: readonly RegFileInput[]; readonly adapterId?: string };

async function details(source: RegistrySource, id: string): Promise<AdapterDetails> {
  const d = await readAdapterDetails(source, id);
  if (!d) throw new ApplyError('not-found', `Adapter ${id} does not exist in ${source.label}.`);
  return d;
}

/** Driver INFs (with the INFs they include) as a driver package, else `.reg` exports merged in order. */
function filesSource(files: readonly RegFileInput[]): RegistrySource {
  const infs = files.filter((f) => isInfFileName(f.name));
  if (infs.length === 0) return sourceFromRegFiles(files);
  if (infs.length < files.length) throw new ApplyError('validation', 'Driver INFs and .reg files cannot be compared together; open one kind.');
  return sourceFromInfFiles(files).source;
}

export async function compareAdapters(source: RegistrySource, adapterId: string, other: CompareWith): Promise<CompareOutcome> {
  const a = await details(source, adapterId);
  const globalsA = await readGlobals(source);
  if (other.kind === 'adapter') {
    const b = await details(source, other.adapterId);
    return {
      kind: 'compared',
      comparison: {
        a,
        b,
        otherSource: source.label,
        matchedBy: 'named',
        diff: diffAdapters({ details: a, globals: globalsA }, { details: b, globals: globalsA }),
      },
    };
  }
  // A file that does not parse throws RegParseError / InfParseError; the handler turns it into a sentence.
  const otherSource = filesSource(other.files);
  const globalsB = await readGlobals(otherSource);
  const all = await readAllAdapterDetails(otherSource);
  let b: AdapterDetails | null = null;
  let matchedBy: MatchedBy = 'named';
  if (other.adapterId !== undefined) {
    b = all.find((d) => d.adapter.id === other.adapterId) ?? null;
    if (!b) throw new ApplyError('not-found', `Adapter ${other.adapterId} does not exist in ${otherSource.label}.`);
  } else {
    const match = matchAdapter(a, all);
    if (match) ({ details: b, matchedBy } = match);
  }
  if (!b) return { kind: 'choose', otherSource: otherSource.label, candidates: all.map((d) => d.adapter) };
  return {
    kind: 'compared',
    comparison: { a, b, otherSource: otherSource.label, matchedBy, diff: diffAdapters({ details: a, globals: globalsA }, { details: b, globals: globalsB }) },
  };
}
