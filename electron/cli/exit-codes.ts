/** Exit codes of `nicprops`, listed in `--help`. */

import type { ErrorCode } from '../../shared/ipc/result';

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  notFound: 3,
  validation: 4,
  conflict: 5,
  accessDenied: 6,
  writeFailed: 7,
  badFile: 8,
  /** The values were written, but restarting an adapter failed. */
  restartFailed: 9,
  /** `check` or `lint` found at least one error-severity finding. */
  findingsWithErrors: 10,
  /**
   * `diff`: the adapters differ; `profile check`: an adapter has drifted from the profile;
   * `fleet`: a machine drifts from --profile; `profile export --against`: a machine cannot take it as-is.
   */
  differs: 11,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'not-found':
      return EXIT.notFound;
    case 'validation':
      return EXIT.validation;
    case 'conflict':
      return EXIT.conflict;
    case 'access-denied':
      return EXIT.accessDenied;
    case 'write-failed':
      return EXIT.writeFailed;
    case 'bad-file':
      return EXIT.badFile;
    case 'invalid-request':
      return EXIT.usage;
    default:
      return EXIT.internal;
  }
}

export const EXIT_CODES_HELP = `
Exit codes:
  0   success
  1   unexpected internal error
  2   usage error (unknown command or option, bad KEYWORD=VALUE, source that cannot be written,
      an --out file that exists (use --force), is a source being read, or cannot be written)
  3   adapter, keyword or history entry not found
  4   a value does not fit the property (nothing written); profile export: the profile cannot be deployed
  5   the registry changed since it was read (nothing written)
  6   writing needs administrator rights (nothing written)
  7   a write failed and was rolled back
  8   a .reg, INF or profile file could not be read or used (missing, too large, malformed, not valid, no adapters,
      control set to choose; lint: its report says where); fleet: an export could not be read (the others are
      still reported)
  9   written, but an adapter could not be restarted (--restart)
  10  check / lint: at least one error-severity finding
  11  diff: the adapters differ; profile check: an adapter differs from the profile; fleet: a machine
      drifts from --profile; profile export --against: a machine cannot take the profile as-is`;
