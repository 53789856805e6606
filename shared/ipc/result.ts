/** How every IPC / HTTP result crosses the process boundary: a value, or an error with a code. */

export type ErrorCode =
  /** The request did not match its schema. */
  | 'invalid-request'
  /** The adapter, keyword or journal entry does not exist (or vanished). */
  | 'not-found'
  /** A value does not fit the property's metadata; nothing was written. */
  | 'validation'
  /** The registry changed underneath since it was read; nothing was written. */
  | 'conflict'
  /** Writing needs administrator rights. */
  | 'access-denied'
  /** A write or its read-back failed; what was written has been rolled back. */
  | 'write-failed'
  /** The file given is not a readable `.reg` export or driver INF. */
  | 'bad-file'
  | 'internal';

export interface IpcError {
  readonly code: ErrorCode;
  /** A sentence for a person, never a stack trace. */
  readonly message: string;
  /** Per-item messages (validation problems, conflicting keywords). */
  readonly details?: readonly string[];
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: readonly string[]): IpcResult<never> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}
