import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../shared/model/journal';
import { JOURNAL_ENTRY_ID } from '../../shared/model/journal-schema';
import { FileJournal, MemoryJournal, newEntryId, type JournalStore } from './journal-store';

const dir = mkdtempSync(join(tmpdir(), 'nicprops-journal-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(id: string): JournalEntry {
  return {
    id,
    appliedAt: '2026-12-01T03:10:00.000Z',
    source: 'demo data',
    writes: [
      {
        change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '9014' },
        before: { type: 'REG_SZ', data: '1514' },
        after: { type: 'REG_SZ', data: '9014' },
      },
    ],
    undoOf: null,
    state: 'applied',
  };
}

describe('journal entry ids', () => {
  it('made in one millisecond still sort in the order they were made, and stay valid ids', () => {
    const now = new Date('2026-12-01T03:10:00.000Z');
    const ids = Array.from({ length: 50 }, () => newEntryId(now));
    expect(ids.every((id) => JOURNAL_ENTRY_ID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(ids);
  });

  it.each([
    ['in memory', () => new MemoryJournal()],
    ['on disk', () => new FileJournal(mkdtempSync(join(dir, 'store-')))],
  ] as const)('lists entries of one millisecond newest first %s (Undo takes the first)', async (_where, open: () => JournalStore) => {
    const journal = open();
    const now = new Date('2026-12-01T03:10:00.000Z');
    const made = Array.from({ length: 12 }, () => newEntryId(now));
    for (const id of made) {
      await journal.begin(entry(id));
      await journal.commit(id);
    }
    expect((await journal.list()).map((e) => e.id)).toEqual([...made].reverse());
  });
});
