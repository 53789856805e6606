/**
 * Which control set of an export to read. `reg export` on a running system writes
 * `HKLM\SYSTEM\CurrentControlSet\…`; an export taken from another control set has
 * `HKLM\SYSTEM\ControlSet001\…`; and a SYSTEM hive copied from a customer's machine and loaded
 * for reading (`reg load HKLM\CUSTOMER system`) has only numbered control sets, under its own
 * name, with `Select\Current` naming the one the system ran on.
 *
 * Everything else reads CurrentControlSet paths (shared/model/registry-paths.ts): a
 * ControlSetView shows the chosen control set under that name, so the model, the rules and
 * the exported fixes (which must target CurrentControlSet on the machine they are run on) need
 * nothing new.
 */

import {
  controlSetName,
  CONTROL_SET_PATTERN,
  CURRENT_CONTROL_SET,
  CURRENT_CONTROL_SET_KEY,
  HIVE_PARENT_KEYS,
  NET_CLASS_KEY,
  NET_CLASS_SUBKEY,
  SELECT_CURRENT_VALUE,
  SELECT_KEY_NAME,
  SYSTEM_HIVE_KEY,
} from '../../shared/model/registry-paths';
import type { RegistryEntry, RegistryValue } from '../../shared/model/registry-value';
import type { MemoryRegistry } from './memory-registry';
import type { RegistrySource, RegistryTree } from './registry-source';
import { SourceFileError } from './source-file-error';

/** A control set holding a Net class key. */
export interface ControlSetFound {
  /** The hive's key: `HKEY_LOCAL_MACHINE\SYSTEM`, `HKEY_LOCAL_MACHINE\CUSTOMER`. */
  readonly hive: string;
  /** As stored: `CurrentControlSet`, `ControlSet001`. */
  readonly name: string;
  /** 1 for ControlSet001; null for CurrentControlSet. */
  readonly number: number | null;
}

/** A control set number as people type it (`1` for ControlSet001, up to 999); null for anything else. */
export function parseControlSetNumber(text: string): number | null {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) && Number(t) >= 1 ? Number(t) : null;
}

/** Every control set in `registry` that holds a Net class key, hive by hive in file order. */
export function findControlSets(registry: MemoryRegistry): ControlSetFound[] {
  const found: ControlSetFound[] = [];
  for (const parent of HIVE_PARENT_KEYS) {
    registry.treeAt(parent)?.subkeys.forEach((hive) => {
      hive.subkeys.forEach((set) => {
        const numbered = CONTROL_SET_PATTERN.exec(set.name);
        if (!numbered && set.name.toLowerCase() !== CURRENT_CONTROL_SET.toLowerCase()) return;
        if (!hasSubtree(set, NET_CLASS_SUBKEY)) return;
        found.push({ hive: `${parent}\\${hive.name}`, name: set.name, number: numbered ? Number(numbered[1]) : null });
      });
    });
  }
  return found;
}

/**
 * The source to read `registry` (loaded from `files`, for messages) through: itself when its data
 * is under HKLM\SYSTEM\CurrentControlSet, else a view of the control set `requested` (a number),
 * or the only one, or the one Select\Current names. Throws a SourceFileError saying what is missing
 * or what to choose.
 */
export function chooseControlSet(registry: MemoryRegistry, files: string, requested?: number): RegistrySource {
  const found = findControlSets(registry);
  if (found.length === 0) {
    throw new SourceFileError(
      `${files} holds no network adapter class key (${NET_CLASS_KEY}, or the same under another control set), so there are no adapters to show.`,
    );
  }
  const hives = [...new Set(found.map((f) => f.hive))];
  if (hives.length > 1) {
    throw new SourceFileError(`${files} holds network adapter class keys in more than one hive (${list(hives)}); open them one at a time.`);
  }
  const hive = hives[0]!;
  const numbered = found.filter((f) => f.number !== null);
  const current = found.find((f) => f.number === null);
  let chosen: ControlSetFound | undefined;
  if (requested !== undefined) {
    chosen = numbered.find((f) => f.number === requested);
    if (!chosen) {
      const has = numbered.length > 0 ? `it has ${list(numbered.map((f) => f.name))}` : `it holds ${CURRENT_CONTROL_SET} only`;
      throw new SourceFileError(`${files} has no ${controlSetName(requested)} with a network adapter class key; ${has}.`);
    }
  } else if (current) {
    chosen = current;
  } else if (numbered.length === 1) {
    chosen = numbered[0]!;
  } else {
    const selected = selectCurrent(registry, hive);
    chosen = numbered.find((f) => f.number === selected);
    if (!chosen) {
      throw new SourceFileError(
        `${files} holds ${list(numbered.map((f) => f.name))} and no ${SELECT_KEY_NAME}\\${SELECT_CURRENT_VALUE} value naming one of them; ` +
          `choose one with ${list(
            numbered.map((f) => `--control-set ${f.number}`),
            'or',
          )}.`,
      );
    }
  }
  const target = `${hive}\\${chosen.name}`;
  if (target.toLowerCase() === CURRENT_CONTROL_SET_KEY.toLowerCase()) return registry;
  const where = hive.toLowerCase() === SYSTEM_HIVE_KEY.toLowerCase() ? chosen.name : `${chosen.name} of ${hive}`;
  return new ControlSetView(registry, target, `${registry.label} (${where})`);
}

/** The number in `<hive>\Select\Current`, or null when it is absent or not a number. */
function selectCurrent(registry: MemoryRegistry, hive: string): number | null {
  const entry: RegistryEntry | undefined = registry.treeAt(`${hive}\\${SELECT_KEY_NAME}`)?.values.get(SELECT_CURRENT_VALUE.toLowerCase());
  const value: RegistryValue | undefined = entry?.value;
  if (value?.type === 'REG_DWORD') return value.data;
  return value?.type === 'REG_SZ' && /^\d{1,3}$/.test(value.data) ? Number(value.data) : null;
}

function hasSubtree(tree: RegistryTree, relative: string): boolean {
  let node: RegistryTree | undefined = tree;
  for (const name of relative.toLowerCase().split('\\')) node = node?.subkeys.get(name);
  return node !== undefined;
}

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[], conjunction = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * A MemoryRegistry read with one control set shown as HKLM\SYSTEM\CurrentControlSet. Paths
 * elsewhere pass through unchanged; writes land in the chosen control set.
 */
export class ControlSetView implements RegistrySource {
  readonly kind: RegistrySource['kind'];

  constructor(
    private readonly inner: MemoryRegistry,
    /** The control set's full path, `HKEY_LOCAL_MACHINE\CUSTOMER\ControlSet001`. */
    private readonly target: string,
    readonly label: string,
  ) {
    this.kind = inner.kind;
  }

  /** `path` with a leading CurrentControlSet (any case, as Windows compares) replaced by the target. */
  private map(path: string): string {
    const n = CURRENT_CONTROL_SET_KEY.length;
    if (path.length < n || (path.length > n && path.charCodeAt(n) !== 0x5c)) return path;
    return path.slice(0, n).toLowerCase() === CURRENT_CONTROL_SET_KEY.toLowerCase() ? this.target + path.slice(n) : path;
  }

  listSubkeys(path: string): Promise<readonly string[] | null> {
    return this.inner.listSubkeys(this.map(path));
  }
  readValues(path: string): Promise<readonly RegistryEntry[] | null> {
    return this.inner.readValues(this.map(path));
  }
  readTree(path: string): Promise<RegistryTree | null> {
    return this.inner.readTree(this.map(path));
  }
  createKey(path: string): Promise<void> {
    return this.inner.createKey(this.map(path));
  }
  setValue(path: string, name: string, value: RegistryValue): Promise<void> {
    return this.inner.setValue(this.map(path), name, value);
  }
  deleteValue(path: string, name: string): Promise<void> {
    return this.inner.deleteValue(this.map(path), name);
  }
}
