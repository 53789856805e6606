/**
 * Registry key path syntax shared by the `.reg` reader, writer and the in-memory registry:
 * a root key (full name or abbreviation, any case) then `\`-separated, non-empty key names.
 * Called for every key of multi-megabyte files, so it avoids splitting the path.
 */

import { MAX_KEY_DEPTH, MAX_KEY_NAME_CHARS } from '../../../shared/model/input-limits';

/** Root key names as regedit writes them, by their upper-case full name and abbreviation. */
const ROOT_KEYS: ReadonlyMap<string, string> = new Map([
  ['HKEY_LOCAL_MACHINE', 'HKEY_LOCAL_MACHINE'],
  ['HKLM', 'HKEY_LOCAL_MACHINE'],
  ['HKEY_CURRENT_USER', 'HKEY_CURRENT_USER'],
  ['HKCU', 'HKEY_CURRENT_USER'],
  ['HKEY_CLASSES_ROOT', 'HKEY_CLASSES_ROOT'],
  ['HKCR', 'HKEY_CLASSES_ROOT'],
  ['HKEY_USERS', 'HKEY_USERS'],
  ['HKU', 'HKEY_USERS'],
  ['HKEY_CURRENT_CONFIG', 'HKEY_CURRENT_CONFIG'],
  ['HKCC', 'HKEY_CURRENT_CONFIG'],
]);

/** The full names of the root keys. */
export const ROOT_KEY_NAMES: readonly string[] = [...new Set(ROOT_KEYS.values())];

/** The usual root of an export, as written: recognised without slicing and upper-casing. */
const CANONICAL_PREFIX = 'HKEY_LOCAL_MACHINE';
const BACKSLASH = 92;

/** A checked key path: spelled with its full root name, or what is wrong with it. */
export type CheckedKeyPath = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly problem: string };

/** Check a key path and spell its root out (`HKLM\X` -> `HKEY_LOCAL_MACHINE\X`); `problem` is worded for a person. */
export function checkKeyPath(path: string): CheckedKeyPath {
  if (path.length === 0) return { ok: false, problem: 'empty key path' };
  // `===` on a slice: measured faster than startsWith on slices of a large two-byte text.
  const n = CANONICAL_PREFIX.length;
  if (path.charCodeAt(n) === BACKSLASH && path.slice(0, n) === CANONICAL_PREFIX) return checkNames(path, path);
  const slash = path.indexOf('\\');
  const first = slash < 0 ? path : path.slice(0, slash);
  const root = ROOT_KEYS.get(first.toUpperCase());
  if (root === undefined) {
    return {
      ok: false,
      problem: `unknown root key "${short(first)}" (expected HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG)`,
    };
  }
  if (slash < 0) return { ok: true, path: root };
  return checkNames(path, root === first ? path : root + path.slice(slash));
}

/** `path` spelled with its full root (`spelled`), unless a key name in it is empty or over Windows' limits. */
function checkNames(path: string, spelled: string): CheckedKeyPath {
  // Windows key names are never empty, so `a\\b` or a trailing `\` is a typo, not a key.
  if (path.includes('\\\\') || path.endsWith('\\')) return { ok: false, problem: `key path "${short(path)}" has an empty key name` };
  // Only a path this long can hold a name over the limit or too many levels: the usual path skips the walk.
  if (path.length > MAX_KEY_NAME_CHARS) {
    let levels = 0;
    for (let start = 0; start <= path.length; levels++) {
      const slash = path.indexOf('\\', start);
      const end = slash < 0 ? path.length : slash;
      if (end - start > MAX_KEY_NAME_CHARS) {
        return {
          ok: false,
          problem: `key name "${path.slice(start, start + 40)}…" is longer than ${MAX_KEY_NAME_CHARS} characters, which Windows does not allow`,
        };
      }
      start = end + 1;
    }
    if (levels > MAX_KEY_DEPTH + 1) return { ok: false, problem: `key path is ${levels - 1} levels deep; Windows allows ${MAX_KEY_DEPTH}` };
  }
  return { ok: true, path: spelled };
}

/** Text from the file for a message: a hostile path can be megabytes long. */
function short(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** The path with its root spelled out; null when it is not a valid key path. */
export function normalizeKeyPath(path: string): string | null {
  const checked = checkKeyPath(path);
  return checked.ok ? checked.path : null;
}
