/**
 * The journal on disk is input, not trusted state: a file planted in the journal folder, or one
 * damaged by a crash, must never make Undo write something this tool would not write itself.
 * Every entry is parsed with this schema before it is listed as undoable.
 */

import { z } from 'zod';
import type { JournalEntry } from './journal';

/** `2026-11-30T22-00-00-000Z-k3j9x1`: an ISO time made file-name safe, plus a random suffix. */
export const JOURNAL_ENTRY_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z0-9]{1,12}$/;

/** Largest string or binary value a journal entry may carry (Advanced-page values are short). */
export const MAX_JOURNAL_VALUE_LENGTH = 4096;
/** Most writes one entry may hold (a change set of every property of many adapters fits). */
export const MAX_JOURNAL_WRITES = 5000;

const entryId = z.string().regex(JOURNAL_ENTRY_ID, 'not a journal entry id');
const text = z.string().max(MAX_JOURNAL_VALUE_LENGTH);
const dword = z.number().int().min(0).max(0xffffffff);
const bytes = z.array(z.number().int().min(0).max(255)).max(MAX_JOURNAL_VALUE_LENGTH);

/**
 * Value types an instance key's Advanced values can have been found with. REG_NONE, REG_LINK and
 * the resource-list types are never Advanced properties and are refused.
 */
const registryValue = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['REG_SZ', 'REG_EXPAND_SZ']), data: text }).strict(),
  z.object({ type: z.literal('REG_MULTI_SZ'), data: z.array(text).max(64) }).strict(),
  z.object({ type: z.literal('REG_DWORD'), data: dword }).strict(),
  z.object({ type: z.literal('REG_QWORD'), data: z.string().regex(/^\d{1,20}$/) }).strict(),
  z.object({ type: z.literal('REG_BINARY'), data: bytes }).strict(),
]);

const adapterWrite = z
  .object({
    change: z
      .object({
        scope: z.literal('adapter'),
        adapterId: z.string().regex(/^\d{4}$/, 'an adapter id is four digits'),
        // A value name at the instance key root: printable, no path separator.
        keyword: z
          .string()
          .min(1)
          .max(255)
          .regex(/^[^\\\p{Cc}]+$/u, 'not a keyword'),
        value: text.nullable(),
      })
      .strict(),
    before: registryValue.nullable(),
    // What the entry wrote: any type `before` takes, since an undo entry writes back before-values
    // (a driver's REG_BINARY *EEE); an applied change only writes what APPLIED_AFTER allows.
    after: registryValue.nullable(),
  })
  .strict();

const globalWrite = z
  .object({
    change: z
      .object({
        scope: z.literal('global'),
        name: z.enum(['DisableTaskOffload', 'EnabledOffload']),
        value: z.union([z.literal(0), z.literal(1)]).nullable(),
      })
      .strict(),
    before: z
      .object({ type: z.literal('REG_DWORD'), data: dword })
      .strict()
      .nullable(),
    // 0 or 1 when applying (APPLIED_AFTER); when undoing, the before-value restored.
    after: z
      .object({ type: z.literal('REG_DWORD'), data: dword })
      .strict()
      .nullable(),
  })
  .strict();

/**
 * What applying a change writes: to an adapter REG_SZ (Advanced values), REG_DWORD (registry-only
 * values kept in their type) or nothing (Not Present); to a global 0, 1 or nothing.
 */
const APPLIED_AFTER = {
  adapter: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('REG_SZ'), data: text }).strict(),
      z.object({ type: z.literal('REG_DWORD'), data: dword }).strict(),
    ])
    .nullable(),
  global: z
    .object({ type: z.literal('REG_DWORD'), data: z.union([z.literal(0), z.literal(1)]) })
    .strict()
    .nullable(),
};

export const journalEntrySchema = z
  .object({
    id: entryId,
    appliedAt: z.string().datetime(),
    source: z.string().max(2000),
    writes: z
      .array(z.union([adapterWrite, globalWrite]))
      .min(1)
      .max(MAX_JOURNAL_WRITES),
    undoOf: entryId.nullable(),
    state: z.enum(['applied', 'interrupted']),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.undoOf !== null) return;
    entry.writes.forEach((w, i) => {
      if (!APPLIED_AFTER[w.change.scope].safeParse(w.after).success) {
        ctx.addIssue({ code: 'custom', path: ['writes', i, 'after'], message: 'a change this tool applies never writes that value' });
      }
    });
  });

/** Parse an entry read from disk; a sentence saying what is wrong when it is not one. */
export function parseJournalEntry(raw: unknown): { ok: true; entry: JournalEntry } | { ok: false; problem: string } {
  const result = journalEntrySchema.safeParse(raw);
  if (result.success) return { ok: true, entry: result.data };
  const first = result.error.issues[0];
  const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
  return { ok: false, problem: `is not a journal entry this tool wrote (${first?.message ?? 'invalid'}${where})` };
}
