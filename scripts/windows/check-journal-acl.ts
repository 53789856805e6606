/**
 * For the Windows runner: the journal folder's protection against the real Windows security
 * model. A folder made under %ProgramData% the ordinary way inherits "Users may create files" and
 * must be found untrusted; after secureJournalFolder it must be trusted; Undo then trusts it.
 *
 *   node scripts/run-ts.mjs scripts/windows/check-journal-acl.ts
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkJournalFolder, secureJournalFolder } from '../../electron/services/windows/journal-folder-acl';

async function main(): Promise<void> {
  const dir = join(process.env.ProgramData ?? 'C:\\ProgramData', `nicprops-acl-check-${process.pid}`);
  const failures: string[] = [];
  try {
    mkdirSync(dir);
    writeFileSync(join(dir, '2026-01-01T00-00-00-000Z-check1.json'), '{}');
    const plain = await checkJournalFolder(dir);
    console.log('a plain %ProgramData% subfolder:', plain.kind, 'problem' in plain ? plain.problem : '');
    if (plain.kind !== 'untrusted') failures.push(`expected an ordinary %ProgramData% subfolder to be untrusted, got ${plain.kind}`);

    await secureJournalFolder(dir);
    const secured = await checkJournalFolder(dir);
    console.log('after secureJournalFolder:', secured.kind, secured.kind === 'trusted' ? [...secured.untrustedFiles] : secured.problem);
    if (secured.kind !== 'trusted') failures.push(`expected the secured folder to be trusted, got ${secured.kind}`);
    else if (secured.untrustedFiles.size > 0) failures.push(`files inside still writable by others: ${[...secured.untrustedFiles.keys()].join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    for (const f of failures) console.error(`FAIL ${f}`);
    process.exit(1);
  }
  console.log('ok: the journal folder protection works on this Windows');
}

void main();
