/**
 * Registry values as this project models them, from `.reg` text to the renderer.
 *
 * Every variant is JSON-safe (no bigint, no typed arrays) so values cross IPC,
 * HTTP and `--json` output unchanged.
 */

/** The registry data types we name; anything else is kept as REG_UNKNOWN with its number. */
export type RegistryValueType = 'REG_NONE' | 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_BINARY' | 'REG_DWORD' | 'REG_MULTI_SZ' | 'REG_QWORD' | 'REG_UNKNOWN';

/** One registry value's type and data. */
export type RegistryValue =
  | { readonly type: 'REG_SZ' | 'REG_EXPAND_SZ'; readonly data: string }
  | { readonly type: 'REG_MULTI_SZ'; readonly data: readonly string[] }
  | { readonly type: 'REG_DWORD'; readonly data: number }
  /** Decimal text: a QWORD does not fit a JS number. */
  | { readonly type: 'REG_QWORD'; readonly data: string }
  | { readonly type: 'REG_BINARY' | 'REG_NONE'; readonly data: readonly number[] }
  /** `hex(N):` with an N we do not name; the bytes are kept as they were. */
  | { readonly type: 'REG_UNKNOWN'; readonly rawType: number; readonly data: readonly number[] };

/** A named value inside a key. The default value (`@` in `.reg`) has the name ''. */
export interface RegistryEntry {
  readonly name: string;
  readonly value: RegistryValue;
}

/** Numeric codes of the registry types (winnt.h), as `hex(N)` and registry-js use them. */
export const REGISTRY_TYPE_CODES: Readonly<Record<Exclude<RegistryValueType, 'REG_UNKNOWN'>, number>> = {
  REG_NONE: 0,
  REG_SZ: 1,
  REG_EXPAND_SZ: 2,
  REG_BINARY: 3,
  REG_DWORD: 4,
  REG_MULTI_SZ: 7,
  REG_QWORD: 11,
};

/** Text of a value as Windows' Advanced page reads it: strings as they are, numbers in decimal. */
export function registryValueAsText(value: RegistryValue): string | null {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return value.data;
    case 'REG_DWORD':
      return String(value.data);
    case 'REG_QWORD':
      return value.data;
    case 'REG_MULTI_SZ':
      return value.data.length === 1 ? (value.data[0] ?? null) : null;
    default:
      return null;
  }
}

/** Two values are equal when type and data are. */
export function registryValuesEqual(a: RegistryValue | null, b: RegistryValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.type !== b.type) return false;
  if (a.type === 'REG_UNKNOWN' && b.type === 'REG_UNKNOWN' && a.rawType !== b.rawType) return false;
  return JSON.stringify(a.data) === JSON.stringify(b.data);
}
