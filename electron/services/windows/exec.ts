/** A promise wrapper around execFile (never a shell), injectable so tests can fake Windows. */

import { execFile } from 'node:child_process';

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Rejects with an error carrying `code` (the exit code) and `stderr` when the program fails. */
export type Exec = (file: string, args: readonly string[], options?: { timeoutMs?: number }) => Promise<ExecResult>;

export class ExecError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ExecError';
  }
}

export const execFileAsync: Exec = (file, args, options = {}) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { windowsHide: true, timeout: options.timeoutMs ?? 60_000, encoding: 'utf8', maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null;
          reject(new ExecError(`${file} failed: ${stderr.trim() || error.message}`, code, stderr));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
