/**
 * The journal folder's permissions on Windows. Undo writes what the journal says into HKLM, so
 * its folder must be writable by Administrators and SYSTEM only: %ProgramData% lets every user
 * create files in new subfolders, which is exactly how an entry could be planted. The folder is
 * secured when this tool creates it; before Undo trusts it, who can write it is checked.
 */

import { ps, psOneLiner, powershellArguments } from '../../../shared/generate/powershell';
import type { FolderTrust, JournalFolderSecurity } from '../journal-store';
import { execFileAsync, type Exec } from './exec';
import { JOURNAL_FOLDER_SDDL, untrustedWriters } from './sddl';
import { powershellExe, system32 } from './system-programs';

/** Marks the start of the report, so text printed by a profile or a stand-in is not taken for it. */
const REPORT_MARK = 'nicprops-acl-report';

/** Script printing the folder's SDDL and each entry file's, one `name<TAB>sddl` line each. */
export function aclReportScript(dir: string): string {
  return psOneLiner([
    ps`$ErrorActionPreference = 'Stop'`,
    ps`$dir = ${dir}`,
    ps`Write-Output ${REPORT_MARK}`,
    ps`Write-Output ('.' + [char]9 + (Get-Acl -LiteralPath $dir).Sddl)`,
    ps`Get-ChildItem -LiteralPath $dir -Filter '*.json' -Force | ForEach-Object { Write-Output ($_.Name + [char]9 + (Get-Acl -LiteralPath $_.FullName).Sddl) }`,
  ]);
}

/** Script giving the folder its descriptor (owner, protected DACL): see JOURNAL_FOLDER_SDDL. */
export function secureFolderScript(dir: string): string {
  return psOneLiner([
    ps`$ErrorActionPreference = 'Stop'`,
    ps`$sd = New-Object System.Security.AccessControl.DirectorySecurity`,
    ps`$sd.SetSecurityDescriptorSddlForm(${JOURNAL_FOLDER_SDDL})`,
    ps`Set-Acl -LiteralPath ${dir} -AclObject $sd`,
  ]);
}

/** Who can write the folder and each entry file, as Windows reports it. */
export async function checkJournalFolder(dir: string, exec: Exec = execFileAsync): Promise<FolderTrust> {
  let stdout: string;
  try {
    ({ stdout } = await exec(powershellExe(), powershellArguments(aclReportScript(dir)), { timeoutMs: 60_000 }));
  } catch (error) {
    return {
      kind: 'unverified',
      problem: `Windows did not say who can write the journal folder ${dir} (${error instanceof Error ? error.message.split(/\r?\n/)[0] : 'PowerShell failed'}).`,
    };
  }
  const lines = stdout.split(/\r?\n/);
  const start = lines.indexOf(REPORT_MARK);
  const rows = start < 0 ? [] : lines.slice(start + 1).filter((l) => l.includes('\t'));
  const folder = rows.find((r) => r.startsWith('.\t'));
  if (!folder) return { kind: 'unverified', problem: `Windows did not say who can write the journal folder ${dir} (Get-Acl gave no answer).` };
  try {
    const problems = untrustedWriters(folder.slice(2));
    if (problems.length > 0) {
      return {
        kind: 'untrusted',
        problem: `The journal folder ${dir} is not protected: ${problems.join('; ')}. Its entries could have been written by someone else, so Undo does not trust them. Check them (History), then, as administrator, run "nicprops journal secure" to make the folder writable by Administrators and SYSTEM only.`,
      };
    }
    const untrustedFiles = new Map<string, string>();
    for (const row of rows) {
      const [name = '', sddl = ''] = row.split('\t');
      if (name === '.') continue;
      const fileProblems = untrustedWriters(sddl);
      if (fileProblems.length > 0) untrustedFiles.set(name, `can be changed by others (${fileProblems.join('; ')})`);
    }
    return { kind: 'trusted', untrustedFiles };
  } catch {
    return { kind: 'unverified', problem: `Windows reported the journal folder's permissions in a form this tool does not understand (${dir}).` };
  }
}

/**
 * Make the folder writable by Administrators and SYSTEM only: Administrators take ownership of
 * it and everything in it, the folder gets its own protected descriptor, and what is inside
 * inherits from it again. Needs administrator rights; throws a sentence when Windows refuses.
 */
export async function secureJournalFolder(dir: string, exec: Exec = execFileAsync): Promise<void> {
  const icacls = system32('icacls.exe');
  try {
    // SIDs, not names: "Administrators" is spelled differently in other Windows languages.
    await exec(icacls, [dir, '/setowner', '*S-1-5-32-544', '/T', '/C', '/Q'], { timeoutMs: 60_000 });
    await exec(powershellExe(), powershellArguments(secureFolderScript(dir)), { timeoutMs: 60_000 });
    await exec(icacls, [`${dir}\\*`, '/reset', '/T', '/C', '/Q'], { timeoutMs: 60_000 }).catch(() => undefined); // an empty folder has nothing to reset
  } catch (error) {
    throw new Error(
      `Could not protect the journal folder ${dir} (run as administrator): ${error instanceof Error ? error.message.split(/\r?\n/)[0] : String(error)}`,
    );
  }
}

/** The Windows protection of a journal folder, for FileJournal. */
export function windowsJournalSecurity(options: { trustUnverified: boolean }, exec: Exec = execFileAsync): JournalFolderSecurity {
  return {
    secureNew: (dir) => secureJournalFolder(dir, exec),
    check: (dir) => checkJournalFolder(dir, exec),
    trustUnverified: options.trustUnverified,
  };
}
