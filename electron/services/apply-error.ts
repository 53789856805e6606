/** A change set that could not be applied, with a code the UI and CLI map to words and exit codes. */

import type { ErrorCode } from '../../shared/ipc/result';

export class ApplyError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, 'invalid-request' | 'not-found' | 'validation' | 'conflict' | 'access-denied' | 'write-failed'>,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApplyError';
  }
}
