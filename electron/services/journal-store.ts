/**
 * Where applied change sets are recorded. The live registry journals to disk so Undo survives a
 * restart; in-memory sources (demo, `.reg`) journal in memory, since their data lives only as long.
 */

import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalEntry } from '../../shared/model/journal';

export interface JournalStore {
  /** Record an entry before any write, so a crash mid-way leaves the before-values on disk. */
  begin(entry: JournalEntry): Promise<void>;
  /** Mark the entry applied (all writes verified). */
  commit(id: string): Promise<void>;
  /** Forget an entry whose writes were rolled back. */
  discard(id: string): Promise<void>;
  /** Entries, newest first. */
  list(): Promise<JournalEntry[]>;
}

/** A new sortable, unique entry id. */
export function newEntryId(now = new Date()): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
}

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
    return [...this.entries.values()].sort((a, b) => b.id.localeCompare(a.id));
  }
}

/**
 * One JSON file per entry: `<id>.pending.json` while writing, renamed to `<id>.json` once verified.
 * A rename is atomic on the same volume, so an entry is never half-committed.
 */
export class FileJournal implements JournalStore {
  constructor(private readonly dir: string) {}

  async begin(entry: JournalEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.pendingPath(entry.id), JSON.stringify({ ...entry, state: 'interrupted' }, null, 2), { flush: true });
  }
  async commit(id: string): Promise<void> {
    const entry = JSON.parse(await readFile(this.pendingPath(id), 'utf8')) as JournalEntry;
    await writeFile(this.pendingPath(id), JSON.stringify({ ...entry, state: 'applied' }, null, 2), { flush: true });
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
    const entries: JournalEntry[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      try {
        const entry = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as JournalEntry;
        entries.push(name.endsWith('.pending.json') ? { ...entry, state: 'interrupted' } : entry);
      } catch {
        // A file we cannot parse is not ours to interpret; History shows the rest.
      }
    }
    return entries.sort((a, b) => b.id.localeCompare(a.id));
  }
  private pendingPath(id: string): string {
    return join(this.dir, `${id}.pending.json`);
  }
}
