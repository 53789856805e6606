/** Where the live registry's journal lives by default, shared by the app and the CLI. */

import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Windows: %ProgramData%\NicAdvancedProperties\journal — machine-wide like the registry it
 * records, so the app and the CLI (and every administrator) see one history.
 */
export function defaultJournalDir(): string {
  if (process.platform === 'win32') {
    return join(process.env.ProgramData ?? 'C:\\ProgramData', 'NicAdvancedProperties', 'journal');
  }
  return join(process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'nicprops', 'journal');
}

/**
 * Where pending changes wait for the elevated relaunch: %ProgramData%\NicAdvancedProperties\handover,
 * machine-wide because the elevated copy may run as another account (handover.ts).
 */
export function defaultHandoverDir(): string {
  if (process.platform === 'win32') {
    return join(process.env.ProgramData ?? 'C:\\ProgramData', 'NicAdvancedProperties', 'handover');
  }
  return join(process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'nicprops', 'handover');
}
