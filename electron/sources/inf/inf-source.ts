/**
 * A driver INF as a registry source: each install section reached for the target becomes an
 * adapter (`0000`, `0001`, … under the Net class key) holding what the installation would leave
 * in its instance key — the AddReg/DelReg results, the values the class installer stores from
 * the install section's directives (Characteristics, BusType, *IfType…) and the identity values
 * (DriverDesc, ComponentId). The adapter reader, rules, lint and page then work on it as on an
 * installed adapter.
 */

import type { InfModel, SourceLocation } from '../../../shared/model/adapter';
import { adapterKeyPath } from '../../../shared/model/registry-paths';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { decodeRegBytes } from '../reg-file/decode-reg-bytes';
import { MemoryRegistry, type RegistryBuilder } from '../memory-registry';
import type { RegistrySource, SourceProvenance } from '../registry-source';
import { InfParseError } from './inf-parse-error';
import { readInfFile } from './read-inf-file';
import type { RegOp } from './registry-entries';
import { resolveInf, type InfResolution, type ResolvedInstall } from './resolve-inf';
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
  const origins = new Map<string, Map<string, ParamOrigin>>();
  const provenance: SourceProvenance = {
    infTarget: formatTarget(resolution.target),
    infModel: (id) => models.get(id) ?? null,
    paramOrigin: (id, keywordLower) => {
      const o = origins.get(id)?.get(keywordLower);
      return o ? (o.paramDesc ?? o.first) : null;
    },
  };
  return MemoryRegistry.build(
    'inf',
    label,
    (builder) => {
      for (const install of resolution.installs) {
        models.set(install.id, install.model);
        origins.set(install.id, installInto(builder, install));
      }
    },
    provenance,
  );
}

interface ParamOrigin {
  first: SourceLocation;
  paramDesc: SourceLocation | null;
}

const PARAMS_PREFIX = 'ndi\\params\\';

/** Perform one install section's operations on its instance key; returns where each parameter was defined. */
function installInto(builder: RegistryBuilder, install: ResolvedInstall): Map<string, ParamOrigin> {
  const root = adapterKeyPath(install.id);
  const origins = new Map<string, ParamOrigin>();
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
  for (const op of install.ops) apply(builder, root, pathOf(op.subkey), op, origins);
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

function apply(builder: RegistryBuilder, root: string, path: string, op: RegOp, origins: Map<string, ParamOrigin>): void {
  switch (op.op) {
    case 'set': {
      const existing = op.mode === 'replace' ? null : builder.readValue(path, op.name);
      if (op.mode === 'no-clobber' && existing !== null) return;
      if (op.mode === 'overwrite-only' && existing === null) return;
      builder.setValue(path, op.name, op.mode === 'append' ? appended(existing, op.value) : op.value, 0);
      if (op.param !== null) noteOrigin(origins, op);
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
      forgetOrigins(origins, op.subkeyLower);
      return;
  }
}

/** FLG_ADDREG_APPEND: add the strings a REG_MULTI_SZ does not hold yet. */
function appended(existing: RegistryValue | null, value: RegistryValue): RegistryValue {
  if (existing?.type !== 'REG_MULTI_SZ' || value.type !== 'REG_MULTI_SZ') return value;
  const have = new Set(existing.data.map((s) => s.toLowerCase()));
  return { type: 'REG_MULTI_SZ', data: [...existing.data, ...value.data.filter((s) => !have.has(s.toLowerCase()))] };
}

/** Remember the line of a parameter's ParamDesc, else of its first value. */
function noteOrigin(origins: Map<string, ParamOrigin>, op: RegOp & { op: 'set' }): void {
  const keyword = op.param!;
  let o = origins.get(keyword);
  if (!o) {
    o = { first: op.at, paramDesc: null };
    origins.set(keyword, o);
  }
  // The ParamDesc of the parameter key itself (not of its enum subkey).
  if (op.subkeyLower.length === PARAMS_PREFIX.length + keyword.length && op.name.length === 9 && op.name.toLowerCase() === 'paramdesc') o.paramDesc = op.at;
}

/** A deleted key takes the origins of the parameters under it along. */
function forgetOrigins(origins: Map<string, ParamOrigin>, subkeyLower: string): void {
  if (subkeyLower === '' || subkeyLower === 'ndi' || subkeyLower === 'ndi\\params') {
    origins.clear();
  } else if (subkeyLower.startsWith(PARAMS_PREFIX)) {
    const rest = subkeyLower.slice(PARAMS_PREFIX.length);
    if (!rest.includes('\\')) origins.delete(rest);
  }
}
