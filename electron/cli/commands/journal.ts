/** `nicprops journal secure`: make the journal folder writable by Administrators and SYSTEM only. */

import { defaultJournalDir } from '../../services/journal-location';
import { checkJournalFolder, secureJournalFolder } from '../../services/windows/journal-folder-acl';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';

export async function journalSecureCommand(journalDir: string | undefined, print: (json: unknown, text: () => string) => void): Promise<number> {
  if (process.platform !== 'win32')
    throw new CliError('The journal folder is protected with Windows permissions; this command runs on Windows only.', EXIT.usage);
  const dir = journalDir ?? defaultJournalDir();
  try {
    await secureJournalFolder(dir);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT.accessDenied);
  }
  const trust = await checkJournalFolder(dir);
  if (trust.kind !== 'trusted') throw new CliError(trust.problem, EXIT.accessDenied);
  print({ journal: dir, secured: true }, () => `The journal folder ${dir} can now be written by Administrators and SYSTEM only; Undo trusts its entries.`);
  return EXIT.ok;
}
