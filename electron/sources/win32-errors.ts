/**
 * Win32 error codes from the registry functions, as sentences for people and, for writes, as the
 * RegistryWriteError reason callers act on ("run as administrator", "the key vanished").
 *
 * The one place that knows these numbers. Decisions are made on the CODE only: the text Windows
 * attaches to an error is localized ("Zugriff verweigert"), so a German or Japanese Windows must
 * reach the same branch as an English one. Codes come from native-reg, whose errors carry them
 * as `errno` (see win32CodeOf).
 */

import { RegistryWriteError, type RegistryWriteFailure } from './registry-source';

/** The codes the registry functions return (winerror.h) that this file gives words to. */
export const WIN32 = {
  FILE_NOT_FOUND: 2,
  PATH_NOT_FOUND: 3,
  ACCESS_DENIED: 5,
  INVALID_HANDLE: 6,
  NOT_ENOUGH_MEMORY: 8,
  OUTOFMEMORY: 14,
  WRITE_PROTECT: 19,
  INVALID_PARAMETER: 87,
  FILENAME_EXCED_RANGE: 206,
  MORE_DATA: 234,
  REGISTRY_QUOTA_LIMIT: 613,
  BADDB: 1009,
  BADKEY: 1010,
  CANTOPEN: 1011,
  CANTREAD: 1012,
  CANTWRITE: 1013,
  REGISTRY_CORRUPT: 1015,
  REGISTRY_IO_FAILED: 1016,
  NOT_REGISTRY_FILE: 1017,
  KEY_DELETED: 1018,
  NO_LOG_SPACE: 1019,
  CHILD_MUST_BE_VOLATILE: 1021,
  PRIVILEGE_NOT_HELD: 1314,
  NO_SYSTEM_RESOURCES: 1450,
} as const;

/** What a failed registry call was doing, for the sentence. */
export interface RegistryAction {
  /** 'write' a value, 'delete' a value, 'create' a key, 'read' a key. */
  readonly verb: 'write' | 'delete' | 'create' | 'read';
  /** The full key path (`HKEY_LOCAL_MACHINE\…`). */
  readonly key: string;
  /** The value name for value writes and deletes ('' = the default value). */
  readonly name?: string;
}

/** Why the codes that are not about rights or missing keys happened, in words. */
const WHY: Readonly<Record<number, string>> = {
  [WIN32.INVALID_HANDLE]: 'the registry key was closed while it was in use',
  [WIN32.NOT_ENOUGH_MEMORY]: 'Windows ran out of memory',
  [WIN32.OUTOFMEMORY]: 'Windows ran out of memory',
  [WIN32.NO_SYSTEM_RESOURCES]: 'Windows ran out of system resources',
  [WIN32.WRITE_PROTECT]: 'the registry hive is read-only',
  [WIN32.INVALID_PARAMETER]: 'Windows rejected the name or the data as invalid',
  [WIN32.FILENAME_EXCED_RANGE]: 'the name is longer than the registry allows',
  [WIN32.MORE_DATA]: 'the value changed while it was being read',
  [WIN32.REGISTRY_QUOTA_LIMIT]: 'the registry has reached its size limit',
  [WIN32.BADDB]: 'the registry database is damaged',
  [WIN32.BADKEY]: 'the registry key is invalid',
  [WIN32.CANTOPEN]: 'the registry key could not be opened',
  [WIN32.CANTREAD]: 'the registry key could not be read',
  [WIN32.CANTWRITE]: 'the registry key could not be written',
  [WIN32.REGISTRY_CORRUPT]: 'the registry is damaged',
  [WIN32.REGISTRY_IO_FAILED]: 'Windows could not save the registry to disk',
  [WIN32.NOT_REGISTRY_FILE]: 'the registry hive file is not valid',
  [WIN32.NO_LOG_SPACE]: 'there is no room left for the registry log',
  [WIN32.CHILD_MUST_BE_VOLATILE]: 'keys under a temporary (volatile) key must be temporary too',
};

/** The reason a write failed with this code: decides between "relaunch elevated", "reload" and "failed". */
export function writeFailureReason(code: number): RegistryWriteFailure {
  switch (code) {
    case WIN32.ACCESS_DENIED:
    case WIN32.PRIVILEGE_NOT_HELD:
      return 'access-denied';
    case WIN32.FILE_NOT_FOUND:
    case WIN32.PATH_NOT_FOUND:
    case WIN32.KEY_DELETED:
      return 'key-missing';
    default:
      return 'failed';
  }
}

/** What happened, as the end of a sentence: "access is denied", "the registry is damaged (Windows error 1015)". */
export function describeWin32Error(code: number): string {
  switch (writeFailureReason(code)) {
    case 'access-denied':
      return code === WIN32.ACCESS_DENIED ? 'access is denied' : 'a privilege this needs is not held';
    case 'key-missing':
      return code === WIN32.KEY_DELETED ? 'the key was deleted meanwhile' : 'the key does not exist';
    default:
      return WHY[code] ? `${WHY[code]} (Windows error ${code})` : `Windows error ${code}`;
  }
}

function target(action: RegistryAction): string {
  if (action.verb === 'create' || action.verb === 'read') return `the registry key ${action.key}`;
  return `${action.name === '' ? 'the default value' : `the value "${action.name}"`} in ${action.key}`;
}

/** The RegistryWriteError for a failed write, delete or key creation, with one sentence for a person. */
export function registryWriteError(code: number, action: RegistryAction): RegistryWriteError {
  const reason = writeFailureReason(code);
  const what = target(action);
  if (reason === 'access-denied') {
    return new RegistryWriteError(reason, `Access denied: Windows did not let this program ${action.verb} ${what}; run it as administrator to change it.`);
  }
  if (reason === 'key-missing') return new RegistryWriteError(reason, `Cannot ${action.verb} ${what}: the key does not exist (any more).`);
  return new RegistryWriteError(reason, `Could not ${action.verb} ${what}: ${describeWin32Error(code)}.`);
}

/** The error for a key that could not be read. */
export function registryReadError(code: number, key: string): Error {
  return new Error(`Cannot read the registry key ${key}: ${describeWin32Error(code)}.`);
}

/** The Win32 code of an error thrown by native-reg (`errno` on its Win32Error), or null for anything else. */
export function win32CodeOf(error: unknown): number | null {
  const errno = (error as { errno?: unknown } | null)?.errno;
  return typeof errno === 'number' && Number.isInteger(errno) && errno > 0 ? errno : null;
}
