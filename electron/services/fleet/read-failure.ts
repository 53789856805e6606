/** Why a machine's file could not be read, as one sentence naming it; anything else is a bug and is rethrown. */

import { FileReadError } from '../../sources/bounded-read';
import { RegParseError } from '../../sources/reg-file/reg-parse-error';
import { SourceFileError } from '../../sources/source-file-error';

/** A file that was read but is not what the fleet needs; its message says why. */
export class UnreadableFile extends Error {}

export function readFailure(error: unknown, file: string): string {
  // Each of these says what is wrong in one sentence naming the file.
  if (error instanceof UnreadableFile || error instanceof RegParseError || error instanceof FileReadError || error instanceof SourceFileError)
    return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file} disappeared before it was read.`;
  if (code === 'EACCES' || code === 'EPERM') return `${file} cannot be read: permission denied.`;
  if (code) return `${file} cannot be read (${code}).`;
  throw error;
}
