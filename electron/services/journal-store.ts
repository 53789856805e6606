/**
 * Where applied change sets are recorded. The live registry journals to disk so Undo survives a
 * restart; in-memory sources (demo, `.reg`) journal in memory, since their data lives only as long.
 */

import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalEntry } from '../../shared/model/journal';
import { JOURNAL_ENTRY_ID, parseJournalEntry } from '../../shared/model/journal-schema';

export interface JournalStore {
  /** Record an entry before any write, so a crash mid-way leaves the before-values on disk. */
  begin(entry: JournalEntry): Promise<void>;
  /** Mark the entry applied (all writes verified). */
  commit(id: string): Promise<void>;
  /** Forget an entry whose writes were rolled back. */
  discard(id: string): Promise<void>;
  /** Entries, newest first; files that are not valid entries are listed with state 'unreadable'. */
  list(): Promise<JournalEntry[]>;
  /**
   * Why the entry must not be trusted for Undo (its folder or file can be written by others), or
   * null. Stores whose content cannot be planted (memory) do not implement it.
   */
  trustProblem?(entryId: string): Promise<string | null>;
}

/** What a check of a journal folder's permissions found. */
export type FolderTrust =
  | { readonly kind: 'trusted'; readonly untrustedFiles: ReadonlyMap<string, string> }
  | { readonly kind: 'untrusted'; readonly problem: string }
  | { readonly kind: 'unverified'; readonly problem: string };

/** How a journal folder is protected and checked (Windows: journal-folder-acl.ts). */
export interface JournalFolderSecurity {
  /** Protect a folder this tool has just created. */
  secureNew(dir: string): Promise<void>;
  /** Who can write the folder and its files. */
  check(dir: string): Promise<FolderTrust>;
  /**
   * Whether a folder whose permissions cannot be read is trusted anyway: yes for a folder the
   * person named (--journal), no for the shared machine-wide default.
   */
  readonly trustUnverified: boolean;
}

/** Largest journal file read: a change set of thousands of values is well under this. */
export const MAX_JOURNAL_FILE_BYTES = 4 * 1024 * 1024;
/** Most files one listing reads (newest first); older ones are left on disk unread. */
export const MAX_JOURNAL_FILES = 2000;

let lastStamp = '';
let sameStampCount = 0;

/**
 * A new unique entry id that sorts in the order entries were made: the time to the millisecond,
 * then a count within that millisecond (a profile applied to several adapters makes several
 * entries in one), then a random part for entries of two processes in the same millisecond.
 */
export function newEntryId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  sameStampCount = stamp === lastStamp ? sameStampCount + 1 : 0;
  lastStamp = stamp;
  return `${stamp}-${sameStampCount.toString(36).padStart(3, '0')}${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}

/** Newest first, by code unit (ids are ASCII; a locale's collation must not decide the undo order). */
const newestFirst = (a: JournalEntry, b: JournalEntry): number => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export class MemoryJournal implements JournalStore {
  private readonly entries = new Map<string, JournalEntry>();

  async begin(entry: JournalEntry): Promise<void> {
    this.entries.set(entry.id, { ...entry, state: 'interrupted' });
  }
  async commit(id: string): Promise<void> {
    const e = this.entries.get(id);
    if (e) this.entries.set(id, { ...e, state: 'applied' });
  }
  async discard(id: string): Promise<void> {
    this.entries.delete(id);
  }
  async list(): Promise<JournalEntry[]> {
    return [...this.entries.values()].sort(newestFirst);
  }
}

/**
 * One JSON file per entry: `<id>.pending.json` while writing, renamed to `<id>.json` once verified.
 * A rename is atomic on the same volume, so an entry is never half-committed.
 *
 * The folder is input like any other file: what `list` reads is size-limited, must be a regular
 * file (no FIFO, device or link), must parse with the journal schema and must carry the id its
 * file name says. Anything else is listed as 'unreadable', with the reason, and never undone.
 */
export class FileJournal implements JournalStore {
  constructor(
    private readonly dir: string,
    private readonly security: JournalFolderSecurity | null = null,
  ) {}

  async begin(entry: JournalEntry): Promise<void> {
    const existed = await stat(this.dir).then(
      () => true,
      () => false,
    );
    await mkdir(this.dir, { recursive: true });
    // A folder this tool creates is protected at once; one that existed is checked before Undo.
    // A failure here surfaces there, as the reason Undo refuses; the before-values still get written.
    if (!existed && this.security) await this.security.secureNew(this.dir).catch(() => undefined);
    await writeFile(this.pendingPath(entry.id), JSON.stringify({ ...entry, state: 'interrupted' }, null, 2), { flush: true });
  }
  async commit(id: string): Promise<void> {
    const read = await readEntryFile(this.pendingPath(id), id);
    if ('problem' in read) throw new Error(`The journal entry ${id} changed on disk while it was being applied (${read.problem}).`);
    await writeFile(this.pendingPath(id), JSON.stringify({ ...read.entry, state: 'applied' }, null, 2), { flush: true });
    await rename(this.pendingPath(id), join(this.dir, `${id}.json`));
  }
  async discard(id: string): Promise<void> {
    await rm(this.pendingPath(id), { force: true });
  }
  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const files = names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse()
      .slice(0, MAX_JOURNAL_FILES);
    const entries: JournalEntry[] = [];
    for (const name of files) {
      const pending = name.endsWith('.pending.json');
      const id = name.slice(0, -(pending ? '.pending.json' : '.json').length);
      const read = await readEntryFile(join(this.dir, name), id);
      if ('problem' in read) {
        entries.push(unreadableEntry(id, read.problem, read.modified));
      } else {
        entries.push(pending ? { ...read.entry, state: 'interrupted' } : read.entry);
      }
    }
    return entries.sort(newestFirst);
  }
  async trustProblem(entryId: string): Promise<string | null> {
    if (!this.security) return null;
    const trust = await this.security.check(this.dir);
    if (trust.kind === 'untrusted') return trust.problem;
    if (trust.kind === 'unverified')
      return this.security.trustUnverified ? null : `${trust.problem} Undo trusts only a journal folder that Administrators and SYSTEM alone can write.`;
    const fileProblem = trust.untrustedFiles.get(`${entryId}.json`) ?? trust.untrustedFiles.get(`${entryId}.pending.json`);
    return fileProblem ? `The journal file of ${entryId} ${fileProblem}, so Undo does not trust it.` : null;
  }

  private pendingPath(id: string): string {
    if (!JOURNAL_ENTRY_ID.test(id)) throw new Error(`Not a journal entry id: ${JSON.stringify(id)}`);
    return join(this.dir, `${id}.pending.json`);
  }
}

/** A listing row for a file that is not a valid entry. */
function unreadableEntry(id: string, problem: string, modified: Date | null): JournalEntry {
  return { id, appliedAt: (modified ?? new Date(0)).toISOString(), source: '', writes: [], undoOf: null, state: 'unreadable', problem };
}

type ReadResult = { entry: JournalEntry } | { problem: string; modified: Date | null };

/** Read and validate one entry file without following links or blocking on special files. */
async function readEntryFile(path: string, expectedId: string): Promise<ReadResult> {
  let handle;
  try {
    // O_NONBLOCK: a FIFO planted in the folder must not hang the listing; O_NOFOLLOW (where the
    // platform has it): a link must not lead the read elsewhere.
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ELOOP' ? 'is a link, not a file' : `cannot be read (${code ?? 'error'})`, modified: null };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'is not a regular file', modified: info.mtime };
    if (info.size > MAX_JOURNAL_FILE_BYTES) return { problem: `is larger than ${MAX_JOURNAL_FILE_BYTES / 1024 / 1024} MiB`, modified: info.mtime };
    const buffer = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
    let raw: unknown;
    try {
      raw = JSON.parse(buffer.subarray(0, bytesRead).toString('utf8'));
    } catch {
      return { problem: 'is not JSON', modified: info.mtime };
    }
    const parsed = parseJournalEntry(raw);
    if (!parsed.ok) return { problem: parsed.problem, modified: info.mtime };
    if (parsed.entry.id !== expectedId) return { problem: `holds entry ${parsed.entry.id}, not the one its file name says`, modified: info.mtime };
    return { entry: parsed.entry };
  } finally {
    await handle.close();
  }
}
