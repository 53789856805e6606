/**
 * The one interface every registry source implements: the live Windows registry,
 * `.reg` exports held in memory, and the bundled demo.
 *
 * Paths are full key paths with the hive spelled out (`HKEY_LOCAL_MACHINE\SYSTEM\…`),
 * compared case-insensitively as Windows does. Services receive a source; they never
 * import registry-js or know which kind they hold.
 */

import type { InfModel, SourceLocation } from '../../shared/model/adapter';
import type { RegistryEntry, RegistryValue } from '../../shared/model/registry-value';

export type SourceKind = 'live' | 'reg-file' | 'demo' | 'inf';

/**
 * Where a source's adapters and parameters were written, for sources built from files people
 * edit (a driver INF): the device models behind each adapter and the INF line behind each parameter.
 */
export interface SourceProvenance {
  /** The target the INF was resolved for, as a TargetOS decoration (`NTamd64.10.0.1..26100`). */
  readonly infTarget: string;
  /** The device models installing through adapter `adapterId`; null when unknown. */
  infModel(adapterId: string): InfModel | null;
  /** The line that defined `Ndi\params\<keyword>` of an adapter (`keywordLower` in lower case); null when unknown. */
  paramOrigin(adapterId: string, keywordLower: string): SourceLocation | null;
}

/**
 * A key with its values and subkeys, all readable at once. Both maps are keyed by lower-case
 * name (registry names are case-insensitive) and iterate in registry order. A view: valid until
 * the next write to the source.
 */
export interface RegistryTree {
  readonly name: string;
  readonly values: ReadonlyMap<string, RegistryEntry>;
  readonly subkeys: ReadonlyMap<string, RegistryTree>;
}

/**
 * A key's values that never change once built. Keys holding identical values (the same driver's
 * params on every port of a multi-port card) share one, so readers may cache what they derive
 * from it by its identity; a source writing to such a key copies it first.
 */
export class SharedValues extends Map<string, RegistryEntry> {
  /** The entries (by lower-case name) in order, frozen. */
  static of(entries: Iterable<readonly [string, RegistryEntry]>): SharedValues {
    const map = new SharedValues();
    for (const [lower, entry] of entries) Map.prototype.set.call(map, lower, entry);
    return map;
  }
  override set(): this {
    throw new TypeError('SharedValues never change: copy them to write');
  }
  override delete(): boolean {
    throw new TypeError('SharedValues never change: copy them to write');
  }
  override clear(): void {
    throw new TypeError('SharedValues never change: copy them to write');
  }
}

export interface RegistrySource {
  readonly kind: SourceKind;
  /** For people: "demo data", "this computer's registry", or the file names. */
  readonly label: string;
  /** Present on sources resolved from a driver INF. */
  readonly provenance?: SourceProvenance;
  /** Names of the subkeys of `path`, in registry order; null when the key does not exist. */
  listSubkeys(path: string): Promise<readonly string[] | null>;
  /** The values of `path`, in registry order; null when the key does not exist. */
  readValues(path: string): Promise<readonly RegistryEntry[] | null>;
  /**
   * Optional fast path: the whole subtree at `path` in one call (null when missing). Sources that
   * hold everything in memory offer it; the live registry does not, since some subkeys of the
   * class key deny reading even to administrators.
   */
  readTree?(path: string): Promise<RegistryTree | null>;
  /** Create `path` and any missing parents; a no-op when it exists. */
  createKey(path: string): Promise<void>;
  /** Write one value, creating or replacing it. Throws a RegistryWriteError on failure. */
  setValue(path: string, name: string, value: RegistryValue): Promise<void>;
  /** Delete one value; a no-op when it is already absent. Throws a RegistryWriteError on failure. */
  deleteValue(path: string, name: string): Promise<void>;
}

/** Why a write failed, so callers can tell "run as administrator" from "the key vanished". */
export type RegistryWriteFailure = 'access-denied' | 'key-missing' | 'failed';

/** A write the source could not perform. */
export class RegistryWriteError extends Error {
  constructor(
    readonly reason: RegistryWriteFailure,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryWriteError';
  }
}
