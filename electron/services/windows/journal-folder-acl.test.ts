import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { statements, stringValues, tokenize } from '../../../shared/generate/test-support/powershell-tokenizer';
import { ChangeService } from '../change-service';
import { FileJournal } from '../journal-store';
import { fixtureRegistry } from '../test-support/fixture-registry';
import { ExecError, type Exec } from './exec';
import { aclReportScript, checkJournalFolder, secureFolderScript, secureJournalFolder, windowsJournalSecurity } from './journal-folder-acl';
import { JOURNAL_FOLDER_SDDL, untrustedWriters } from './sddl';

/** What %ProgramData%\<new folder> looks like when a normal user created it (inherited ACEs). */
const PLANTED_BY_USER =
  'O:S-1-5-21-3623811015-3361044348-30300820-1013G:S-1-5-21-3623811015-3361044348-30300820-513D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)(A;CIID;DCLCRPCR;;;BU)';

describe('untrustedWriters()', () => {
  it('trusts the descriptor the journal folder gets', () => {
    expect(untrustedWriters(JOURNAL_FOLDER_SDDL)).toEqual([]);
  });

  it('names who else can write a folder under %ProgramData%, and its owner', () => {
    expect(untrustedWriters(PLANTED_BY_USER)).toEqual(['it is owned by S-1-5-21-3623811015-3361044348-30300820-1013', 'Users can write to it']);
  });

  it('ignores read-only grants, deny entries and inherit-only entries', () => {
    expect(untrustedWriters('O:SYD:P(A;;FR;;;WD)(A;;FA;;;SY)(D;OICI;FA;;;BU)(A;OICIIO;GA;;;CO)(A;;0x1200a9;;;AU)')).toEqual([]);
  });

  it('counts every right that changes content or permissions', () => {
    for (const rights of ['FA', 'FW', 'GA', 'GW', 'WD', 'WO', 'SD', 'DC', 'DT', '0x2', '0x40000']) {
      expect(untrustedWriters(`O:BAD:P(A;;${rights};;;WD)`)).toEqual(['Everyone can write to it']);
    }
  });

  it('refuses what is not SDDL', () => {
    expect(() => untrustedWriters('Access is denied.')).toThrow(/not an SDDL/);
  });
});

describe('the PowerShell it runs', () => {
  it('carries the folder as data', () => {
    const dir = "C:\\ProgramData\\x'; Start-Process calc; '\\journal";
    for (const script of [aclReportScript(dir), secureFolderScript(dir)]) {
      const tokens = tokenize(script);
      expect(stringValues(tokens)).toContain(dir);
      expect(statements(tokens).map((s) => s[0]!.text)).not.toContain('Start-Process');
    }
  });
});

/** A fake Windows answering the ACL report with the given descriptors. */
function windowsWith(folder: string | null, files: Record<string, string> = {}): Exec {
  return vi.fn<Exec>(async () => ({
    stdout: folder === null ? '' : ['nicprops-acl-report', `.\t${folder}`, ...Object.entries(files).map(([n, s]) => `${n}\t${s}`), ''].join('\r\n'),
    stderr: '',
  }));
}

describe('checkJournalFolder()', () => {
  it('trusts a protected folder and names files others can change', async () => {
    const trust = await checkJournalFolder('C:\\j', windowsWith(JOURNAL_FOLDER_SDDL, { 'a.json': JOURNAL_FOLDER_SDDL, 'b.json': PLANTED_BY_USER }));
    expect(trust.kind).toBe('trusted');
    expect(trust.kind === 'trusted' && [...trust.untrustedFiles.keys()]).toEqual(['b.json']);
  });

  it('says what is wrong with an unprotected folder and how to fix it', async () => {
    const trust = await checkJournalFolder('C:\\ProgramData\\NicAdvancedProperties\\journal', windowsWith(PLANTED_BY_USER));
    expect(trust).toEqual({
      kind: 'untrusted',
      problem: expect.stringMatching(
        /^The journal folder C:\\ProgramData\\NicAdvancedProperties\\journal is not protected: it is owned by S-1-5-21-.*; Users can write to it\. .*run "nicprops journal secure"/,
      ),
    });
  });

  it("cannot verify when PowerShell answers nothing (as Wine's stand-in does) or fails", async () => {
    expect((await checkJournalFolder('C:\\j', windowsWith(null))).kind).toBe('unverified');
    const failing = vi.fn<Exec>(async () => {
      throw new ExecError('powershell failed', 1, 'Access denied');
    });
    expect(await checkJournalFolder('C:\\j', failing)).toMatchObject({
      kind: 'unverified',
      problem: expect.stringContaining('Windows did not say who can write'),
    });
  });
});

describe('secureJournalFolder()', () => {
  it('takes ownership for Administrators by SID, sets the descriptor, resets what is inside', async () => {
    const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
    await secureJournalFolder('C:\\j', exec);
    const calls = exec.mock.calls.map(([file, args]) => [file.split('\\').at(-1), args[0]]);
    expect(calls).toEqual([
      ['icacls.exe', 'C:\\j'],
      ['powershell.exe', '-NoProfile'],
      ['icacls.exe', 'C:\\j\\*'],
    ]);
    expect(exec.mock.calls[0]![1]).toEqual(['C:\\j', '/setowner', '*S-1-5-32-544', '/T', '/C', '/Q']);
  });
});

describe('Undo and the journal folder on Windows', () => {
  const set = { change: { scope: 'adapter' as const, adapterId: '0001', keyword: '*JumboPacket', value: '4088' } };

  it('refuses while others can write the folder, and says how to fix it', async () => {
    const registry = fixtureRegistry('live');
    const journal = new FileJournal(
      await mkdtemp(join(tmpdir(), 'nicprops-acl-')),
      windowsJournalSecurity({ trustUnverified: false }, windowsWith(PLANTED_BY_USER)),
    );
    const service = new ChangeService(registry, journal);
    const entry = await service.apply([set]);
    await expect(service.undo(entry.id)).rejects.toThrow(/is not protected: .*Users can write to it/);
  });

  it('refuses an entry whose own file others can change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nicprops-acl-'));
    const registry = fixtureRegistry('live');
    const plain = new ChangeService(registry, new FileJournal(dir));
    const entry = await plain.apply([set]);
    const checked = new ChangeService(
      registry,
      new FileJournal(dir, windowsJournalSecurity({ trustUnverified: false }, windowsWith(JOURNAL_FOLDER_SDDL, { [`${entry.id}.json`]: PLANTED_BY_USER }))),
    );
    await expect(checked.undo(entry.id)).rejects.toThrow(`The journal file of ${entry.id} can be changed by others`);
  });

  it('refuses an unverifiable default folder, but trusts one the person named', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nicprops-acl-'));
    const registry = fixtureRegistry('live');
    const entry = await new ChangeService(registry, new FileJournal(dir)).apply([set]);
    const shared = new ChangeService(registry, new FileJournal(dir, windowsJournalSecurity({ trustUnverified: false }, windowsWith(null))));
    await expect(shared.undo(entry.id)).rejects.toThrow(/Undo trusts only a journal folder that Administrators and SYSTEM alone can write/);
    const named = new ChangeService(registry, new FileJournal(dir, windowsJournalSecurity({ trustUnverified: true }, windowsWith(null))));
    await expect(named.undo(entry.id)).resolves.toMatchObject({ undoOf: entry.id });
  });

  it('protects a folder it creates, before the first entry is written', async () => {
    const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
    const dir = join(await mkdtemp(join(tmpdir(), 'nicprops-acl-')), 'journal');
    await new ChangeService(fixtureRegistry('live'), new FileJournal(dir, windowsJournalSecurity({ trustUnverified: false }, exec))).apply([set]);
    expect(exec.mock.calls[0]![1]).toEqual([dir, '/setowner', '*S-1-5-32-544', '/T', '/C', '/Q']);
  });
});
