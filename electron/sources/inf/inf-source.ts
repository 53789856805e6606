/**
 * A driver INF as a registry source: each install section reached for the target becomes an
 * adapter (`0000`, `0001`, … under the Net class key) holding what the installation would leave
 * in its instance key — the AddReg/DelReg results, the values the class installer stores from
 * the install section's directives (Characteristics, BusType, *IfType…) and the identity values
 * (DriverDesc, ComponentId). The adapter reader, rules, lint and page then work on it as on an
 * installed adapter.
 */

import type { InfModel } from '../../../shared/model/adapter';
import { adapterKeyPath } from '../../../shared/model/registry-paths';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { decodeRegBytes } from '../reg-file/decode-reg-bytes';
import { MemoryRegistry, type FrozenKey, type RegistryBuilder } from '../memory-registry';
import type { RegistrySource, SourceProvenance } from '../registry-source';
import { InfParseError } from './inf-parse-error';
import { readInfFile } from './read-inf-file';
import type { RegOp } from './registry-entries';
import { resolveInf, type InfResolution, type ResolvedInstall } from './resolve-inf';
import { ParamOrigins } from './param-origins';
import { sharedPrefixes, type SharedPrefix } from './shared-prefixes';
import { DEFAULT_INF_TARGET, formatTarget, type InfTarget } from './target-os';

/** A named INF's bytes, as read from disk or received from the renderer. */
export interface InfFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** An INF source and how it was resolved (for `nicprops lint`). */
export interface LoadedInf {
  readonly source: RegistrySource;
  readonly resolution: InfResolution;
}

/** True for the file names the INF source reads. */
export function isInfFileName(name: string): boolean {
  return /\.in[fx]$/i.test(name);
}

/** Decode (UTF-16LE/BE with BOM, UTF-8, ANSI) and resolve INF files; throws InfParseError naming the file and line. */
export function resolveInfFiles(files: readonly InfFileInput[], target: InfTarget = DEFAULT_INF_TARGET): InfResolution {
  return resolveInf(
    files.map((f) => ({ name: f.name, text: decodeRegBytes(f.bytes) })),
    target,
  );
}

/**
 * Read INF files into one source. Throws InfParseError (file and line) when a file cannot be read
 * or nothing installs for the target; nothing is half-loaded.
 */
export function sourceFromInfFiles(files: readonly InfFileInput[], target: InfTarget = DEFAULT_INF_TARGET): LoadedInf {
  const resolution = resolveInfFiles(files, target);
  return { source: sourceFromResolution(resolution), resolution };
}

/** Read INF files from disk (size-limited) into one source. */
export async function sourceFromInfPaths(paths: readonly string[], target: InfTarget = DEFAULT_INF_TARGET): Promise<LoadedInf> {
  const files = await Promise.all(paths.map((p) => readInfFile(p)));
  return sourceFromInfFiles(files, target);
}

/** The registry an installation of every resolved install section would leave. */
export function sourceFromResolution(resolution: InfResolution): RegistrySource {
  const label = resolution.files.join(', ');
  if (resolution.installs.length === 0) {
    const reason = resolution.diagnostics.find((d) => d.severity !== 'info' && /models|manufacturer|section/i.test(d.id + d.message));
    throw new InfParseError(
      reason?.at.file ?? label,
      reason?.at.line ?? 0,
      `installs no device on ${formatTarget(resolution.target)}${reason ? `: ${reason.message}` : '.'} Try another --inf-target.`,
    );
  }
  const models = new Map<string, InfModel>();
  const origins = new Map<string, ParamOrigins>();
  const provenance: SourceProvenance = {
    infTarget: formatTarget(resolution.target),
    infModel: (id) => models.get(id) ?? null,
    paramOrigin: (id, keywordLower) => origins.get(id)?.get(keywordLower) ?? null,
  };
  return MemoryRegistry.build(
    'inf',
    label,
    (builder) => {
      const prefixes = sharedPrefixes<BuiltPrefix>(resolution.installs.map((install) => install.segments));
      resolution.installs.forEach((install, i) => {
        models.set(install.id, install.model);
        origins.set(install.id, installInto(builder, install, prefixes[i]!));
      });
    },
    provenance,
  );
}

/** The instance key and parameter origins after the segments an install section shares with others. */
interface BuiltPrefix {
  readonly key: FrozenKey;
  readonly origins: ParamOrigins;
}

/**
 * Perform one install section's operations on its instance key; returns where each parameter was
 * defined. The part it shares with other install sections (`shared`) is built by the first of
 * them and copied by the others, keys sharing their values until written.
 */
function installInto(builder: RegistryBuilder, install: ResolvedInstall, shared: SharedPrefix<BuiltPrefix> | null): ParamOrigins {
  const root = adapterKeyPath(install.id);
  let origins = ParamOrigins.empty();
  // One string per key path: the registry's key cursor then compares paths by identity.
  const paths = new Map<string, string>([['', root]]);
  const pathOf = (subkey: string) => {
    let path = paths.get(subkey);
    if (path === undefined) {
      path = `${root}\\${subkey}`;
      paths.set(subkey, path);
    }
    return path;
  };
  builder.openKey(root, 0);
  const { segments } = install;
  let next = 0;
  if (shared?.built) {
    builder.graft(root, shared.built.key);
    origins = shared.built.origins.copy();
    next = shared.length;
  }
  for (; next <= segments.length; next++) {
    if (shared && shared.built === null && next === shared.length) shared.built = { key: builder.freeze(root), origins: origins.copy() };
    if (next < segments.length) for (const op of segments[next]!) apply(builder, root, pathOf(op.subkey), op, origins);
  }
  // What the network class installer stores from the install section and the device line.
  for (const d of install.directives) builder.setValue(root, d.name, d.value, 0);
  const first = install.devices[0];
  const identity: [string, string | null][] = [
    ['DriverDesc', first?.description ?? null],
    ['ComponentId', first?.ids[0]?.toLowerCase() ?? null],
    ['MatchingDeviceId', first?.ids[0]?.toLowerCase() ?? null],
    ['InfPath', install.file],
    ['InfSection', install.section?.name ?? null],
    ['ProviderName', install.provider],
    ['DriverVersion', install.driverVersion],
  ];
  for (const [name, text] of identity) if (text !== null) builder.setValue(root, name, { type: 'REG_SZ', data: text }, 0);
  return origins;
}

function apply(builder: RegistryBuilder, root: string, path: string, op: RegOp, origins: ParamOrigins): void {
  switch (op.op) {
    case 'set': {
      const existing = op.mode === 'replace' ? null : builder.readValue(path, op.name);
      if (op.mode === 'no-clobber' && existing !== null) return;
      if (op.mode === 'overwrite-only' && existing === null) return;
      builder.setValue(path, op.name, op.mode === 'append' ? appended(existing, op.value) : op.value, 0);
      if (op.param !== null) origins.noteSet(op);
      return;
    }
    case 'create-key':
      builder.openKey(path, 0);
      return;
    case 'delete-value':
      if (builder.keyExists(path)) builder.deleteValue(path, op.name, 0);
      return;
    case 'delete-string': {
      const existing = builder.readValue(path, op.name);
      if (existing?.type !== 'REG_MULTI_SZ') return;
      const text = op.text.toLowerCase();
      builder.setValue(path, op.name, { type: 'REG_MULTI_SZ', data: existing.data.filter((s) => s.toLowerCase() !== text) }, 0);
      return;
    }
    case 'delete-key':
      builder.deleteKey(path, 0);
      if (op.subkey === '') builder.openKey(root, 0);
      origins.noteDeletedKey(op.subkeyLower);
      return;
  }
}

/** FLG_ADDREG_APPEND: add the strings a REG_MULTI_SZ does not hold yet. */
function appended(existing: RegistryValue | null, value: RegistryValue): RegistryValue {
  if (existing?.type !== 'REG_MULTI_SZ' || value.type !== 'REG_MULTI_SZ') return value;
  const have = new Set(existing.data.map((s) => s.toLowerCase()));
  return { type: 'REG_MULTI_SZ', data: [...existing.data, ...value.data.filter((s) => !have.has(s.toLowerCase()))] };
}
